/**
 * IndexedDB write throughput through the worker's own write path (storeEvents, batches as capture
 * sends them) and the labeller's (bulk label updates), on a scratch database deleted afterwards.
 */
import { LiveCopilotDb } from '@/lib/db/db';
import { storeEvents } from '@/lib/db/events-repo';
import { attachStream } from '@/lib/db/streams-repo';
import type { LiveEvent } from '@/lib/events/live-event';

export interface IdbWriteResult {
  events: number;
  batch: number;
  /** Events stored per second (capture write path, one transaction per batch). */
  eventsPerSec: number;
  /** Labels written per second (one bulk update + progress per transaction, as the labeller). */
  labelsPerSec: number;
}

export async function idbWrites(opts: { events: number; batch: number; labelBatch: number }): Promise<IdbWriteResult> {
  const db = new LiveCopilotDb(`bench-idb-${Date.now()}`);
  try {
    const s = await attachStream(db, { roomKey: 'youtube:bench-idb', platform: 'youtube', url: 'https://www.youtube.com/live_chat?v=bench-idb' }, Date.now());
    const ev = (i: number): LiveEvent => ({ platform: 'youtube', streamKey: 'youtube:bench-idb', kind: 'comment', id: `idb-${i}`, ts: Date.now(), author: { name: `viewer${i % 500}`, role: 'viewer' }, text: `how much is number ${i % 40}? looks great 🔥` });
    const t0 = performance.now();
    for (let i = 0; i < opts.events; i += opts.batch) await storeEvents(db, s.id!, Array.from({ length: Math.min(opts.batch, opts.events - i) }, (_x, j) => ev(i + j)), Date.now());
    const writeMs = performance.now() - t0;
    const label = { lang: 'en' as const, sentiment: 'neutral' as const, sentimentScore: 0.8, intent: 'ask_price' as const, intentScore: 0.7 };
    const t1 = performance.now();
    for (let i = 0; i < opts.events; i += opts.labelBatch) {
      const n = Math.min(opts.labelBatch, opts.events - i);
      await db.transaction('rw', db.events, db.streams, async () => {
        await db.events.bulkUpdate(Array.from({ length: n }, (_x, j) => ({ key: [s.id!, `idb-${i + j}`] as [number, string], changes: { labels: label } })));
        await db.streams.update(s.id!, { labelledSeq: i + n - 1 });
      });
    }
    const labelMs = performance.now() - t1;
    return { events: opts.events, batch: opts.batch, eventsPerSec: Math.round((1000 * opts.events) / writeMs), labelsPerSec: Math.round((1000 * opts.events) / labelMs) };
  } finally {
    await db.delete();
  }
}
