/**
 * Item-item collaborative filtering over the viewer × product implicit-feedback matrix: two products
 * are similar when the same viewers ask about, want or buy both (cosine of their viewer columns,
 * each viewer's row log-damped so one chatty viewer does not make every pair similar). Products
 * with no history fall back to content similarity (cold start), scaled down because it is weaker
 * evidence than behaviour.
 */
import type { History } from './history';

export const COLD_START_SCALE = 0.5;
/** Viewers who must share two products before behaviour (not content) decides their similarity. */
export const MIN_SUPPORT = 3;

export interface ItemSimilarity {
  /** sku → sku → similarity 0..1. */
  sim: Map<string, Map<string, number>>;
  /** sku → sku → viewers who engaged with both (for the reason text). */
  support: Map<string, Map<string, number>>;
  /** Skus with no behavioural history (content similarity used). */
  cold: Set<string>;
}

export function itemSimilarity(skus: readonly string[], history: History, content: Map<string, Map<string, number>>): ItemSimilarity {
  const cols = new Map<string, Map<string, number>>(skus.map((s) => [s, new Map()]));
  for (const [viewer, row] of history.viewers) {
    for (const [sku, w] of row) cols.get(sku)?.set(viewer, Math.log1p(w));
  }
  const norm = new Map([...cols].map(([s, c]) => [s, Math.sqrt([...c.values()].reduce((a, x) => a + x * x, 0))]));
  const cold = new Set(skus.filter((s) => (cols.get(s)?.size ?? 0) === 0));
  const sim = new Map<string, Map<string, number>>();
  const support = new Map<string, Map<string, number>>();
  for (const a of skus) {
    const row = new Map<string, number>();
    const sup = new Map<string, number>();
    const ca = cols.get(a) as Map<string, number>;
    for (const b of skus) {
      if (a === b) continue;
      if (cold.has(a) || cold.has(b)) { row.set(b, COLD_START_SCALE * (content.get(a)?.get(b) ?? 0)); continue; }
      const cb = cols.get(b) as Map<string, number>;
      let dot = 0;
      let n = 0;
      for (const [v, x] of ca) { const y = cb.get(v); if (y) { dot += x * y; n++; } }
      sup.set(b, n);
      row.set(b, n >= MIN_SUPPORT ? dot / ((norm.get(a) ?? 1) * (norm.get(b) ?? 1)) : COLD_START_SCALE * (content.get(a)?.get(b) ?? 0));
    }
    sim.set(a, row);
    support.set(a, sup);
  }
  return { sim, support, cold };
}
