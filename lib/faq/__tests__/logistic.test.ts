import { describe, expect, it } from 'vitest';
import { fitLogistic } from '../eval/logistic';
import { scoreFeatures } from '../match/features';

describe('logistic fit (the FAQ answer scorer)', () => {
  it('recovers the direction of a noisy rule and gives calibrated-looking probabilities', () => {
    // y = 1 mostly when x0 is high and x1 is 0; deterministic pseudo-noise.
    const xs: number[][] = [];
    const ys: number[] = [];
    for (let i = 0; i < 400; i += 1) {
      const x0 = (i % 20) / 20;
      const x1 = i % 3 === 0 ? 1 : 0;
      xs.push([x0, x1]);
      ys.push(x0 > 0.5 && x1 === 0 ? (i % 11 === 0 ? 0 : 1) : i % 13 === 0 ? 1 : 0);
    }
    const w = fitLogistic(xs, ys, 0.1);
    expect(w.w[0]!).toBeGreaterThan(0);
    expect(w.w[1]!).toBeLessThan(0);
    expect(scoreFeatures(w, [0.9, 0])).toBeGreaterThan(0.5);
    expect(scoreFeatures(w, [0.9, 1])).toBeLessThan(scoreFeatures(w, [0.9, 0]));
    expect(scoreFeatures(w, [0.1, 0])).toBeLessThan(0.5);
  });
  it('keeps weights finite on separable data thanks to the penalty', () => {
    const w = fitLogistic([[0], [0], [1], [1]], [0, 0, 1, 1], 1);
    expect(Number.isFinite(w.w[0]!)).toBe(true);
    expect(scoreFeatures(w, [1])).toBeGreaterThan(scoreFeatures(w, [0]));
  });
});
