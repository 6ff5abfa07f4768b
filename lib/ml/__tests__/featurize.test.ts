import { describe, expect, it } from 'vitest';
import { denseFeatures, hashFeatures, tokens } from '../features/featurize';
import { buildInput, inputDim } from '../features/head-input';
import { normalizeText } from '../features/text-normalize';

describe('normalizeText', () => {
  it('folds full-width forms, case and elongation', () => {
    expect(normalizeText('Soooo GOOD！！！')).toBe('soo good!!');
    expect(normalizeText('哈哈哈哈哈')).toBe('哈哈');
  });
});

describe('tokens', () => {
  it('makes Han 1-3-grams, Latin words, char trigrams and shape tokens', () => {
    const t = tokens('3号链接 price?');
    expect(t).toContain('h:链');
    expect(t).toContain('h2:链接');
    expect(t).toContain('w:price');
    expect(t).toContain('c:<pr');
    expect(t).toContain('shape:num号');
    expect(t).toContain('p:?');
  });
  it('gives very short lines a whole-line token with digits folded', () => {
    expect(tokens('扣1')).toContain('line:扣0');
    expect(tokens('1')).toContain('shape:digits_only');
  });
});

describe('hashFeatures', () => {
  it('is deterministic, sorted and L2-normalised', () => {
    const a = hashFeatures('how much is #3??', 4096);
    expect(hashFeatures('how much is #3??', 4096)).toEqual(a);
    expect([...a.indices].sort((x, y) => x - y)).toEqual(a.indices);
    expect(Math.hypot(...a.values)).toBeCloseTo(1, 6);
    expect(a.indices.every((k) => k >= 0 && k < 4096)).toBe(true);
  });
});

describe('denseFeatures / buildInput', () => {
  it('scores emoji from the lexicon and flags questions', () => {
    const d = denseFeatures('好看吗😍', { '😍': 0.6 });
    expect(d[0]).toBeCloseTo(0.6);
    expect(d[2]).toBe(1);
  });
  it('lays out [hash | dense | USE | flag] and zeroes USE when there is no embedding', () => {
    const cfg = { hashDim: 64, useEmbedding: true };
    const x = buildInput(['hi', '你好'], cfg, { emoji: {} }, [new Float32Array(512).fill(0.5), null]);
    const dim = inputDim(cfg);
    expect(x.length).toBe(2 * dim);
    expect(x[dim - 1]).toBe(1);
    expect(x[2 * dim - 1]).toBe(0);
    expect(x[dim + 64 + 8]).toBe(0);
  });
});
