/**
 * Keeps the stored aggregates right when an event already folded changes after the fact: the
 * refine pass replaced its fast-tier labels with the accurate tier's (lib/background/refiner.ts),
 * or the question queue filed it as a question because of those new labels. Only events the
 * summary has folded are touched (seq ≤ its progress, and ≤ `foldedUpTo` when given: the progress
 * read before the change, so an event folded after it — already with the change — is not counted
 * twice); later ones are folded with the change when the summary gets to them.
 */
import type { LiveCopilotDb } from '../../db/db';
import { streamCatalog } from '../../db/stream-catalog';
import type { StoredEvent } from '../../db/schema';
import type { CommentLabels } from '../../ml/labels';
import { refoldEvent, settledState } from '../accumulator';
import { foldContext } from '../context';
import { loadTouched, loadWork, summaryTables } from './catch-up';
import { pitchChanges, questionSkus } from './stream-facts';

export interface Refold {
  /** The event as it is now (new labels). */
  row: StoredEvent;
  /** The labels it was folded with (default: the row's own). */
  labels?: CommentLabels;
  /** It was folded as a non-question (the question queue filed it since). */
  wasNotQuestion?: boolean;
}

/** The summary's progress (−1: nothing folded). */
export async function summarySeq(db: LiveCopilotDb, streamId: number): Promise<number> {
  return (await db.summaryStates.get(streamId))?.seq ?? -1;
}

/** Runs in the caller's transaction when it covers summaryTables(db) (the refiner's label write), else in its own. */
export function refoldEvents(db: LiveCopilotDb, streamId: number, items: readonly Refold[], foldedUpTo = Infinity): Promise<void> {
  return db.transaction('rw', summaryTables(db), async () => {
    const state = await db.summaryStates.get(streamId);
    if (!state || !items.length) return;
    const limit = Math.min(state.seq, foldedUpTo);
    const todo = items.filter((i) => i.row.seq <= limit);
    if (!todo.length) return;
    const work = await loadWork(db, streamId, state);
    if (!work) return;
    const catalog = (await streamCatalog(db, streamId)).products;
    const [changes, questions] = await Promise.all([pitchChanges(db, streamId, catalog), questionSkus(db, streamId, todo.map((i) => i.row.id))]);
    const notQuestion = new Set(todo.flatMap((i) => (i.wasNotQuestion ? [i.row.id] : [])));
    const ctx = foldContext(catalog, changes, (id) => questions.get(id));
    const beforeCtx = foldContext(catalog, changes, (id) => (notQuestion.has(id) ? undefined : questions.get(id)));
    await loadTouched(db, streamId, work, todo.map((i) => i.row));
    for (const i of todo) refoldEvent(work, { ...i.row, labels: i.labels ?? i.row.labels }, beforeCtx, i.row, ctx);
    await db.summaryStates.put(settledState(work));
    await db.summaryMinutes.bulkPut([...work.buckets.values()]);
    await db.streamViewers.bulkPut([...work.viewers.values()]);
    await db.summaryProducts.bulkPut([...work.products.values()]);
  });
}
