import type { BrowserContext, Page } from 'playwright-core';
import type { ExtensionBrowser } from './launch';

const PIXEL = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');

/** One captured event as the capture probe prints it (stored LiveEvent, minus storage fields). */
export interface CapturedEvent {
  platform: string;
  kind: string;
  id: string;
  ts: number;
  author?: { name: string; role: string; id?: string; badges?: string[] };
  text?: string;
  amount?: number;
  currency?: string;
  count?: number;
  gift?: string;
  viewers?: number;
  product?: { ref: string; title?: string; price?: string };
  targetId?: string;
}
export interface CapturedHealth {
  state: string;
  detail: string;
}

/**
 * Serves `html` at `url` (the page's real address, so the real content-script matches apply),
 * answers images with a placeholder and aborts everything else, recording it in `blocked`.
 */
export async function routePage(context: BrowserContext, url: string, html: string, blocked: string[] = []): Promise<string[]> {
  const target = new URL(url).href;
  await context.route('**/*', (route) => {
    const req = new URL(route.request().url());
    if (req.protocol === 'chrome-extension:') return route.continue();
    if (req.href === target) return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
    if (route.request().resourceType() === 'image') return route.fulfill({ status: 200, contentType: 'image/png', body: PIXEL });
    blocked.push(req.href);
    return route.abort('blockedbyclient');
  });
  return blocked;
}

/** Everything capture stored for the tab showing `url`: events and viewer readings in capture order, and health. */
export async function readCapture(b: ExtensionBrowser, url: string): Promise<{ events: CapturedEvent[]; health?: CapturedHealth }> {
  const sw = await b.serviceWorker();
  const tabId = await sw.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u || t.url?.startsWith(u))?.id, url);
  const page = await extensionPage(b);
  return page.evaluate(async (tab) => {
    const db = await new Promise<IDBDatabase>((ok, fail) => {
      const r = indexedDB.open('live-copilot');
      r.onsuccess = () => ok(r.result);
      r.onerror = () => fail(r.error);
    });
    const all = <T,>(store: string) =>
      new Promise<T[]>((ok, fail) => {
        const r = db.transaction(store).objectStore(store).getAll();
        r.onsuccess = () => ok(r.result as T[]);
        r.onerror = () => fail(r.error);
      });
    type Row = Record<string, unknown> & { streamId: number; seq?: number; ts: number; id: string };
    const tabs = await all<{ tabId: number; streamId?: number; frames: Record<string, { state: string; detail: string; updatedAt: number }> }>('tabs');
    const t = tabs.find((x) => x.tabId === tab);
    const streamId = t?.streamId;
    const events = (await all<Row>('events')).filter((e) => e.streamId === streamId).sort((a, b) => (a.seq ?? 0) - (b.seq ?? 0));
    const samples = (await all<Row>('viewerSamples')).filter((e) => e.streamId === streamId);
    const platform = String(events[0]?.platform ?? '');
    const readings = samples.map((s) => ({ platform, kind: 'viewers', id: s.id, ts: s.ts, viewers: s.viewers }));
    // Merge viewer readings into the event order by time (stable: events keep their seq order).
    const merged: Record<string, unknown>[] = [];
    let j = 0;
    const byTs = readings.sort((a, b) => a.ts - b.ts);
    for (const e of events) {
      while (j < byTs.length && byTs[j]!.ts < e.ts) merged.push(byTs[j++]!);
      const { streamId: _s, seq: _q, deleted: _d, labels: _l, streamKey: _k, ...rest } = e;
      merged.push(rest);
    }
    merged.push(...byTs.slice(j));
    const frames = Object.values(t?.frames ?? {});
    const rank: Record<string, number> = { attached: 5, ended: 4, wall: 3, 'no-rows': 2, waiting: 1, unsupported: 0 };
    const best = frames.sort((a, b) => (rank[b.state] ?? 0) - (rank[a.state] ?? 0) || b.updatedAt - a.updatedAt)[0];
    db.close();
    return { events: merged as unknown as CapturedEvent[], health: best ? { state: best.state, detail: best.detail } : undefined };
  }, tabId ?? -1);
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
