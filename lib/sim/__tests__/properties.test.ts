/**
 * The properties lib/sim/README.md documents, checked over several seeds in both languages. The ranges
 * are wider than the measured spread (README: `npx tsx scripts/sim-measure.ts`) so a test fails on a
 * change of behaviour, not on one unlucky seed.
 */
import { describe, expect, it } from 'vitest';
import { simulateShop, streamStats, type StreamStats } from '..';

const SEEDS = [101, 202, 303];

// Simulations run inside these tests: a generous limit, as a loaded machine can be 10× slower.
describe.each(['en', 'zh'] as const)('stream properties over seeds (%s)', { timeout: 60_000 }, (lang) => {
  const first: StreamStats[] = [];
  const later: StreamStats[] = [];
  for (const seed of SEEDS) {
    simulateShop({ lang, minutes: 30, seed, streams: 2 }).streams.forEach((s, k) => (k ? later : first).push(streamStats(s.events, s.truth)));
  }
  const all = [...first, ...later];
  const mean = (xs: (number | null)[]): number => {
    const v = xs.filter((x): x is number => x !== null);
    return v.reduce((a, b) => a + b, 0) / v.length;
  };

  it('converts more viewers during a product pitch than outside it, in every stream', () => {
    for (const s of all) expect(s.conversionDuring).toBeGreaterThan(3 * s.conversionOutside);
  });

  it('keeps the question share and repeat rate in the documented ranges', () => {
    for (const s of all) {
      expect(s.questionShare).toBeGreaterThanOrEqual(0.3);
      expect(s.questionShare).toBeLessThanOrEqual(0.48);
      expect(s.repeatRate).toBeGreaterThanOrEqual(0.6);
      expect(s.repeatRate).toBeLessThanOrEqual(0.95);
    }
  });

  it('brings back a good share of earlier viewers, and none on the first day', () => {
    for (const s of first) expect(s.returningShare).toBe(0);
    for (const s of later) {
      expect(s.returningShare).toBeGreaterThanOrEqual(0.25);
      expect(s.returningShare).toBeLessThanOrEqual(0.7);
    }
  });

  it('grows the audience while popular products are pitched and loses it in dull segments', () => {
    expect(mean(all.map((s) => s.slopePopular))).toBeGreaterThan(1);
    expect(mean(all.map((s) => s.slopeDull))).toBeLessThan(-5);
  });

  it('mixes in the other language and mixed lines, a few percent each', () => {
    for (const s of all) {
      const other = lang === 'en' ? s.langMix.zh : s.langMix.en;
      expect(other + s.langMix.mixed).toBeGreaterThan(0.01);
      expect(other + s.langMix.mixed).toBeLessThan(0.25);
    }
  });
});

describe('scale knobs', { timeout: 60_000 }, () => {
  it('holds the mean viewer comment rate near --rate', () => {
    for (const rate of [5, 50]) {
      const s = simulateShop({ lang: 'en', minutes: 6, seed: 9, rate }).streams[0]!;
      const perSec = s.truth.comments.filter((c) => c.role === 'viewer' && !c.afterPurchase).length / 360;
      expect(perSec).toBeGreaterThan(rate * 0.8);
      expect(perSec).toBeLessThan(rate * 1.2);
    }
  });

  it('multiplies the audience with viewerScale', () => {
    const base = simulateShop({ lang: 'zh', minutes: 10, seed: 4 }).streams[0]!;
    const big = simulateShop({ lang: 'zh', minutes: 10, seed: 4, viewerScale: 4 }).streams[0]!;
    const ratio = streamStats(big.events, big.truth).viewersAvg / streamStats(base.events, base.truth).viewersAvg;
    expect(ratio).toBeGreaterThan(2.5);
    expect(ratio).toBeLessThan(6);
  });
});
