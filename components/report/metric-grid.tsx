import type { MetricRow } from '@/lib/summary/present';

/** The headline numbers as tiles; `data-metric` names each one for tests and the comparison. */
export function MetricGrid({ rows, testId = 'metrics' }: { rows: MetricRow[]; testId?: string }) {
  return (
    <div className="metric-grid" data-testid={testId}>
      {rows.map((r) => (
        <div key={r.key} className="metric" data-metric={r.key}>
          <b>{r.value}</b>
          <span>{r.label}</span>
        </div>
      ))}
    </div>
  );
}
