import { describe, expect, it } from 'vitest';
import { lexiconFeatures } from '../features/english-lexicon';
import { buildInput, inputDim } from '../features/head-input';
import { DENSE_NAMES } from '../features/featurize';

describe('lexiconFeatures', () => {
  it('scores English polarity with negation handled', () => {
    const [good] = lexiconFeatures('this is great');
    const [bad] = lexiconFeatures('this is terrible');
    const [notBad] = lexiconFeatures('not bad at all');
    expect(good).toBeGreaterThan(0.3);
    expect(bad).toBeLessThan(-0.3);
    expect(notBad).toBeGreaterThan(0);
  });
  it('reads only the Latin part of mixed lines and gives zeros for pure Chinese', () => {
    expect(lexiconFeatures('好看')).toEqual([0, 0, 0]);
    expect(lexiconFeatures('这个太ugly了')[0]).toBeLessThan(0);
  });
});

describe('buildInput with lexicon features', () => {
  it('places VADER after the dense features and widens the input by three', () => {
    const base = { hashDim: 8, useEmbedding: false };
    const withLex = { ...base, lexicon: true };
    expect(inputDim(withLex)).toBe(inputDim(base) + 3);
    const x = buildInput(['this is great'], withLex, { emoji: {} });
    expect(x[8 + DENSE_NAMES.length]).toBeGreaterThan(0.3);
  });
});
