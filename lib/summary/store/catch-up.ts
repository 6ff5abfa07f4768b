/**
 * The worker's side: folds a stream's newly labelled events into its stored aggregates, a chunk at a
 * time, each chunk in one transaction that reads the progress (`summaryStates.seq`) and writes it
 * back with the aggregates — so a chunk is folded exactly once, whoever runs it and whenever the
 * worker stops. Only events the labeller has passed are folded (their labels are final).
 */
import Dexie from 'dexie';
import type { LiveCopilotDb } from '../../db/db';
import { streamCatalog } from '../../db/stream-catalog';
import type { StoredEvent } from '../../db/schema';
import { emptyState, foldEvent, newWork, rangeOf, settledState, type FoldWork } from '../accumulator';
import { foldContext } from '../context';
import type { SummaryState } from '../types';
import { foldedTargets, pitchChanges, questionSkus } from './stream-facts';

export const SUMMARY_CHUNK = 2000;

export const summaryTables = (db: LiveCopilotDb) => [db.streams, db.events, db.products, db.pitches, db.questionMembers, db.questionGroups, db.summaryStates, db.summaryMinutes, db.summaryProducts, db.streamViewers];

/**
 * Folds the stream's rows after `work.state.seq` that are given, into `work` (rows already read,
 * in seq order). Shared by the worker's catch-up and the reader's in-memory tail.
 */
export async function foldRows(db: LiveCopilotDb, streamId: number, work: FoldWork, rows: readonly StoredEvent[]): Promise<void> {
  const targets = await foldedTargets(db, streamId, rows);
  const ids = [...rows.filter((r) => r.kind === 'comment' || r.kind === 'superchat').map((r) => r.id), ...[...targets.values()].map((t) => t.id)];
  const catalog = (await streamCatalog(db, streamId)).products; // this stream's shop only (lib/catalog/scope.ts)
  const [changes, questions] = await Promise.all([pitchChanges(db, streamId, catalog), questionSkus(db, streamId, ids)]);
  const ctx = foldContext(catalog, changes, (id) => questions.get(id));

  await loadTouched(db, streamId, work, [...rows, ...targets.values()]);

  // A target counts as folded when this chunk has passed it or an earlier fold did: a deletion that
  // comes before its target (and again after it) must not take out a comment not yet counted.
  const foldedBefore = work.state.seq;
  const earlier = (id: string) => {
    const t = targets.get(id);
    return t && t.seq <= foldedBefore ? t : undefined;
  };
  const inChunk = new Map<string, StoredEvent>();
  for (const r of rows) {
    foldEvent(work, r, ctx, (id) => inChunk.get(id) ?? earlier(id));
    inChunk.set(r.id, r);
    work.state.seq = r.seq;
  }
  if (work.rangeDirty) {
    const ts: number[] = [];
    await db.events
      .where('[streamId+seq]')
      .between([streamId, Dexie.minKey], [streamId, work.state.seq], true, true)
      .each((e) => {
        if (e.kind === 'deletion' || !work.excluded.has(e.id)) ts.push(e.ts);
      });
    Object.assign(work.state, rangeOf(ts));
    work.rangeDirty = false;
  }
}

/** Reads into `work` the minute buckets, viewers and (once) product rows that folding `touched` changes. */
export async function loadTouched(db: LiveCopilotDb, streamId: number, work: FoldWork, touched: readonly StoredEvent[]): Promise<void> {
  const minutes = [...new Set(touched.map((r) => Math.floor(r.ts / 60_000)))].filter((m) => !work.buckets.has(m));
  const names = [...new Set(touched.flatMap((r) => (r.author?.name ? [r.author.name] : [])))].filter((n) => !work.viewers.has(n));
  const [buckets, viewers] = await Promise.all([
    db.summaryMinutes.bulkGet(minutes.map((m) => [streamId, m] as [number, number])),
    db.streamViewers.bulkGet(names.map((n) => [streamId, n] as [number, string])),
  ]);
  buckets.forEach((b) => b && work.buckets.set(b.minute, b));
  viewers.forEach((v) => v && work.viewers.set(v.name, v));
  if (!work.productsLoaded) {
    for (const p of await db.summaryProducts.where('[streamId+sku]').between([streamId, Dexie.minKey], [streamId, Dexie.maxKey]).toArray()) work.products.set(p.sku, p);
    work.productsLoaded = true;
  }
}

export async function loadWork(db: LiveCopilotDb, streamId: number, state: SummaryState | undefined): Promise<FoldWork | null> {
  const stream = await db.streams.get(streamId);
  if (!stream) return null;
  return newWork(state ? { ...state, sentiment: [...state.sentiment], intent: [...state.intent] } : emptyState(streamId), stream.roomKey, stream.startedAt);
}

/**
 * Folds up to SUMMARY_CHUNK events after the stored progress, no further than `upTo` (default: the
 * labeller's progress). Returns whether more are waiting.
 */
export function catchUpSummary(db: LiveCopilotDb, streamId: number, upTo?: number): Promise<boolean> {
  return db.transaction('rw', summaryTables(db), async () => {
    const stream = await db.streams.get(streamId);
    if (!stream) return false;
    // Never past the last stored event (seq = eventCount − 1).
    // Final labels (the refine pass's progress where it runs, lib/background/refiner.ts), or rows
    // handed on with first labels because refining trailed (lib/realtime/hand-on.ts): the refine
    // pass then takes back their share and adds the final one (refold.ts).
    const labelled = Math.min(stream.labelledSeq ?? -1, Math.max(stream.refinedSeq ?? stream.labelledSeq ?? -1, stream.handedSeq ?? -1));
    const limit = Math.min(upTo ?? labelled, stream.eventCount - 1);
    const state = await db.summaryStates.get(streamId);
    const from = (state?.seq ?? -1) + 1;
    if (from > limit) return false;
    const rows = await db.events.where('[streamId+seq]').between([streamId, from], [streamId, limit], true, true).limit(SUMMARY_CHUNK).toArray();
    const work = await loadWork(db, streamId, state);
    if (!work) return false;
    await foldRows(db, streamId, work, rows);
    // Events seq are dense, but a gap (none stored) must still move progress on.
    if (rows.length < SUMMARY_CHUNK) work.state.seq = Math.max(work.state.seq, limit);
    await db.summaryStates.put(settledState(work));
    await db.summaryMinutes.bulkPut([...work.buckets.values()]);
    await db.streamViewers.bulkPut([...work.viewers.values()]);
    await db.summaryProducts.bulkPut([...work.products.values()]);
    return work.state.seq < limit;
  });
}

/**
 * One summarising loop per worker (like the labeller's): kicks coalesce while a chunk runs.
 *
 * A comment's question status (and its group's product) is final only once the question queue has
 * filed it, which happens after its label batch is committed — so the loop folds no further than
 * the queue has gone (`kick(streamId, queuedSeq)` from the after-label step). A page's kick for a
 * stream the queue has not reported on since the worker started (an old or imported stream) folds
 * up to the labeller's progress; in the short window after a restart while the queue is still
 * filing a batch, such a kick can fold its comments as non-questions (the per-product question
 * counts would then be short by those comments).
 */
export function createSummariser(db: LiveCopilotDb, opts: { gapMs?: number; setTimeout?: (fn: () => void, ms: number) => unknown } = {}) {
  const waiting = new Set<number>();
  const queued = new Map<number, number>();
  // A catch-up is a read-write transaction over events and streams (with the summary's tables), so
  // while it runs the capture writes and the labeller's label writes wait. Kicked after every label
  // batch, it would run back to back under a busy chat; instead, once it has caught up, kicks in the
  // next gapMs are gathered into one run. Readers fold the unfolded tail themselves (read.ts, up to
  // READER_TAIL events), so the summary shown is as fresh either way.
  const gapMs = opts.gapMs ?? 250;
  const setTimer = opts.setTimeout ?? ((fn: () => void, ms: number) => globalThis.setTimeout(fn, ms));
  let running = false;
  let cooling = false;
  const run = async () => {
    if (running || cooling) return;
    running = true;
    try {
      while (waiting.size) {
        const [streamId] = waiting;
        waiting.delete(streamId!);
        try {
          if (await catchUpSummary(db, streamId!, queued.get(streamId!))) waiting.add(streamId!);
        } catch (e) {
          console.warn('[live-copilot] summary aggregation failed; the summary reads the events instead', e);
        }
      }
    } finally {
      running = false;
    }
    if (gapMs > 0) {
      cooling = true;
      setTimer(() => {
        cooling = false;
        if (waiting.size) void run();
      }, gapMs);
    }
  };
  return {
    /** Folds what is waiting; `queuedSeq`: the question queue has filed this stream's events up to here. */
    kick(streamId: number, queuedSeq?: number) {
      if (queuedSeq !== undefined) queued.set(streamId, Math.max(queued.get(streamId) ?? -1, queuedSeq));
      waiting.add(streamId);
      void run();
    },
  };
}
