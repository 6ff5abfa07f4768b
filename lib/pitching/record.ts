/** The worker side of page pitches: after a capture batch is stored, record what its product events start pitching. */
import Dexie from 'dexie';
import type { LiveCopilotDb } from '../db/db';
import { streamCatalog } from '../db/stream-catalog';
import type { LiveEvent } from '../events/live-event';
import { catalogProductResolver } from '../summary/context';
import { pagePitches } from './page-pitch';

export async function recordPagePitches(db: LiveCopilotDb, streamId: number, events: readonly LiveEvent[]): Promise<number> {
  const sightings = events.flatMap((e) => (e.kind === 'product' && e.product ? [{ ts: e.ts, ref: e.product.ref, title: e.product.title }] : []));
  if (!sightings.length) return 0;
  return db.transaction('rw', db.products, db.streams, db.pitches, async () => {
    const [catalog, last] = await Promise.all([
      streamCatalog(db, streamId).then((c) => c.products),
      db.pitches.where('[streamId+ts]').between([streamId, Dexie.minKey], [streamId, Dexie.maxKey]).last(),
    ]);
    // Runs inside the capture write (capture-handlers.ts): a throw here must not take the batch's
    // events down with it, so an unreadable sighting records no pitch instead.
    let marks: ReturnType<typeof pagePitches> = [];
    try {
      marks = pagePitches(last?.sku ?? null, sightings, catalogProductResolver(catalog));
    } catch (e) {
      console.warn('[live-copilot] page pitch not recorded', e);
    }
    await db.pitches.bulkAdd(marks.map((m) => ({ streamId, ts: m.ts, sku: m.sku, source: 'page' as const })));
    return marks.length;
  });
}
