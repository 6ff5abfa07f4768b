import { describe, expect, it } from 'vitest';
import { createRng } from '../../sim/rng';
import { baselineRanking, interestPerMinute } from '../eval/baselines';
import { buildHistory } from '../history';
import { newLiveState } from '../live';
import type { Signal } from '../types';

const MIN = 60_000;
const sig = (ts: number, kind: Signal['kind'], sku: string | null, viewer: string | null): Signal => ({ ts, kind, sku, viewer });

describe('popular_interest baseline (naive popularity across past streams)', () => {
  // Stream 1, 20 min: the hoodie is pitched; viewer a asks about it five times during its pitch
  // (prompted, one viewer: the recommender's history would count none of it) and buys one; two
  // viewers mention the cap. Stream 2, 10 min: three scarves sold, nothing said.
  const history = buildHistory([
    [
      sig(0, 'pitch', 'HOOD', null),
      ...Array.from({ length: 5 }, (_v, i) => sig((i + 1) * MIN, 'question', 'HOOD', 'a')),
      sig(7 * MIN, 'purchase', 'HOOD', 'a'),
      sig(8 * MIN, 'mention', 'CAP', 'b'),
      sig(9 * MIN, 'intent', 'CAP', 'c'),
      sig(20 * MIN, 'seen', null, 'd'),
    ],
    [sig(0, 'pitch', 'CAP', null), ...[1, 2, 3].map((m) => sig(m * MIN, 'purchase', 'SCARF', `v${m}`)), sig(10 * MIN, 'seen', null, 'd')],
  ]);
  const live = newLiveState();

  it('counts every purchase per stream, pitched or not', () => {
    expect(history.purchases.get('HOOD')).toBe(0.5);
    expect(history.purchases.get('SCARF')).toBe(1.5);
  });

  it('counts all talk and purchases, prompted or not and uncapped, per stream minute', () => {
    expect(history.minutes).toBe(30);
    expect(interestPerMinute(history, 'HOOD')).toBeCloseTo(6 / 30);
    expect(interestPerMinute(history, 'SCARF')).toBeCloseTo(3 / 30);
    expect(interestPerMinute(history, 'CAP')).toBeCloseTo(2 / 30);
    expect(interestPerMinute(history, 'BEANIE')).toBe(0);
    // The recommender's prior sees none of the hoodie's prompted talk; this rule ranks it first.
    expect(history.unprompted.has('HOOD')).toBe(false);
    expect(baselineRanking('popular_interest', ['BEANIE', 'CAP', 'SCARF', 'HOOD'], [], live, history, createRng(1))).toEqual(['HOOD', 'SCARF', 'CAP', 'BEANIE']);
  });

  it('breaks ties by a seeded shuffle, after the products with history', () => {
    const cands = ['X1', 'X2', 'X3', 'X4', 'HOOD'];
    const orders = new Set<string>();
    for (let seed = 1; seed <= 20; seed++) {
      const r = baselineRanking('popular_interest', cands, [], live, history, createRng(seed));
      expect(r[0]).toBe('HOOD');
      expect(r).toEqual(baselineRanking('popular_interest', cands, [], live, history, createRng(seed)));
      orders.add(r.join());
    }
    expect(orders.size).toBeGreaterThan(1);
  });

  it('scores nothing without history', () => {
    expect(interestPerMinute(buildHistory([]), 'HOOD')).toBe(0);
  });
});
