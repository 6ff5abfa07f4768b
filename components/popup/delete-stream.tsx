import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getDb } from '@/lib/db/db';
import { deleteStream } from '@/lib/db/delete-stream';

/** Delete, then a confirmation that names what goes (the stream and everything recorded about it). */
export function DeleteStream({ streamId, onDeleted }: { streamId: number; onDeleted: () => void }) {
  const { t } = useTranslation('popup');
  const [asking, setAsking] = useState(false);
  const [error, setError] = useState<string>();
  const remove = async () => {
    try {
      await deleteStream(getDb(), streamId);
      onDeleted();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  if (!asking) return <button onClick={() => setAsking(true)} data-testid="stream-delete">{t('summary.delete')}</button>;
  return (
    <span role="alertdialog" data-testid="stream-delete-confirm">
      {t('summary.deleteConfirm')}{' '}
      <button onClick={() => void remove()} data-testid="stream-delete-yes">{t('summary.deleteYes')}</button>{' '}
      <button onClick={() => setAsking(false)} data-testid="stream-delete-no">{t('summary.deleteNo')}</button>
      {error && <span role="alert"> {error}</span>}
    </span>
  );
}
