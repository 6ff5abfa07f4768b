import { browser } from 'wxt/browser';
import type { LiveEvent, PlatformId } from '../events/live-event';
import type { OutboxPersistence } from './outbox';

/** storage.local keys of the outboxes' copies: `outbox:<page instance>`. */
export const OUTBOX_KEY_PREFIX = 'outbox:';

/** What a content script's outbox leaves in storage.local while events wait for the worker. */
export interface StoredOutbox {
  roomKey: string;
  platform: PlatformId;
  url: string;
  title?: string;
  events: LiveEvent[];
  /** Last write (epoch ms): a copy not refreshed for a while belongs to a page that is gone. */
  beatAt: number;
}

type Area = Pick<typeof browser.storage.local, 'set' | 'remove'>;

/**
 * The content script's side: a copy of the waiting events in storage.local (content scripts cannot
 * open the extension's IndexedDB), so events survive the page, the worker and the browser.
 */
export function outboxStore(
  key: string,
  header: () => Omit<StoredOutbox, 'events' | 'beatAt'>,
  area: Area = browser.storage.local,
  now: () => number = Date.now,
): OutboxPersistence<LiveEvent> {
  const k = OUTBOX_KEY_PREFIX + key;
  return {
    save: (events) => area.set({ [k]: { ...header(), events, beatAt: now() } satisfies StoredOutbox }),
    clear: () => area.remove(k),
  };
}
