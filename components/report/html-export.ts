import type { i18n } from 'i18next';
import type { StreamRecord } from '@/lib/db/schema';
import { htmlReport } from '@/lib/summary/export/html';
import { formatDate, formatDuration, formatPercent, metricRows, type Translate } from '@/lib/summary/present';
import { momentsTable, mixTable, productsTable, questionsTable } from '@/lib/summary/present-tables';
import type { AudienceShare } from '@/lib/summary/audience/audience';
import type { SummaryReport } from '@/lib/summary/types';
import type { ChartName, ChartRegistry } from './report-charts';

const CHART_TITLES: Record<ChartName, string> = { viewersMood: 'chart.viewersMood', intents: 'chart.intents', demand: 'chart.demand' };

/** The report page as one self-contained HTML file: the drawn charts copied as PNG data URLs. */
export function reportHtml(stream: StreamRecord, report: SummaryReport, charts: ChartRegistry, audience: AudienceShare | null, titles: ReadonlyMap<string, string>, i18n: i18n): string {
  const lang = i18n.language;
  const t: Translate = (k, o) => i18n.t(k, { ns: 'report', ...o });
  const s = report.summary;
  const metrics = metricRows(s, t, lang).map((r) => [r.label, r.value] as [string, string]);
  if (audience?.returningShare !== null && audience) metrics.push([t('metric.returning'), `${audience.returning} / ${audience.viewers} (${formatPercent(audience.returningShare, lang)})`]);
  const images = (Object.keys(CHART_TITLES) as ChartName[]).flatMap((name) => {
    const u = charts[name];
    return u ? [{ title: t(CHART_TITLES[name]), image: u.ctx.canvas.toDataURL('image/png') }] : [];
  });
  return htmlReport({
    lang,
    title: stream.title || stream.roomKey,
    subtitle: `${stream.platform} · ${stream.roomKey} · ${report.firstTs === null ? '' : formatDate(report.firstTs, lang)} · ${formatDuration(s.durationMs, t)}`,
    metrics,
    charts: images,
    tables: [questionsTable(s, t, lang), productsTable(s, t, lang, titles), momentsTable(s, t, lang), mixTable(s, t, lang)],
    footer: `${t('footer', { date: formatDate(Date.now(), lang) })} ${t('momentRule')}`,
  });
}
