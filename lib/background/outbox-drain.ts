/**
 * Delivers the copies content scripts left in storage.local (lib/capture/outbox-store.ts) when their
 * page went away before the worker took the events: a crashed renderer, a closed tab, a browser that
 * quit or restarted. A copy whose heartbeat stopped is validated like a capture message, stored in
 * the stream that was live when its events happened (duplicates of what did arrive are dropped by
 * id), and removed.
 */
import { browser } from 'wxt/browser';
import { CAPTURE_LIMITS } from '../capture/limits';
import { isSegmentKey, OUTBOX_KEY_PREFIX, segmentKey, type StoredOutbox } from '../capture/outbox-store';
import type { LiveCopilotDb } from '../db/db';
import { storeEvents } from '../db/events-repo';
import type { StoredEvent, StreamRecord } from '../db/schema';
import { attachStream } from '../db/streams-repo';
import { SILENCE_MS } from '../session/session';
import { batchProblem, checkEvents } from './capture-trust';

/** A copy not refreshed for this long belongs to a page that is gone (live pages refresh every 3 s). */
export const ORPHAN_AFTER_MS = 10_000;
/** A stream starts when its first batch arrives, a moment after its first events happened. */
const START_SLACK_MS = 60_000;

type Area = Pick<typeof browser.storage.local, 'get' | 'remove'>;

export interface DrainDeps {
  db: LiveCopilotDb;
  now: () => number;
  afterIngest?: (streamId: number, rows?: StoredEvent[]) => void;
  /** Writes one batch; the worker passes its storage-full handling (retention.ts). */
  store?: typeof storeEvents;
  area?: Area;
}

/** The stream of a room that was live at `ts`: the newest one started by then (give or take a minute) that had not ended long before. */
export function streamAt(streams: readonly StreamRecord[], ts: number): StreamRecord | undefined {
  return [...streams]
    .sort((a, b) => b.startedAt - a.startedAt)
    .find((s) => s.startedAt - START_SLACK_MS <= ts && ts <= (s.endedAt ?? s.lastEventAt) + SILENCE_MS);
}

export interface DrainResult {
  /** Copies delivered and removed. */
  drained: number;
  stored: number;
  /** Copies of pages that may still be alive (heartbeat recent): looked at again later. */
  live: number;
  /** Copies that were unreadable: removed, with the reason (the content script's own data, never a page's). */
  discarded: string[];
}

export async function drainOrphanOutboxes({ db, now, afterIngest, store = storeEvents, area = browser.storage.local }: DrainDeps): Promise<DrainResult> {
  const all = (await area.get(null)) as Record<string, unknown>;
  const out: DrainResult = { drained: 0, stored: 0, live: 0, discarded: [] };
  for (const [key, value] of Object.entries(all)) {
    if (!key.startsWith(OUTBOX_KEY_PREFIX)) continue;
    if (isSegmentKey(key)) {
      // A segment is removed with its header, or after its header stopped listing it (delivered):
      // one without a header holds nothing that waits.
      if (!(key.slice(0, key.lastIndexOf('#')) in all)) await area.remove(key);
      continue;
    }
    const copy = value as Partial<StoredOutbox> | null;
    if (copy?.closing !== true && typeof copy?.beatAt === 'number' && now() - copy.beatAt < ORPHAN_AFTER_MS) {
      out.live++;
      continue;
    }
    const parts = Object.keys(all).filter((k) => k.startsWith(`${key}#`));
    const segments = copy?.segments;
    const problem =
      batchProblem({ ...copy, events: [] }) ??
      (copy?.events !== undefined && !Array.isArray(copy.events) ? 'events is not a list' : null) ??
      (segments !== undefined && !(Array.isArray(segments) && segments.every((n) => Number.isInteger(n))) ? 'segments is not a list of numbers' : null) ??
      (copy?.events === undefined && segments === undefined ? 'no events' : null);
    if (problem) {
      out.discarded.push(`${key}: ${problem}`);
      await area.remove([key, ...parts]);
      continue;
    }
    const listed = (segments ?? []).map((n) => all[segmentKey(key, n)]);
    if (listed.some((p) => !Array.isArray(p))) {
      out.discarded.push(`${key}: a segment is missing or not a list`);
      await area.remove([key, ...parts]);
      continue;
    }
    const events = [...(copy!.events ?? []), ...(listed as unknown[][]).flat()];
    const c = copy as StoredOutbox;
    // Chunks of at most one capture message, each checked as one.
    for (let i = 0; i < events.length; i += CAPTURE_LIMITS.batch) {
      const { valid } = checkEvents(events.slice(i, i + CAPTURE_LIMITS.batch), c.roomKey, c.platform);
      if (!valid.length) continue;
      const room = await db.streams.where('roomKey').equals(c.roomKey).toArray();
      const t = now();
      const streamId = streamAt(room, valid[0]!.ts)?.id ?? (await attachStream(db, { roomKey: c.roomKey, platform: c.platform, url: c.url, title: c.title }, t)).id!;
      const { rows, stored } = await store(db, streamId, valid, t);
      out.stored += stored;
      if (stored) afterIngest?.(streamId, rows);
    }
    // Removed only once everything in it is stored: a failure leaves it for the next round.
    await area.remove([key, ...parts]);
    out.drained++;
  }
  return out;
}

/** Whether a storage.local change holds a copy its page wrote as it went away (a reload, a closed tab). */
export function closingCopyIn(changes: Record<string, { newValue?: unknown }>): boolean {
  return Object.entries(changes).some(([k, c]) => k.startsWith(OUTBOX_KEY_PREFIX) && !isSegmentKey(k) && (c.newValue as Partial<StoredOutbox> | undefined)?.closing === true);
}

export interface OutboxDrain {
  stop(): void;
  /**
   * Resolves once no copy a page wrote as it went away waits for delivery: capture writes wait for
   * it, so a reloaded page's rows follow the rows its previous page left. The periodic sweep for
   * crashed pages holds nothing up.
   */
  idle(): Promise<void>;
}

/**
 * Drains at worker start, every few seconds while the worker runs (a browser restart leaves copies
 * whose heartbeat only just stopped), and at once when a page writes its copy as it goes away.
 */
export function startOutboxDrain(deps: DrainDeps, everyMs = ORPHAN_AFTER_MS, onClosing?: (kick: () => void) => void): OutboxDrain {
  let running: Promise<void> | null = null;
  let again = false;
  // A closing copy was announced and no round that began after the announcement has finished yet.
  let owed = false;
  let serving = false;
  const round = async () => {
    try {
      const r = await drainOrphanOutboxes(deps);
      if (r.drained || r.discarded.length) console.info('[live-copilot] delivered events left by closed pages', r);
    } catch (e) {
      console.warn('[live-copilot] could not deliver events left by closed pages; will retry', e);
    }
  };
  const tick = (): void => {
    // A copy that closes while a round runs may have been read before it was written: one more round.
    if (running) {
      again = true;
      return;
    }
    running = (async () => {
      do {
        again = false;
        serving = owed;
        owed = false;
        await round();
        serving = false;
      } while (again);
      running = null;
    })();
  };
  tick();
  onClosing?.(() => {
    owed = true;
    tick();
  });
  const timer = setInterval(tick, everyMs);
  return {
    stop: () => clearInterval(timer),
    idle: async () => {
      while (running && (owed || serving)) await running;
    },
  };
}
