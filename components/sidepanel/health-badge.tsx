import { useTranslation } from 'react-i18next';
import type { FrameHealth } from '@/lib/db/schema';

/** The followed tab's capture state in the UI language; the page's own detail (from capture) in the tooltip. */
export function HealthBadge({ health }: { health?: FrameHealth }) {
  const { t } = useTranslation('panel');
  if (!health)
    return (
      <span className="health health-none" data-testid="capture-health" data-detail="">
        {t('header.capture.none')}
      </span>
    );
  return (
    <span className={`health health-${health.state}`} data-testid="capture-health" data-state={health.state} data-detail={health.detail} title={health.detail}>
      {t(`header.capture.${health.state}`)}
    </span>
  );
}
