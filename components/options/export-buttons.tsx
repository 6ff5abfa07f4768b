import { useTranslation } from 'react-i18next';
import { dateStamp, downloadText } from '@/lib/ui/download';

/** "Download CSV / JSON" of what is stored now (read at click time, not kept in memory). */
export function ExportButtons({ name, csv, json }: { name: string; csv(): Promise<string>; json(): Promise<string> }) {
  const { t } = useTranslation('options');
  const save = async (kind: 'csv' | 'json') => {
    const text = kind === 'csv' ? await csv() : await json();
    downloadText(`live-copilot-${name}-${dateStamp()}.${kind}`, text, kind === 'csv' ? 'text/csv' : 'application/json');
  };
  return (
    <div className="export-buttons">
      <span className="field-label">{t('export.heading')}</span>{' '}
      <button onClick={() => void save('csv')} data-testid={`${name}-export-csv`}>{t('export.csv')}</button>{' '}
      <button onClick={() => void save('json')} data-testid={`${name}-export-json`}>{t('export.json')}</button>
    </div>
  );
}
