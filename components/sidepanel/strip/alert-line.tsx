import { useTranslation } from 'react-i18next';
import type { Alert } from '@/lib/alerts';

/**
 * The alerts, most severe first, in one line of fixed height (nothing below moves when one comes
 * or goes); the others are listed in its tooltip and counted.
 */
export function AlertLine({ alerts }: { alerts: readonly Alert[] }) {
  const { t } = useTranslation('panel');
  const text = (a: Alert) => t(`alerts.${a.kind}`, a.values) + (a.detail ? ` (${a.detail})` : '');
  const top = alerts[0];
  return (
    <div className={`alert-line${top ? ` sev-${top.severity}` : ''}`} data-testid="alerts" data-kinds={alerts.map((a) => a.kind).join(' ')} role="status" title={alerts.map(text).join('\n')}>
      {top && (
        <>
          <span className="alert-icon" aria-hidden>
            {top.severity === 'error' ? '⛔' : top.severity === 'warn' ? '⚠' : 'ℹ'}
          </span>
          <span className="alert-text" data-testid="alert-top" data-kind={top.kind}>
            {text(top)}
          </span>
          {alerts.length > 1 && <span className="alert-more">{t('alerts.more', { count: alerts.length - 1 })}</span>}
        </>
      )}
    </div>
  );
}
