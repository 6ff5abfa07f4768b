import { describe, expect, it } from 'vitest';
import { lengthBuckets, withEmbeddingCache, type UseEncoder } from '../use-encoder';

describe('sentence encoder batching', () => {
  it('groups sentences of similar length into calls of at most the call size, each index once', () => {
    const lengths = [9, 1, 5, 1, 9, 3, 7];
    const calls = lengthBuckets(lengths, 3);
    expect(calls).toEqual([[1, 3, 5], [2, 6, 0], [4]]);
    expect(calls.flat().sort()).toEqual(lengths.map((_l, i) => i));
  });

  it('answers repeats from the embedding cache and encodes each distinct input once', async () => {
    const seen: string[][] = [];
    const enc: UseEncoder = {
      async embed(texts) {
        seen.push(texts);
        const out = new Float32Array(texts.length * 512);
        texts.forEach((t, i) => out.fill(t.length, i * 512, (i + 1) * 512));
        return out;
      },
      dispose() {},
    };
    const cached = withEmbeddingCache(enc, 2);
    const a = await cached.embed(['ab', 'abc', 'ab']);
    expect([a[0], a[512], a[1024]]).toEqual([2, 3, 2]);
    const b = await cached.embed(['abc', 'wxyz']);
    expect([b[0], b[512]]).toEqual([3, 4]);
    expect(seen).toEqual([['ab', 'abc'], ['wxyz']]);
  });
});
