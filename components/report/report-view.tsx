import { useMemo, useRef } from 'react';
import type { StreamRecord } from '@/lib/db/schema';
import { formatDate, formatDuration, formatPercent, metricRows } from '@/lib/summary/present';
import { mixTable, momentsTable, productsTable, questionsTable } from '@/lib/summary/present-tables';
import type { SummaryReport } from '@/lib/summary/types';
import { AudienceSection, useAudienceShare } from './audience-section';
import { DataTable } from './data-table';
import { ExportButtons } from './export-buttons';
import { MetricGrid } from './metric-grid';
import { ReportCharts, type ChartRegistry } from './report-charts';
import { useReportT } from './use-report-t';

/** One stream's full report: numbers, charts, tables, audience and exports. */
export function ReportView({ stream, report, titles, behind }: { stream: StreamRecord; report: SummaryReport; titles: ReadonlyMap<string, string>; behind: number }) {
  const { t, lang } = useReportT();
  const charts = useRef<ChartRegistry>({}).current;
  const share = useAudienceShare(stream);
  const s = report.summary;
  const rows = useMemo(() => {
    const r = metricRows(s, t, lang);
    if (share && share.returningShare !== null) r.push({ key: 'returning', label: t('metric.returning'), value: `${share.returning} / ${share.viewers} (${formatPercent(share.returningShare, lang)})` });
    return r;
  }, [s, t, lang, share]);
  return (
    <article className="report" data-testid="report" data-stream-id={stream.id}>
      <header>
        <h1>{stream.title || stream.roomKey}</h1>
        <p className="sub">
          {stream.platform} · {stream.roomKey} · {report.firstTs === null ? '' : formatDate(report.firstTs, lang)} · {formatDuration(s.durationMs, t)}
        </p>
        {behind > 0 && <p className="hint" role="status">{t('behind', { count: behind })}</p>}
      </header>
      <MetricGrid rows={rows} />
      <ReportCharts report={report} registry={charts} />
      <DataTable table={questionsTable(s, t, lang)} />
      <DataTable table={productsTable(s, t, lang, titles)} />
      <DataTable table={momentsTable(s, t, lang)} />
      <p className="hint">{t('momentRule')}</p>
      <DataTable table={mixTable(s, t, lang)} />
      <AudienceSection stream={stream} share={share} />
      <ExportButtons stream={stream} report={report} charts={charts} audience={share ?? null} titles={titles} />
    </article>
  );
}
