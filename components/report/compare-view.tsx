import { useTranslation } from 'react-i18next';
import type { StreamRecord } from '@/lib/db/schema';
import { compareRows } from '@/lib/summary/compare';
import { formatDate } from '@/lib/summary/present';
import type { SummaryReport } from '@/lib/summary/types';
import { ReportCharts } from './report-charts';
import { useReportT } from './use-report-t';

interface Side {
  stream: StreamRecord;
  report: SummaryReport;
}

/** Two streams side by side: every headline number of both with the difference, and both sets of charts. */
export function CompareView({ a, b }: { a: Side; b: Side }) {
  const { t, lang } = useReportT();
  const { t: tr } = useTranslation('report');
  const name = (s: Side) => `${s.stream.title || s.stream.roomKey} (${s.report.firstTs === null ? '' : formatDate(s.report.firstTs, lang)})`;
  const rows = compareRows(a.report.summary, b.report.summary, t, lang);
  return (
    <section className="report-section compare" data-testid="compare">
      <h2>{tr('section.compare')}</h2>
      <table className="report-table" data-testid="compare-table">
        <thead>
          <tr><th>{tr('col.metric')}</th><th>{name(a)}</th><th>{name(b)}</th><th>{tr('compare.difference')}</th></tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key} data-metric={r.key}>
              <td>{r.label}</td><td>{r.a}</td><td>{r.b}</td><td className={r.diff === null ? '' : r.diff > 0 ? 'up' : r.diff < 0 ? 'down' : ''}>{r.delta}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="side-by-side">
        {[a, b].map((s) => (
          <div key={s.stream.id} data-testid="compare-side">
            <h3>{name(s)}</h3>
            <ReportCharts report={s.report} compact />
          </div>
        ))}
      </div>
    </section>
  );
}
