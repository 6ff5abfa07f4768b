import { browser } from 'wxt/browser';
import type { LiveEvent, PlatformId } from '../events/live-event';
import type { OutboxPersistence } from './outbox';

/** storage.local keys of the outboxes' copies: `outbox:<page instance>`, its segments `outbox:<page instance>#<n>`. */
export const OUTBOX_KEY_PREFIX = 'outbox:';
const SEGMENT_MARK = '#';

/** The storage.local key of segment `n` of the copy stored under `key`. */
export const segmentKey = (key: string, n: number) => `${key}${SEGMENT_MARK}${n}`;
/** Whether a storage.local key is a copy's segment (not its header). */
export const isSegmentKey = (key: string) => key.startsWith(OUTBOX_KEY_PREFIX) && key.includes(SEGMENT_MARK);

/** What a content script's outbox leaves in storage.local while events wait for the worker (the header). */
export interface StoredOutbox {
  roomKey: string;
  platform: PlatformId;
  url: string;
  title?: string;
  /** Events kept in the header itself (copies written before segments existed, and tests). */
  events?: LiveEvent[];
  /** The copy's segments in order: each is a list of events under segmentKey(key, n). */
  segments?: number[];
  /** Last write (epoch ms): a copy not refreshed for a while belongs to a page that is gone. */
  beatAt: number;
  /** Written as the page went away (pagehide): delivered at once, not after the heartbeat stops. */
  closing?: boolean;
}

type Area = Pick<typeof browser.storage.local, 'set' | 'remove'>;

/**
 * The content script's side: a copy of the waiting events in storage.local (content scripts cannot
 * open the extension's IndexedDB), so events survive the page, the worker and the browser. The
 * header and the segments it lists are written in one set() (storage.local applies it as one), so
 * the worker never reads a header naming a segment not yet there.
 */
export function outboxStore(
  key: string,
  header: () => Omit<StoredOutbox, 'events' | 'segments' | 'beatAt'>,
  area: Area = browser.storage.local,
  now: () => number = Date.now,
): OutboxPersistence<LiveEvent> {
  const k = OUTBOX_KEY_PREFIX + key;
  return {
    async write({ put, drop, segments, closing }) {
      if (!segments.length) return area.remove([k, ...drop.map((n) => segmentKey(k, n))]);
      const parts = Object.fromEntries(put.map((p) => [segmentKey(k, p.segment), p.items]));
      await area.set({ [k]: { ...header(), segments, beatAt: now(), ...(closing ? { closing } : {}) } satisfies StoredOutbox, ...parts });
      if (drop.length) await area.remove(drop.map((n) => segmentKey(k, n)));
    },
  };
}
