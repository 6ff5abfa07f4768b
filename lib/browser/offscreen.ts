import { browser } from 'wxt/browser';

const PATH = '/offscreen.html';
let creating: Promise<void> | undefined;

/**
 * The one place that touches chrome.offscreen (absent in Firefox and in the test fake browser).
 * Creates the models' document once; concurrent callers share the same creation.
 */
export async function ensureOffscreen(query: string | (() => Promise<string>) = ''): Promise<boolean> {
  const api = browser.offscreen;
  if (!api?.createDocument) return false;
  const base = browser.runtime.getURL(PATH);
  const existing = await browser.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] });
  if (existing.some((c) => c.documentUrl?.startsWith(base))) return true;
  // Offscreen documents get no chrome.storage: what they need to know travels in their URL
  // (worked out only when the document is really created).
  creating ??= (typeof query === 'string' ? Promise.resolve(query) : query())
    .then((q) => api.createDocument({ url: base + q, reasons: ['WORKERS'], justification: 'Runs the chat-understanding models (TensorFlow.js) away from the service worker.' }))
    .finally(() => (creating = undefined));
  await creating;
  return true;
}

export async function closeOffscreen(): Promise<void> {
  const api = browser.offscreen;
  if (!api?.closeDocument) return;
  const existing = await browser.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] });
  if (existing.length) await api.closeDocument();
}
