/** The side panel's reads of the question queue: small indexed ranges, never whole tables. */
import Dexie from 'dexie';
import type { LiveCopilotDb } from '../../db/db';

/** The ranked open queue of a stream, as the panel reads it (one indexed range, read in reverse: see lib/suggest/group/order.ts). */
export function openQueueQuery(db: LiveCopilotDb, streamId: number, limit = 50) {
  return db.questionGroups
    .where('[streamId+open+askerCount+count+negFirstTs]')
    // Numeric bounds: every part is a number (Dexie.maxKey inside a 5-part key is rejected by some IndexedDBs).
    .between([streamId, 1, 0, 0, -Infinity], [streamId, 1, Infinity, Infinity, Infinity])
    .reverse()
    .limit(limit)
    .toArray();
}

/** Answered groups of a stream, most recently asked first. */
export function answeredQuery(db: LiveCopilotDb, streamId: number, limit = 50) {
  return db.questionGroups
    .where('[streamId+lastTs]')
    .between([streamId, Dexie.minKey], [streamId, Dexie.maxKey])
    .reverse()
    .filter((g) => g.open === 0)
    .limit(limit)
    .toArray();
}
