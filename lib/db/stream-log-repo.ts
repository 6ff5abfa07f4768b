import Dexie from 'dexie';
import type { LiveCopilotDb } from './db';
import { ingestEvents, streamEvents, viewerCurve } from './events-repo';
import type { PitchRecord } from './schema';
import { serializeEventLog } from '../events/event-log';
import { streamToLog } from '../stream-log/to-log';
import type { StreamPlan } from '../stream-log/plan-import';

export const streamPitches = (db: LiveCopilotDb, streamId: number): Promise<PitchRecord[]> =>
  db.pitches.where('[streamId+ts]').between([streamId, Dexie.minKey], [streamId, Dexie.maxKey]).toArray();

/** A stream as event-log text (formats.md), with a file name for the download; null if it does not exist. */
export async function exportStreamLog(db: LiveCopilotDb, streamId: number): Promise<{ fileName: string; text: string } | null> {
  const stream = await db.streams.get(streamId);
  if (!stream) return null;
  const [events, samples, pitches] = await Promise.all([streamEvents(db, streamId), viewerCurve(db, streamId), streamPitches(db, streamId)]);
  const room = stream.roomKey.replace(/[^\p{L}\p{N}._-]+/gu, '_');
  const date = new Date(stream.startedAt).toISOString().slice(0, 16).replace(/[T:]/g, '-');
  return { fileName: `${room}-${date}.jsonl`, text: serializeEventLog(streamToLog(stream, events, samples, pitches)) };
}

/**
 * Creates one ended stream per plan, with its events (in log order, labels kept), viewer readings
 * and pitches, all in one transaction: a failure stores nothing. Returns the new stream ids.
 */
export function importStreamPlans(db: LiveCopilotDb, plans: readonly StreamPlan[], source: string): Promise<number[]> {
  return db.transaction('rw', [db.streams, db.events, db.viewerSamples, db.pitches], async () => {
    const ids: number[] = [];
    for (const p of plans) {
      const title = plans.length > 1 ? `${source} (${p.streamKey})` : source;
      const id = (await db.streams.add({
        roomKey: p.streamKey, platform: p.platform, url: '', title, importedFrom: source,
        startedAt: p.firstTs, lastEventAt: p.firstTs, eventCount: 0, commentCount: 0,
      })) as number;
      // The same write path as live capture: order, de-duplication, deletions, counters.
      await ingestEvents(db, id, p.events, p.firstTs);
      await db.streams.update(id, { lastEventAt: p.lastTs, endedAt: p.lastTs, endReason: 'imported' });
      await db.pitches.bulkAdd(p.pitches.map((x) => ({ streamId: id, ts: x.ts, sku: x.sku, source: 'import' as const })));
      ids.push(id);
    }
    return ids;
  });
}
