/**
 * "The product the audience demanded next", from the simulator's ground truth (README "Evaluation"):
 * at the moment a pitch changes, each candidate's expected sales if it were pitched now — the sum,
 * over the viewers watching at that moment who have not bought it yet in this stream, of the
 * simulator's own purchase rate propensity × interest². Candidates are the products in stock other
 * than the one on now (the same set every ranker ranks).
 */
import type { StreamTruth } from '../../sim/types';

export function demandAt(truth: StreamTruth, t: number, candidates: readonly string[]): Map<string, number> {
  const bought = new Set(truth.purchases.filter((p) => p.ts < t).map((p) => `${p.viewer}|${p.sku}`));
  const present = truth.viewers.filter((v) => !v.spammer && v.sessions.some(([a, b]) => a <= t && t < b));
  return new Map(candidates.map((sku) => [sku, present.reduce((acc, v) => acc + (bought.has(`${v.id}|${sku}`) ? 0 : v.propensity * (v.interests[sku] ?? 0) ** 2), 0)]));
}

/** The argmax (ties → sku order, deterministic). */
export function demanded(d: ReadonlyMap<string, number>): string | null {
  let best: string | null = null;
  let bv = -Infinity;
  for (const [sku, v] of [...d].sort((a, b) => a[0].localeCompare(b[0]))) if (v > bv) { best = sku; bv = v; }
  return best;
}
