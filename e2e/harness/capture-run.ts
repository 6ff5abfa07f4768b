import type { BrowserContext, Page } from 'playwright-core';
import type { LiveEvent } from '../../lib/events/live-event';
import { adapterFor } from '../../lib/platforms/registry';
import type { ExtensionBrowser } from './launch';
import { dumpStores } from '../pages/extension';

const PIXEL = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');

/** One captured event as the capture probe prints it: the stored LiveEvent minus storage fields. */
export type CapturedEvent = Omit<LiveEvent, 'streamKey'>;
export interface CapturedHealth {
  state: string;
  detail: string;
}

/**
 * Serves `html` at `url` (the page's real address, so the real content-script matches apply),
 * answers images with a placeholder and aborts everything else, recording it in `blocked`.
 */
export function routePage(context: BrowserContext, url: string, html: string, blocked: string[] = []): Promise<string[]> {
  return routePages(context, [{ url, html }], blocked);
}

/** routePage for several pages at once (scenarios whose runs overlap). */
export async function routePages(context: BrowserContext, pages: readonly { url: string; html: string }[], blocked: string[] = []): Promise<string[]> {
  const served = new Map(pages.map((p) => [new URL(p.url).href, p.html]));
  await context.route('**/*', (route) => {
    const req = new URL(route.request().url());
    if (req.protocol === 'chrome-extension:') return route.continue();
    const html = served.get(req.href);
    if (html !== undefined) return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
    if (route.request().resourceType() === 'image') return route.fulfill({ status: 200, contentType: 'image/png', body: PIXEL });
    blocked.push(req.href);
    return route.abort('blockedbyclient');
  });
  return blocked;
}

interface StoredTab {
  tabId: number;
  streamId?: number;
  frames: Record<string, CapturedHealth & { updatedAt: number }>;
}
type StoredRow = CapturedEvent & { streamId: number; seq?: number; streamKey?: string; deleted?: boolean; labels?: unknown };
type StoredSample = { streamId: number; id: string; ts: number; viewers: number };

const RANK: Record<string, number> = { attached: 5, ended: 4, wall: 3, 'no-rows': 2, waiting: 1, unsupported: 0 };

/** Everything capture stored for the tab showing `url`: events and viewer readings in capture order, and health. */
export async function readCapture(b: ExtensionBrowser, url: string): Promise<{ events: CapturedEvent[]; health?: CapturedHealth }> {
  const sw = await b.serviceWorker();
  const tabId = await sw.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u || t.url?.startsWith(u))?.id, url);
  const db = await dumpStores<{ tabs: StoredTab[]; events: StoredRow[]; viewerSamples: StoredSample[] }>(await extensionPage(b), ['tabs', 'events', 'viewerSamples']);
  const tab = db.tabs.find((t) => t.tabId === tabId);
  const mine = <T extends { streamId: number }>(rows: T[]) => rows.filter((r) => tab?.streamId !== undefined && r.streamId === tab.streamId);
  const events = mine(db.events).sort((a, b) => (a.seq ?? 0) - (b.seq ?? 0));
  const platform = events[0]?.platform ?? adapterFor(url)?.adapter.platform;
  const readings: CapturedEvent[] = mine(db.viewerSamples)
    .sort((a, b) => a.ts - b.ts)
    .flatMap((s) => (platform ? [{ platform, kind: 'viewers' as const, id: s.id, ts: s.ts, viewers: s.viewers }] : []));
  // Viewer readings merge into the event order by time; events keep their arrival (seq) order.
  const merged: CapturedEvent[] = [];
  let j = 0;
  for (const { streamId: _s, seq: _q, deleted: _d, labels: _l, streamKey: _k, ...e } of events) {
    while (j < readings.length && readings[j]!.ts < e.ts) merged.push(readings[j++]!);
    merged.push(e);
  }
  merged.push(...readings.slice(j));
  const best = Object.values(tab?.frames ?? {}).sort((a, b) => (RANK[b.state] ?? 0) - (RANK[a.state] ?? 0) || b.updatedAt - a.updatedAt)[0];
  return { events: merged, health: best ? { state: best.state, detail: best.detail } : undefined };
}

let cached: Page | undefined;
async function extensionPage(b: ExtensionBrowser): Promise<Page> {
  if (cached && !cached.isClosed() && cached.context() === b.context) return cached;
  cached = await b.context.newPage();
  await cached.goto(`chrome-extension://${b.extensionId}/popup.html`);
  // tsx (esbuild keepNames) wraps named functions in __name(): give evaluated code that helper.
  await cached.evaluate('globalThis.__name = (f) => f');
  return cached;
}

/** Waits until the fixture page's replay finished and the stored event count stopped changing. */
export async function settleCapture(b: ExtensionBrowser, page: Page, url: string, quietMs = 1200, timeout = 60_000) {
  await page.waitForSelector('html[data-replay=done]', { state: 'attached', timeout });
  let last = -1;
  let stableSince = Date.now();
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    const n = (await readCapture(b, url)).events.filter((e) => e.kind !== 'viewers').length;
    if (n !== last) {
      last = n;
      stableSince = Date.now();
    } else if (Date.now() - stableSince >= quietMs) return;
    await new Promise((r) => setTimeout(r, 200));
  }
}
