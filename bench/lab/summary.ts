/**
 * The summary benchmark, when the summary capability provides one: `bench/summary-bench.ts`
 * exporting `benchSummary(sizes)` → `{ events, ms }[]` (runs here, in the browser). Until then the
 * result says it is missing rather than inventing a figure.
 */
type SummaryBench = (sizes: number[]) => Promise<{ events: number; ms: number }[]>;

const found = import.meta.glob<{ benchSummary?: SummaryBench }>('../summary-bench.ts');

export async function summaryBench(sizes: number[]): Promise<{ events: number; ms: number }[] | { missing: string }> {
  const load = Object.values(found)[0];
  if (!load) return { missing: 'bench/summary-bench.ts is not on this branch yet' };
  const mod = await load();
  if (!mod.benchSummary) return { missing: 'bench/summary-bench.ts exports no benchSummary(sizes)' };
  return mod.benchSummary(sizes);
}
