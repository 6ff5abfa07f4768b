import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from '../harness/launch';

export interface StoredRow {
  streamId: number;
  seq: number;
  id: string;
  kind: string;
  text?: string;
  author?: { name: string; role: string };
  amount?: number;
  currency?: string;
  count?: number;
  targetId?: string;
  deleted?: boolean;
  labels?: { sentiment: string; intent: string };
}
export interface StoredStream {
  id: number;
  platform: string;
  roomKey: string;
  title?: string;
  commentCount: number;
  eventCount: number;
  endedAt?: number;
  peakViewers?: number;
}

/** The browser tab showing a URL (the side panel follows a tab by id). */
export async function tabIdOf(b: ExtensionBrowser, urlPrefix: string): Promise<number> {
  const sw = await b.serviceWorker();
  const id = await sw.evaluate(async (prefix) => (await chrome.tabs.query({})).find((t) => t.url?.startsWith(prefix))?.id, urlPrefix);
  if (id === undefined) throw new Error(`no tab shows ${urlPrefix}`);
  return id;
}

/** Reads the extension's IndexedDB from one of its pages: what was really stored. */
export async function readStore(page: Page): Promise<{ streams: StoredStream[]; events: StoredRow[] }> {
  return page.evaluate(async () => {
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
    const out = { streams: await all<StoredStream>('streams'), events: await all<StoredRow>('events') };
    db.close();
    out.events.sort((a, b) => a.streamId - b.streamId || a.seq - b.seq);
    return out;
  });
}
