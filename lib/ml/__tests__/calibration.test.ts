import { describe, expect, it } from 'vitest';
import { applyTemperature, expectedCalibrationError, fitTemperature, nll, reliability } from '../calibration';
import { argmax } from '../postprocess';

describe('applyTemperature', () => {
  it('keeps rows normalised and the top label unchanged', () => {
    const p = [0.7, 0.2, 0.1, 0.3, 0.3, 0.4];
    for (const t of [0.5, 1, 2]) {
      const q = applyTemperature(p, 3, t);
      expect(q[0]! + q[1]! + q[2]!).toBeCloseTo(1, 6);
      expect(argmax(q.subarray(0, 3))).toBe(0);
      expect(argmax(q.subarray(3, 6))).toBe(2);
    }
    expect(applyTemperature(p, 3, 2)[0]).toBeLessThan(0.7);
    expect(applyTemperature(p, 3, 0.5)[0]).toBeGreaterThan(0.7);
  });
});

describe('fitTemperature', () => {
  it('softens an over-confident model', () => {
    // Always 95 % sure, right only 60 % of the time.
    const probs: number[] = [];
    const gold: number[] = [];
    for (let i = 0; i < 100; i += 1) {
      probs.push(0.95, 0.05);
      gold.push(i < 60 ? 0 : 1);
    }
    const t = fitTemperature(probs, 2, gold);
    expect(t).toBeGreaterThan(1);
    expect(nll(applyTemperature(probs, 2, t), 2, gold)).toBeLessThan(nll(probs, 2, gold));
    expect(applyTemperature(probs, 2, t)[0]).toBeCloseTo(0.6, 2);
  });
});

describe('expectedCalibrationError', () => {
  it('is zero when confidence matches accuracy and measures the gap otherwise', () => {
    const conf = [0.75, 0.75, 0.75, 0.75];
    expect(expectedCalibrationError(conf, [true, true, true, false])).toBeCloseTo(0, 6);
    expect(expectedCalibrationError(conf, [true, false, false, false])).toBeCloseTo(0.5, 6);
    const bins = reliability(conf, [true, true, true, false]);
    expect(bins[7]).toMatchObject({ n: 4, accuracy: 0.75 });
  });
});
