import Dexie from 'dexie';
import type { LiveCopilotDb } from './db';
import type { StoredEvent, ViewerSample } from './schema';
import type { LiveEvent } from '../events/live-event';
import { streamPatchFor } from '../session/session';

export interface IngestResult {
  stored: number;
  duplicates: number;
}

/**
 * Writes a batch of one stream's events in a single transaction. Re-sent events (a content script
 * retrying after the worker was stopped mid-batch) are recognised by [streamId+id] and skipped, so
 * retries are safe and nothing lives only in worker memory.
 */
export function ingestEvents(db: LiveCopilotDb, streamId: number, events: LiveEvent[], now: number): Promise<IngestResult> {
  return storeEvents(db, streamId, events, now).then(({ stored, duplicates }) => ({ stored, duplicates }));
}

/** ingestEvents, also handing back the rows it wrote (seq order), so the labeller need not read them back. */
export function storeEvents(db: LiveCopilotDb, streamId: number, events: LiveEvent[], now: number): Promise<IngestResult & { rows: StoredEvent[] }> {
  return db.transaction('rw', db.streams, db.events, db.viewerSamples, async () => {
    const stream = await db.streams.get(streamId);
    if (!stream) throw new Error(`stream ${streamId} does not exist`);
    const readings = events.filter((e) => e.kind === 'viewers');
    const others = events.filter((e) => e.kind !== 'viewers');
    // Most batches are all chat (or all readings): no request for the empty half.
    const [seenEvents, seenSamples] = await Promise.all([
      others.length ? db.events.bulkGet(others.map((e) => [streamId, e.id] as [number, string])) : [],
      readings.length ? db.viewerSamples.bulkGet(readings.map((e) => [streamId, e.id] as [number, string])) : [],
    ]);
    const batchIds = new Set<string>();
    const fresh = (e: LiveEvent, seen: unknown) => {
      if (seen || batchIds.has(e.id)) return false;
      batchIds.add(e.id);
      return true;
    };
    const newOthers = others.filter((e, i) => fresh(e, seenEvents[i]));
    await raiseGiftCounts(db, streamId, others, seenEvents);
    const newReadings = readings.filter((e, i) => fresh(e, seenSamples[i]));
    const rows: StoredEvent[] = newOthers.map((e, i) => ({ ...e, streamId, seq: stream.eventCount + i }));
    const samples: ViewerSample[] = newReadings.map((e) => ({ streamId, id: e.id, ts: e.ts, viewers: e.viewers ?? 0 }));
    if (rows.length) await db.events.bulkAdd(rows);
    if (samples.length) await db.viewerSamples.bulkAdd(samples);
    await markDeleted(db, streamId, rows);
    await db.streams.update(streamId, streamPatchFor(stream, [...newOthers, ...newReadings], now));
    const stored = rows.length + samples.length;
    return { stored, duplicates: events.length - stored, rows };
  });
}

/** A gift streak re-sent with a higher "× N" keeps the max: counts are snapshots, never summed. */
async function raiseGiftCounts(db: LiveCopilotDb, streamId: number, incoming: LiveEvent[], stored: (StoredEvent | undefined)[]) {
  for (const [i, e] of incoming.entries()) {
    const old = stored[i];
    if (old && e.kind === 'gift' && (e.count ?? 0) > (old.count ?? 0)) await db.events.update([streamId, e.id], { count: e.count });
  }
}

/** Deletion events hide their target (the deletion itself is kept, so nothing is lost). */
async function markDeleted(db: LiveCopilotDb, streamId: number, rows: StoredEvent[]) {
  for (const d of rows) {
    if (d.kind === 'deletion' && d.targetId) await db.events.update([streamId, d.targetId], { deleted: true });
  }
}

/** Events of a stream in arrival order. */
export function streamEvents(db: LiveCopilotDb, streamId: number, limit?: number): Promise<StoredEvent[]> {
  const range = db.events.where('[streamId+seq]').between([streamId, Dexie.minKey], [streamId, Dexie.maxKey]);
  if (limit === undefined) return range.toArray();
  return range.reverse().limit(limit).toArray().then((rows) => rows.reverse());
}

export function viewerCurve(db: LiveCopilotDb, streamId: number): Promise<ViewerSample[]> {
  return db.viewerSamples.where('[streamId+ts]').between([streamId, Dexie.minKey], [streamId, Dexie.maxKey]).toArray();
}
