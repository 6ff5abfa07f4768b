import { browser } from 'wxt/browser';

const PATH = '/offscreen.html';
let creating: Promise<void> | undefined;

/**
 * The one place that touches chrome.offscreen (absent in Firefox and in the test fake browser).
 * Creates the models' document once; concurrent callers share the same creation.
 */
export async function ensureOffscreen(): Promise<boolean> {
  const api = browser.offscreen;
  if (!api?.createDocument) return false;
  const url = browser.runtime.getURL(PATH);
  const existing = await browser.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'], documentUrls: [url] });
  if (existing.length) return true;
  creating ??= api
    .createDocument({ url, reasons: ['WORKERS'], justification: 'Runs the chat-understanding models (TensorFlow.js on WebGL) away from the service worker.' })
    .finally(() => (creating = undefined));
  await creating;
  return true;
}
