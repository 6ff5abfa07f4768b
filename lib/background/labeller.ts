import Dexie from 'dexie';
import type { LiveCopilotDb } from '../db/db';
import type { StoredEvent } from '../db/schema';
import type { CommentLabels } from '../ml/labels';

/** Event kinds whose text the models label. */
const LABELLED = new Set<StoredEvent['kind']>(['comment', 'superchat', 'membership']);
export const LABEL_BATCH = 64;

export type Classify = (texts: string[]) => Promise<(CommentLabels | null)[]>;
/** Called with each stored batch (seq order, labels applied) once it is committed: the question queue. */
export type AfterLabel = (streamId: number, rows: StoredEvent[]) => Promise<void>;

/**
 * Labels one batch of a stream's not-yet-labelled events. Progress lives in the stream record, so a
 * stopped worker resumes where it was. When the models give nothing back (failed to load), progress
 * is not advanced: the events stay stored, unlabelled, and are labelled once the models work.
 * Returns whether more events are waiting.
 */
export async function labelNextBatch(db: LiveCopilotDb, streamId: number, classify: Classify, afterLabel?: AfterLabel): Promise<boolean> {
  const stream = await db.streams.get(streamId);
  if (!stream) return false;
  const from = (stream.labelledSeq ?? -1) + 1;
  const rows = await db.events.where('[streamId+seq]').between([streamId, from], [streamId, Dexie.maxKey]).limit(LABEL_BATCH).toArray();
  if (!rows.length) return false;
  // Events that came with labels (an imported event log) keep them: formats.md uses given labels as given.
  const targets = rows.filter((r) => LABELLED.has(r.kind) && r.text && !r.labels);
  const labels = targets.length ? await classify(targets.map((t) => t.text ?? '')) : [];
  if (targets.length && labels.every((l) => l === null)) return false;
  await db.transaction('rw', db.events, db.streams, async () => {
    for (const [i, t] of targets.entries()) {
      const l = labels[i];
      if (l) await db.events.update([streamId, t.id], { labels: l });
    }
    await db.streams.update(streamId, { labelledSeq: rows[rows.length - 1]!.seq });
  });
  if (afterLabel) {
    targets.forEach((t, i) => {
      const l = labels[i];
      if (l) t.labels = l;
    });
    try {
      await afterLabel(streamId, rows);
    } catch (e) {
      // Labels are stored either way; a failed follow-up must not stall labelling.
      console.warn('[live-copilot] after-label step failed', e);
    }
  }
  return rows.length === LABEL_BATCH;
}

/** One labelling loop per worker: kicks coalesce while a batch is running. */
export function createLabeller(db: LiveCopilotDb, classify: () => Classify, afterLabel?: AfterLabel) {
  const waiting = new Set<number>();
  let running = false;
  const run = async () => {
    if (running) return;
    running = true;
    try {
      while (waiting.size) {
        const [streamId] = waiting;
        waiting.delete(streamId!);
        try {
          if (await labelNextBatch(db, streamId!, classify(), afterLabel)) waiting.add(streamId!);
        } catch (e) {
          console.warn('[live-copilot] labelling failed; events stay unlabelled', e);
        }
      }
    } finally {
      running = false;
    }
  };
  return {
    kick(streamId: number) {
      waiting.add(streamId);
      void run();
    },
  };
}
