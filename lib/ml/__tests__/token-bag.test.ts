import { describe, expect, it } from 'vitest';
import { buildInput, encoderTokenIds, inputDim, tokenBag, type FeatureConfig, type TokenEncoder } from '../features/head-input';

/** A stand-in tokenizer: one id per word, from a fixed list (the real one is USE-lite's SentencePiece). */
const WORDS = ['how', 'much', 'price', 'love', 'it', 'money'];
const tok: TokenEncoder = { encode: (t) => t.toLowerCase().split(/\s+/).map((w) => WORDS.indexOf(w)).filter((k) => k >= 0).concat(t.includes('zzz') ? [99] : []) };
const CFG: FeatureConfig = { hashDim: 16, useEmbedding: false, useTokens: WORDS.length };

describe('sentence-encoder token bag (the student input block)', () => {
  it('weights each token 1/count, repeats add up, ids outside the vocabulary are dropped', () => {
    expect([...tokenBag('how much', WORDS.length, tok, null)]).toEqual([[0, 0.5], [1, 0.5]]);
    expect([...tokenBag('love love it', WORDS.length, tok, null)].map(([k, v]) => [k, Math.round(v * 1000) / 1000])).toEqual([[3, 0.667], [4, 0.333]]);
    expect(tokenBag('zzz', WORDS.length, tok, null).size).toBe(0);
  });

  it('encoderTokenIds keeps the order and repeats (the word-order experiment reads it), same ids as the bag', () => {
    expect(encoderTokenIds('it money love it zzz', WORDS.length, tok, null)).toEqual([4, 5, 3, 4]);
    expect([...tokenBag('it money love it', WORDS.length, tok, null).keys()].sort()).toEqual([3, 4, 5]);
  });

  it('reads Chinese through its CC-CEDICT gloss, as the encoder does; no encoder input: empty', () => {
    expect([...tokenBag('价格', WORDS.length, tok, { 价格: 'price' }).keys()]).toEqual([2]);
    expect(tokenBag('😂😂', WORDS.length, tok, null).size).toBe(0);
  });

  it('is the block after the dense features, zero without a tokenizer', () => {
    const dim = inputDim(CFG);
    expect(dim).toBe(inputDim({ ...CFG, useTokens: 0 }) + WORDS.length);
    const tables = { emoji: {}, tokenizer: tok };
    const x = buildInput(['how much', 'love it'], CFG, tables);
    const block = (row: number): number[] => Array.from(x.subarray(row * dim + dim - WORDS.length, (row + 1) * dim));
    expect(block(0)).toEqual([0.5, 0.5, 0, 0, 0, 0]);
    expect(block(1)).toEqual([0, 0, 0, 0.5, 0.5, 0]);
    const none = buildInput(['how much'], CFG, { emoji: {} });
    expect(Array.from(none.subarray(dim - WORDS.length, dim))).toEqual([0, 0, 0, 0, 0, 0]);
  });
});
