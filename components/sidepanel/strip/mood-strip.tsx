import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Alert } from '@/lib/alerts';
import { STRIP, type StripData } from '@/lib/panel/strip-data';
import { compact } from '@/lib/ui/format';
import { AlertLine } from './alert-line';
import { MoodGauge } from './mood-gauge';

/** Mood gauge, viewers, comments per minute, and the alerts: one glance, fixed height. */
export const MoodStrip = memo(function MoodStrip({ data, alerts }: { data?: StripData; alerts: readonly Alert[] }) {
  const { t } = useTranslation('panel');
  return (
    <section className="strip" data-testid="strip">
      <div className="strip-row">
        <MoodGauge mood={data?.mood ?? { value: null, positive: 0, negative: 0, labelled: 0 }} />
        <div className="strip-cell" data-testid="strip-viewers" title={t('strip.viewersTitle', { minutes: STRIP.SPARK_MINUTES })}>
          <span className="strip-label">{t('strip.viewers')}</span>
          <span className="strip-value">{compact(data?.viewers.current ?? undefined)}</span>
        </div>
        <div className="strip-cell" data-testid="strip-rate" data-rate={data?.commentsPerMin ?? ''} title={t('strip.rateTitle', { minutes: STRIP.RATE_MINUTES })}>
          <span className="strip-label">{t('strip.rate')}</span>
          <span className="strip-value">{data?.commentsPerMin ?? '–'}</span>
        </div>
      </div>
      <AlertLine alerts={alerts} />
    </section>
  );
});
