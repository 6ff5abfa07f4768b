import { browser } from 'wxt/browser';

const PATH = '/offscreen.html';
let creating: Promise<void> | undefined;
// The document was seen or created by this worker: every label batch and embedding asks first, and
// runtime.getContexts is a round trip through the browser process each time (0.6 s of the worker's
// CPU in a 30 s run at 100 msg/s, bench/results/only/2026-11-29T1904). Trusted until a request to
// it fails (forgetOffscreen) or this worker closes it; a new worker instance looks again.
let known = false;

/**
 * The one place that touches chrome.offscreen (absent in Firefox and in the test fake browser).
 * Creates the models' document once; concurrent callers share the same creation.
 */
export async function ensureOffscreen(query: string | (() => Promise<string>) = ''): Promise<boolean> {
  const api = browser.offscreen;
  if (!api?.createDocument) return false;
  if (known) return true;
  const base = browser.runtime.getURL(PATH);
  const existing = await browser.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] });
  if (!existing.some((c) => c.documentUrl?.startsWith(base))) {
    // Offscreen documents get no chrome.storage: what they need to know travels in their URL
    // (worked out only when the document is really created).
    creating ??= (typeof query === 'string' ? Promise.resolve(query) : query())
      .then((q) => api.createDocument({ url: base + q, reasons: ['WORKERS'], justification: 'Runs the chat-understanding models (TensorFlow.js) away from the service worker.' }))
      .finally(() => (creating = undefined));
    await creating;
  }
  known = true;
  return true;
}

/** A request to the document failed: look for it (and create it if gone) before the next one. */
export function forgetOffscreen(): void {
  known = false;
}

export async function closeOffscreen(): Promise<void> {
  known = false;
  const api = browser.offscreen;
  if (!api?.closeDocument) return;
  const existing = await browser.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] });
  if (existing.length) await api.closeDocument();
}
