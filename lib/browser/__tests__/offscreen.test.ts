import { beforeEach, describe, expect, it, vi } from 'vitest';

// chrome.offscreen and runtime.getContexts: absent from the fake browser, so a small stand-in.
const docs: string[] = [];
const calls = { getContexts: 0, create: 0 };
vi.mock('wxt/browser', () => ({
  browser: {
    runtime: {
      getURL: (p: string) => `chrome-extension://x${p}`,
      getContexts: async () => (calls.getContexts++, docs.map((documentUrl) => ({ documentUrl }))),
    },
    offscreen: {
      createDocument: async ({ url }: { url: string }) => (calls.create++, docs.push(url)),
      closeDocument: async () => void docs.splice(0),
    },
  },
}));

const { ensureOffscreen, forgetOffscreen, closeOffscreen } = await import('../offscreen');

describe('ensureOffscreen', () => {
  beforeEach(async () => {
    await closeOffscreen();
    calls.getContexts = 0;
    calls.create = 0;
  });

  it('looks for the document once, then trusts it until told otherwise', async () => {
    expect(await ensureOffscreen('?b=wasm')).toBe(true);
    expect(await ensureOffscreen('?b=wasm')).toBe(true);
    expect(await ensureOffscreen('?b=wasm')).toBe(true);
    expect(calls).toEqual({ getContexts: 1, create: 1 });
  });

  it('looks again (and recreates a gone document) after a failed request', async () => {
    await ensureOffscreen();
    docs.splice(0); // the document crashed
    forgetOffscreen();
    expect(await ensureOffscreen()).toBe(true);
    expect(calls).toEqual({ getContexts: 2, create: 2 });
    expect(docs).toHaveLength(1);
  });

  it('creates a fresh document after closeOffscreen (a backend change)', async () => {
    await ensureOffscreen('?b=wasm');
    await closeOffscreen();
    await ensureOffscreen('?b=cpu');
    expect(docs).toEqual(['chrome-extension://x/offscreen.html?b=cpu']);
  });

  it('shares one creation between concurrent callers', async () => {
    await Promise.all([ensureOffscreen(), ensureOffscreen(), ensureOffscreen()]);
    expect(calls.create).toBe(1);
  });
});
