// @vitest-environment node
import { appendFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { USE_DIM } from '../../../lib/ml/features/head-input';
import type { UseEncoder } from '../../../lib/ml/use-encoder';
import { openEmbeddingStore } from '../embedding-store';

/** A fake encoder: the vector of a text is its length in every slot; it records what it was asked. */
function fakeEncoder(): UseEncoder & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    embed: async (texts) => {
      asked.push(...texts);
      const out = new Float32Array(texts.length * USE_DIM);
      texts.forEach((t, i) => out.fill(t.length, i * USE_DIM, (i + 1) * USE_DIM));
      return out;
    },
    dispose: () => {},
  };
}

describe('embedding store', () => {
  it('encodes each input once, and a reopened store answers from disk without the encoder', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'emb-'));
    const a = fakeEncoder();
    const first = await openEmbeddingStore(dir, 'x').wrap(a).embed(['hi', '你好呀', 'hi']);
    expect(a.asked).toEqual(['hi', '你好呀']);
    expect(first[0]).toBe(2);
    expect(first[USE_DIM]).toBe(3);
    const b = fakeEncoder();
    const store = openEmbeddingStore(dir, 'x');
    expect(store.has('你好呀')).toBe(true);
    const again = await store.wrap(b).embed(['你好呀', 'new line']);
    expect(b.asked).toEqual(['new line']);
    expect(again[0]).toBe(3);
    expect(again[USE_DIM]).toBe(8);
  });

  it('drops a record cut short by an interrupted write and keeps appending on a boundary', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'emb-'));
    await openEmbeddingStore(dir, 'y').wrap(fakeEncoder()).embed(['abc']);
    appendFileSync(join(dir, 'use-y.emb'), Buffer.from([5, 0, 0, 0, 65]));
    const store = openEmbeddingStore(dir, 'y');
    expect(store.size()).toBe(1);
    await store.wrap(fakeEncoder()).embed(['four']);
    const reopened = openEmbeddingStore(dir, 'y');
    expect(reopened.size()).toBe(2);
    expect((await reopened.wrap(fakeEncoder()).embed(['four']))[0]).toBe(4);
  });
});
