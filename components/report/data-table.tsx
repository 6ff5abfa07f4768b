import type { Table } from '@/lib/summary/present-tables';

/** One of the report's tables (lib/summary/present-tables); chat text is rendered as text. */
export function DataTable({ table, testId }: { table: Table; testId?: string }) {
  return (
    <section className="report-section" data-testid={testId ?? `table-${table.key}`}>
      <h2>{table.title}</h2>
      {table.rows.length === 0 ? (
        <p className="empty">{table.empty}</p>
      ) : (
        <table className="report-table">
          <thead>
            <tr>{table.columns.map((c, i) => <th key={i}>{c}</th>)}</tr>
          </thead>
          <tbody>
            {table.rows.map((r, i) => (
              <tr key={i} data-testid="table-row">{r.map((c, j) => <td key={j}>{c}</td>)}</tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
