/** The FAQ auto-answer log (lib/faq): small indexed reads for the panel, and the export. */
import Dexie from 'dexie';
import type { LiveCopilotDb } from './db';
import type { FaqLogRecord } from './schema';

/** A stream's latest decisions, newest first. */
export const recentFaqLog = (db: LiveCopilotDb, streamId: number, limit: number): Promise<FaqLogRecord[]> =>
  db.faqLog.where('[streamId+ts]').between([streamId, Dexie.minKey], [streamId, Dexie.maxKey]).reverse().limit(limit).toArray();

/** Replies waiting for the host's click, oldest first. */
export const pendingFaqReplies = (db: LiveCopilotDb, streamId: number): Promise<FaqLogRecord[]> =>
  db.faqLog.where('[streamId+status]').equals([streamId, 'pending']).sortBy('ts');

/** Every decision of a stream in time order (the export). */
export const streamFaqLog = (db: LiveCopilotDb, streamId: number): Promise<FaqLogRecord[]> =>
  db.faqLog.where('[streamId+ts]').between([streamId, Dexie.minKey], [streamId, Dexie.maxKey]).toArray();

/** Decisions of every stream since `ts` (rebuilding the limiter after a worker restart). */
export const faqLogSince = (db: LiveCopilotDb, ts: number): Promise<FaqLogRecord[]> => db.faqLog.where('ts').above(ts).toArray();
