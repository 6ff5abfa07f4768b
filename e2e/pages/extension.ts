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

/**
 * Dumps whole object stores of the extension's IndexedDB, read from one of its pages; with `fields`,
 * each row keeps only those (picked in the page: 10,000 labelled rows cost seconds to hand over).
 */
export function dumpStores<T extends Record<string, unknown[]>>(page: Page, stores: (keyof T & string)[], fields?: string[]): Promise<T> {
  return page.evaluate(async ([names, keep]) => {
    const db = await new Promise<IDBDatabase>((ok, fail) => {
      const r = indexedDB.open('live-copilot');
      r.onsuccess = () => ok(r.result);
      r.onerror = () => fail(r.error);
    });
    const out: Record<string, unknown[]> = {};
    for (const name of names)
      out[name] = await new Promise<unknown[]>((ok, fail) => {
        const r = db.transaction(name).objectStore(name).getAll();
        r.onsuccess = () => ok(keep ? (r.result as Record<string, unknown>[]).map((row) => Object.fromEntries(keep.map((k) => [k, row[k]]))) : (r.result as unknown[]));
        r.onerror = () => fail(r.error);
      });
    db.close();
    return out;
  }, [stores, fields] as const) as Promise<T>;
}

/** What was really stored: streams, and events in stream then arrival order. */
export async function readStore(page: Page): Promise<{ streams: StoredStream[]; events: StoredRow[] }> {
  const out = await dumpStores<{ streams: StoredStream[]; events: StoredRow[] }>(page, ['streams', 'events']);
  out.events.sort((a, b) => a.streamId - b.streamId || a.seq - b.seq);
  return out;
}
