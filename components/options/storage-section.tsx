import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSettings } from '@/components/faq/use-settings';
import { saveSettings } from '@/lib/settings/settings';

const toMB = (bytes: number | undefined) => (bytes === undefined ? '?' : (bytes / 1024 / 1024).toFixed(1));

/** Retention: how long and how much the extension keeps, and what it does when storage is full (lib/retention). */
export function StorageSection() {
  const { t } = useTranslation('storage');
  const s = useSettings();
  const [estimate, setEstimate] = useState<StorageEstimate>();
  // Shown at once; the saved value arrives a moment later through the settings watch.
  const [prune, setPrune] = useState<boolean>();
  useEffect(() => void navigator.storage?.estimate().then(setEstimate, () => {}), [s]);
  if (!s) return null;
  const num = (v: string) => (v.trim() === '' ? 0 : Number(v));
  return (
    <section data-testid="storage-section">
      <h2 style={{ fontSize: 14 }}>{t('heading')}</h2>
      <label style={{ display: 'block' }}>
        {t('days')}{' '}
        <input type="number" min={0} max={3650} data-testid="retention-days" defaultValue={s.retentionDays} onBlur={(e) => void saveSettings({ retentionDays: num(e.target.value) })} />
      </label>
      <label style={{ display: 'block' }}>
        {t('maxMB')}{' '}
        <input type="number" min={0} data-testid="retention-mb" defaultValue={s.retentionMB} onBlur={(e) => void saveSettings({ retentionMB: num(e.target.value) })} />
      </label>
      <label style={{ display: 'block' }}>
        <input type="checkbox" data-testid="prune-when-full" checked={prune ?? s.pruneWhenFull}
          onChange={(e) => {
            setPrune(e.target.checked);
            void saveSettings({ pruneWhenFull: e.target.checked });
          }} /> {t('pruneWhenFull')}
      </label>
      <p>{t('usage', { used: toMB(estimate?.usage), quota: toMB(estimate?.quota) })}</p>
    </section>
  );
}
