/**
 * The simple rules the recommender must beat. Each ranks the same candidates (in stock, not the
 * one on now) from what the extension could observe.
 */
import type { History } from '../history';
import type { LiveState } from '../live';
import { shuffle, type Rng } from '../../sim/rng';

export type Baseline = 'most_mentioned' | 'round_robin' | 'random' | 'popular' | 'popular_interest';
export const BASELINES: readonly Baseline[] = ['most_mentioned', 'round_robin', 'random', 'popular', 'popular_interest'];

/**
 * The naive popularity a seller would read off past streams: every mention, question, purchase
 * intent and purchase of the product, counted over all of them (no prompted/unprompted split, no
 * per-viewer cap, no decay), per stream minute.
 */
export function interestPerMinute(history: History, sku: string): number {
  const perStream = (history.interest.get(sku) ?? 0) + (history.purchases.get(sku) ?? 0);
  return history.minutes > 0 ? (perStream * history.streams) / history.minutes : 0;
}

/** Ties keep catalog order after a seeded shuffle, so no rule wins by the catalog's order. */
function by(cands: readonly string[], f: (s: string) => number): string[] {
  return [...cands].sort((a, b) => f(b) - f(a));
}

export function baselineRanking(b: Baseline, cands: readonly string[], catalogOrder: readonly string[], live: LiveState, history: History, rng: Rng): string[] {
  const shuffled = shuffle(rng, [...cands]);
  if (b === 'random') return shuffled;
  if (b === 'most_mentioned') {
    // Lines naming the product (asks, mentions, purchase intents) in the last 5 minutes.
    const lines = new Map<string, number>();
    for (const w of live.window) if (w.ts >= live.now - 5 * 60_000 && w.kind !== 'purchase') lines.set(w.sku, (lines.get(w.sku) ?? 0) + 1);
    return by(shuffled, (s) => lines.get(s) ?? 0);
  }
  if (b === 'popular') {
    // Units sold and interest across past streams (interest breaks ties when nothing sold).
    return by(shuffled, (s) => (history.conversion.get(s) ?? 0) * 1000 + (history.interest.get(s) ?? 0));
  }
  if (b === 'popular_interest') return by(shuffled, (s) => interestPerMinute(history, s));
  // round robin: the next listing after the one pitched last, in catalog order.
  const lastIdx = live.pitching ? catalogOrder.indexOf(live.pitching) : -1;
  const order = [...catalogOrder.slice(lastIdx + 1), ...catalogOrder.slice(0, lastIdx + 1)];
  return order.filter((s) => cands.includes(s));
}
