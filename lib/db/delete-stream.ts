import Dexie from 'dexie';
import type { LiveCopilotDb } from './db';

/**
 * Deletes a stream and everything recorded about it (events, readings, pitches, question queue,
 * suggestions, summary aggregates and its audience rows) in one transaction. A tab still showing the
 * room starts a new stream on its next capture batch.
 */
export function deleteStream(db: LiveCopilotDb, streamId: number): Promise<void> {
  const byStream = <T, K>(t: Dexie.Table<T, K>, index: string) => t.where(index).between([streamId, Dexie.minKey], [streamId, Dexie.maxKey]).delete();
  return db.transaction('rw', [db.streams, db.events, db.viewerSamples, db.pitches, db.suggestions, db.questionGroups, db.questionMembers, db.summaryStates, db.summaryMinutes, db.summaryProducts, db.streamViewers, db.tabs], async () => {
    await Promise.all([
      byStream(db.events, '[streamId+seq]'),
      byStream(db.viewerSamples, '[streamId+ts]'),
      byStream(db.pitches, '[streamId+ts]'),
      byStream(db.questionGroups, '[streamId+groupId]'),
      byStream(db.questionMembers, '[streamId+eventId]'),
      byStream(db.summaryMinutes, '[streamId+minute]'),
      byStream(db.summaryProducts, '[streamId+sku]'),
      byStream(db.streamViewers, '[streamId+name]'),
      db.suggestions.where('streamId').equals(streamId).delete(),
      db.summaryStates.delete(streamId),
      db.tabs.where('streamId').equals(streamId).modify((t) => void delete t.streamId),
    ]);
    await db.streams.delete(streamId);
  });
}
