/**
 * The worker's storage-full handling and retention sweep. Every event write goes through `store`:
 * when it hits the quota, the oldest finished stream is deleted (if the user allows it) and the
 * write tried again; when nothing can be deleted the write fails, so the page's outbox keeps the
 * events (and its copy) and sends them again until a write succeeds. The state is shown to the
 * user (storage-health.ts: side panel and Options). `sweep` applies the retention settings.
 */
import { deleteStream } from '../db/delete-stream';
import type { LiveCopilotDb } from '../db/db';
import { storeEvents } from '../db/events-repo';
import type { LiveEvent } from '../events/live-event';
import { isQuotaError, planQuotaPrune, planRetention, type StreamFacts } from '../retention/policy';
import type { StorageHealth } from '../retention/storage-health';
import type { Settings } from '../settings/settings';

/** Streams deleted for one failed write at most, before the write is given up (and retried by the page). */
const MAX_PRUNES_PER_WRITE = 3;

export interface RetentionDeps {
  db: LiveCopilotDb;
  now: () => number;
  settings: () => Promise<Pick<Settings, 'retentionDays' | 'retentionMB' | 'pruneWhenFull'>>;
  health: { get(): Promise<StorageHealth>; set(h: StorageHealth): Promise<void> };
  /** Bytes the browser counts against the extension (navigator.storage.estimate). */
  usage: () => Promise<number>;
  /** The test switch (quota-switch.ts): throws a simulated quota error when set. */
  beforeWrite?: () => void;
}

export class StorageFullError extends Error {
  override name = 'StorageFullError';
}

export function createRetention(d: RetentionDeps) {
  // Mirrors the stored flag so a healthy write costs no storage access.
  let full: boolean | undefined;
  const isFull = async () => (full ??= (await d.health.get()).fullSince !== undefined);
  const update = async (patch: (h: StorageHealth) => StorageHealth) => d.health.set(patch(await d.health.get()));
  const noteDeleted = (streams: number, reason: 'quota' | 'retention') =>
    update((h) => ({ ...h, pruned: { at: d.now(), streams: reason === h.pruned?.reason && d.now() - h.pruned.at < 60_000 ? h.pruned.streams + streams : streams, reason } }));

  const facts = async (): Promise<StreamFacts[]> =>
    (await d.db.streams.toArray()).flatMap((s) => (s.id === undefined ? [] : [{ id: s.id, startedAt: s.startedAt, endedAt: s.endedAt, lastEventAt: s.lastEventAt, eventCount: s.eventCount }]));

  let lock: Promise<unknown> = Promise.resolve();
  const exclusive = <T>(fn: () => Promise<T>): Promise<T> => {
    const p = lock.then(fn, fn);
    lock = p.catch(() => undefined);
    return p;
  };

  /**
   * Runs one event write with the storage-full handling: on a quota error the oldest finished
   * stream (never `writing`'s, asked only then) is deleted and the write run again.
   */
  async function guard<T>(write: () => Promise<T>, writing: () => Promise<number | undefined>): Promise<T> {
    for (let pruned = 0; ; ) {
      try {
        d.beforeWrite?.();
        const out = await write();
        if (await isFull()) {
          full = false;
          await update(({ fullSince: _, ...rest }) => rest);
        }
        return out;
      } catch (e) {
        if (!isQuotaError(e)) throw e;
        // One prune at a time: two writes failing together (a page's message and the outbox drain)
        // must not both pick the same oldest stream from the same reading and free only one.
        const victim =
          pruned < MAX_PRUNES_PER_WRITE
            ? await exclusive(async () => {
                const v = planQuotaPrune(await facts(), (await writing()) ?? -1, d.now(), (await d.settings()).pruneWhenFull);
                if (v !== undefined) {
                  await deleteStream(d.db, v);
                  await noteDeleted(1, 'quota');
                }
                return v;
              })
            : undefined;
        if (victim === undefined) {
          if (!(await isFull())) {
            full = true;
            await update((h) => ({ ...h, fullSince: d.now() }));
          }
          throw new StorageFullError('Storage is full: the events wait in the page and are written when there is room.');
        }
        pruned++;
      }
    }
  }

  /** storeEvents with the storage-full handling; same arguments and result. */
  const store = (db: LiveCopilotDb, streamId: number, events: LiveEvent[], now: number): ReturnType<typeof storeEvents> =>
    guard(() => storeEvents(db, streamId, events, now), async () => streamId);

  /** Deletes what the retention settings no longer keep; returns how many streams went. */
  async function sweep(): Promise<number> {
    const s = await d.settings();
    if (!s.retentionDays && !s.retentionMB) return 0;
    const ids = planRetention(await facts(), { days: s.retentionDays, maxMB: s.retentionMB }, d.now(), s.retentionMB ? await d.usage() : 0);
    for (const id of ids) await deleteStream(d.db, id);
    if (ids.length) await noteDeleted(ids.length, 'retention');
    return ids.length;
  }

  return { store, guard, sweep };
}
