import { useTranslation } from 'react-i18next';
import { getStorageHealth, setStorageHealth } from '@/lib/retention/storage-health';
import { useStorageHealth } from '@/lib/ui/use-storage-health';

/** Tells the user that storage is full (while it is) and that streams were deleted (until dismissed). Side panel and Options. */
export function StorageNotice() {
  const { t } = useTranslation('storage');
  const h = useStorageHealth();
  if (!h) return null;
  const dismiss = async () => {
    const { pruned: _, ...rest } = await getStorageHealth();
    await setStorageHealth(rest);
  };
  return (
    <>
      {h.fullSince !== undefined && (
        <p className="storage-notice storage-full" role="alert" data-testid="storage-full">
          {t('full')}
        </p>
      )}
      {h.pruned && (
        <p className="storage-notice" role="status" data-testid="storage-pruned" data-count={h.pruned.streams} data-reason={h.pruned.reason}>
          {t(h.pruned.reason === 'quota' ? 'prunedQuota' : 'prunedRetention', { count: h.pruned.streams })}{' '}
          <button type="button" onClick={() => void dismiss()}>
            {t('dismiss')}
          </button>
        </p>
      )}
    </>
  );
}
