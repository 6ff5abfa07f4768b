import { describe, expect, it } from 'vitest';
import { blendRows, combinePolarity, composeSentiment, coupleIntent, topLabels } from '../postprocess';
import { SENTIMENTS } from '../labels';

describe('composeSentiment', () => {
  it('keeps the neutral probability and splits the rest by the polarity head', () => {
    const out = Array.from(composeSentiment([0.1, 0.5, 0.4], [0.2]));
    expect(out[0]).toBeCloseTo(0.4);
    expect(out[1]).toBeCloseTo(0.5);
    expect(out[2]).toBeCloseTo(0.1);
  });

  it('reproduces the 3-class head when the polarity agrees with its own split', () => {
    const three = [0.3, 0.1, 0.6, 0.05, 0.9, 0.05];
    const pos = [0.6 / 0.9, 0.5];
    Array.from(composeSentiment(three, pos)).forEach((v, i) => expect(v).toBeCloseTo(three[i] ?? NaN));
  });

  it('can flip the sign of a polar line but not make a neutral line polar', () => {
    const out = composeSentiment([0.7, 0.2, 0.1, 0.05, 0.9, 0.05], [0.95, 0.99]);
    expect(topLabels(out, SENTIMENTS).map((x) => x.label)).toEqual(['positive', 'neutral']);
  });
});

describe('combinePolarity', () => {
  it('adds the weighted review logit to the chat logit', () => {
    // logit(0.5) = 0, so the result is sigmoid(0.5 * logit(0.9)) = 0.9^0.5 / (0.9^0.5 + 0.1^0.5).
    expect(combinePolarity(0.5, 0.9, true, 0.5)).toBeCloseTo(Math.sqrt(0.9) / (Math.sqrt(0.9) + Math.sqrt(0.1)));
    expect(combinePolarity(0.7, 0.5, true, 2)).toBeCloseTo(0.7);
  });

  it('lets a confident expert flip an unsure chat head, but not a confident one at weight 0.5', () => {
    expect(combinePolarity(0.45, 0.9, true, 0.5)).toBeGreaterThan(0.5);
    expect(combinePolarity(0.02, 0.9, true, 0.5)).toBeLessThan(0.5);
  });

  it('keeps the chat head alone on lines without Latin text or at weight 0', () => {
    expect(combinePolarity(0.3, 0.99, false, 0.5)).toBe(0.3);
    expect(combinePolarity(0.3, 0.99, true, 0)).toBe(0.3);
  });
});

describe('coupleIntent', () => {
  it('moves sentiment towards negative for complaints and positive for praise, and is a no-op at weight 0', () => {
    const sent = [0.3, 0.4, 0.3, 0.3, 0.4, 0.3];
    // Row 0 reads as a complaint, row 1 as praise (intent order: [complaint, praise, other]).
    const intent = [0.9, 0.05, 0.05, 0.05, 0.9, 0.05];
    expect(Array.from(coupleIntent(sent, intent, 3, 0, 1, 0))).toEqual(Array.from(Float32Array.from(sent)));
    const c = coupleIntent(sent, intent, 3, 0, 1, 2);
    expect(c[0]).toBeGreaterThan(c[2] as number);
    expect(c[5]).toBeGreaterThan(c[3] as number);
    expect((c[0] as number) + (c[1] as number) + (c[2] as number)).toBeCloseTo(1, 6);
  });
});

describe('blendRows', () => {
  it('averages two tiers row by row with weight w on the second; rows still sum to 1', () => {
    const a = [0.8, 0.2, 0.1, 0.9];
    const b = [0.2, 0.8, 0.5, 0.5];
    expect(Array.from(blendRows(a, b, 0))).toEqual(Array.from(Float32Array.from(a)));
    const m = Array.from(blendRows(a, b, 0.5));
    [0.5, 0.5, 0.3, 0.7].forEach((x, i) => expect(m[i]).toBeCloseTo(x, 6));
    expect((m[2] ?? 0) + (m[3] ?? 0)).toBeCloseTo(1, 6);
    expect(() => blendRows(a, [0.5, 0.5], 0.5)).toThrow(/4 vs 2/);
  });
});
