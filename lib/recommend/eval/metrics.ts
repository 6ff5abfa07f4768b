/** Ranking metrics against one demanded product, and 95 % intervals over seeds. */

export interface Scores { hit1: number; hit3: number; ndcg: number }

export function scoreRanking(ranking: readonly string[], target: string): Scores {
  const i = ranking.indexOf(target);
  return { hit1: i === 0 ? 1 : 0, hit3: i >= 0 && i < 3 ? 1 : 0, ndcg: i >= 0 && i < 3 ? 1 / Math.log2(i + 2) : 0 };
}

// Two-sided 95 % Student t quantiles by degrees of freedom (1-30), then the normal's.
const T95 = [12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.16, 2.145, 2.131, 2.12, 2.11, 2.101, 2.093, 2.086, 2.08, 2.074, 2.069, 2.064, 2.06, 2.056, 2.052, 2.048, 2.045, 2.042];

/** Mean and 95 % t-interval of per-seed values (rates in 0..1: the interval is clipped to 0..1). */
export function meanCi(xs: readonly number[]): { mean: number; ci: [number, number] } {
  const n = xs.length;
  const mean = n ? xs.reduce((a, x) => a + x, 0) / n : 0;
  if (n < 2) return { mean, ci: [mean, mean] };
  const sd = Math.sqrt(xs.reduce((a, x) => a + (x - mean) ** 2, 0) / (n - 1));
  const h = (T95[n - 2] ?? 1.96) * sd / Math.sqrt(n);
  const r = (x: number): number => Math.round(x * 1000) / 1000;
  return { mean: r(mean), ci: [r(Math.max(0, mean - h)), r(Math.min(1, mean + h))] };
}
