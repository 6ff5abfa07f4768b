import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { bgMessaging } from '@/lib/messaging/bg-protocol';
import type { BackendMeasurement } from '@/lib/realtime/backend-choice';
import { loadMeasurement, watchMeasurement } from '@/lib/realtime/backend-store';

/** What 'auto' measured on this browser: the pick and each backend's figures, and a way to measure again. */
export function BackendMeasurementView() {
  const { t, i18n } = useTranslation('models');
  const [m, setM] = useState<BackendMeasurement | null>();
  useEffect(() => {
    void loadMeasurement().then(setM);
    return watchMeasurement(setM);
  }, []);
  if (m === undefined) return null;
  const again = (
    <button type="button" data-testid="remeasure" onClick={() => void bgMessaging.sendMessage('bg:remeasureBackends')}>
      {t('auto.again')}
    </button>
  );
  if (!m) return <p data-testid="backend-measurement" data-picked="">{t('auto.notYet')}</p>;
  const when = new Date(m.at).toLocaleString(i18n.language);
  return (
    <div data-testid="backend-measurement" data-picked={m.picked}>
      <p>
        {t('auto.picked', { backend: t(`name.${m.picked}`), when, seconds: Math.round(m.ms / 100) / 10 })} {again}
      </p>
      <table className="streams">
        <thead>
          <tr>
            <th>{t('auto.colBackend')}</th>
            <th>{t('auto.colSpeed')}</th>
            <th>{t('auto.colLoad')}</th>
            <th>{t('auto.colAgree', { reference: t(`name.${m.reference}`) })}</th>
          </tr>
        </thead>
        <tbody>
          {m.trials.map((x) => (
            <tr key={x.backend} data-testid="backend-trial" data-backend={x.backend} data-ok={x.ok ? 'true' : 'false'} data-speed={x.itemsPerSec ?? ''}>
              <td>
                {t(`name.${x.backend}`)}
                {x.backend === m.picked ? ` — ${t('auto.chosen')}` : ''}
              </td>
              <td>{x.itemsPerSec ?? '—'}</td>
              <td>{x.loadMs === undefined ? '—' : t('auto.ms', { ms: x.loadMs })}</td>
              <td title={x.error}>{x.ok ? t('auto.yes', { diff: x.maxProbDiff ?? 0 }) : `${t('auto.no')}${x.error ? ` — ${x.error}` : ''}`}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
