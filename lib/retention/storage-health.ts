/**
 * What the user must be told about storage: the database is full (new events wait in the pages),
 * or streams were deleted to make room. Kept in storage.local, not IndexedDB: it must be writable
 * when IndexedDB is not, and every page reads and watches it.
 */
import { browser } from 'wxt/browser';

export const STORAGE_HEALTH_KEY = 'storageHealth';

export interface StorageHealth {
  /** Since when event writes fail for lack of space (absent: they succeed). */
  fullSince?: number;
  /** The last deletion made to keep within the retention settings or to make room. */
  pruned?: { at: number; streams: number; reason: 'quota' | 'retention' };
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** Stored values are untrusted (an older version, a hand edit): anything malformed reads as healthy. */
export function normaliseHealth(v: unknown): StorageHealth {
  if (!isObj(v)) return {};
  const out: StorageHealth = {};
  if (typeof v.fullSince === 'number') out.fullSince = v.fullSince;
  const p = v.pruned;
  if (isObj(p) && typeof p.at === 'number' && typeof p.streams === 'number' && (p.reason === 'quota' || p.reason === 'retention')) out.pruned = { at: p.at, streams: p.streams, reason: p.reason };
  return out;
}

export async function getStorageHealth(): Promise<StorageHealth> {
  return normaliseHealth((await browser.storage.local.get(STORAGE_HEALTH_KEY))[STORAGE_HEALTH_KEY]);
}

export function setStorageHealth(h: StorageHealth): Promise<void> {
  return browser.storage.local.set({ [STORAGE_HEALTH_KEY]: h });
}

export function watchStorageHealth(cb: (h: StorageHealth) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && changes[STORAGE_HEALTH_KEY]) cb(normaliseHealth(changes[STORAGE_HEALTH_KEY].newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
