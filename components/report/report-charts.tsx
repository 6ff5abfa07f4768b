import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type uPlot from 'uplot';
import { DemandChart } from '@/components/charts/demand-chart';
import { IntentChart } from '@/components/charts/intent-chart';
import { ViewerMoodChart } from '@/components/charts/viewer-mood-chart';
import { demandData, intentStackData, viewerMoodData } from '@/lib/summary/chart-data';
import { INTENTS } from '@/lib/ml/labels';
import type { SummaryReport } from '@/lib/summary/types';

export type ChartName = 'viewersMood' | 'intents' | 'demand';
/** The drawn charts by name (the HTML export copies their canvases). */
export type ChartRegistry = Partial<Record<ChartName, uPlot>>;

export function ReportCharts({ report, registry, compact = false }: { report: SummaryReport; registry?: ChartRegistry; compact?: boolean }) {
  const { t } = useTranslation('report');
  const vm = useMemo(() => viewerMoodData(report), [report]);
  const intents = useMemo(() => intentStackData(report.series), [report]);
  const demand = useMemo(() => demandData(report.summary.products), [report]);
  const vmLabels = useMemo(
    () => ({ viewers: t('chart.viewers'), mood: t('chart.mood'), moment: Object.fromEntries(['viewer_peak', 'viewer_drop', 'viewer_spike', 'mood_swing'].map((k) => [k, t(`moment.${k}`)])) }),
    [t],
  );
  const intentNames = useMemo(() => Object.fromEntries(INTENTS.map((k) => [k, t(`intent.${k}`)])), [t]);
  const demandLabels = useMemo(() => ({ during: t('chart.during'), outside: t('chart.outside') }), [t]);
  const keep = (name: ChartName) => (u: uPlot | null) => {
    if (!registry) return;
    if (u) registry[name] = u;
    else delete registry[name];
  };
  const h = compact ? 180 : undefined;
  return (
    <>
      <section className="report-section">
        <h2>{t('chart.viewersMood')}</h2>
        {vm.x.length ? <ViewerMoodChart data={vm} labels={vmLabels} height={h} testId="chart-viewers-mood" onChart={keep('viewersMood')} /> : <p className="empty">{t('chart.noData')}</p>}
      </section>
      <section className="report-section">
        <h2>{t('chart.intents')}</h2>
        {intents.intents.length ? <IntentChart data={intents} names={intentNames} height={h} testId="chart-intents" onChart={keep('intents')} /> : <p className="empty">{t('chart.noData')}</p>}
      </section>
      <section className="report-section">
        <h2>{t('chart.demand')}</h2>
        {demand.skus.length ? <DemandChart data={demand} labels={demandLabels} height={h} testId="chart-demand" onChart={keep('demand')} /> : <p className="empty">{t('chart.noData')}</p>}
      </section>
    </>
  );
}
