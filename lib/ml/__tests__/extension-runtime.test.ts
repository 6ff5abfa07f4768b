import { describe, expect, it } from 'vitest';
import { extensionLoadAsset } from '../platform/extension-runtime';
import { ML_BUILD_ASSETS } from '../platform/extension-assets';
import { existsSync } from 'node:fs';

describe('extensionLoadAsset', () => {
  it('reads models/<path> through getURL, JSON as UTF-8 text and weights as binary', async () => {
    const seen: string[] = [];
    const fakeFetch = (async (url: string) => {
      seen.push(url);
      if (url.endsWith('missing.bin')) return new Response(null, { status: 404 });
      return new Response(url.endsWith('.json') ? new TextEncoder().encode('{"词":1}') : new Uint8Array([1, 2, 3]));
    }) as unknown as typeof fetch;
    const load = extensionLoadAsset((p) => `chrome-extension://x/${p}`, fakeFetch);
    expect(await load('use/vocab.json')).toBe('{"词":1}');
    const bin = await load('intent/weights.bin');
    expect(bin).toBeInstanceOf(ArrayBuffer);
    await expect(load('missing.bin')).rejects.toThrow('404');
    expect(seen[0]).toBe('chrome-extension://x/models/use/vocab.json');
  });
});

describe('ML_BUILD_ASSETS', () => {
  it('lists files that exist in node_modules', () => {
    for (const a of ML_BUILD_ASSETS) expect(existsSync(a.from), a.from).toBe(true);
  });
});
