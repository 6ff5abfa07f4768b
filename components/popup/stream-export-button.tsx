import { useTranslation } from 'react-i18next';
import { getDb } from '@/lib/db/db';
import { exportStreamLog } from '@/lib/db/stream-log-repo';
import { downloadText } from '@/lib/ui/download';

/** Downloads one stream as an event log (formats.md), read from storage at click time. */
export function StreamExportButton({ streamId }: { streamId: number }) {
  const { t } = useTranslation('popup');
  const save = async () => {
    const log = await exportStreamLog(getDb(), streamId);
    if (log) downloadText(log.fileName, log.text, 'application/x-ndjson');
  };
  return (
    <button title={t('streamLog.exportTitle')} onClick={() => void save()} data-testid="stream-export">
      {t('streamLog.export')}
    </button>
  );
}
