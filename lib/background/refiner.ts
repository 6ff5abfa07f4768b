/**
 * The second labelling pass: fast first, refine later. The fast tier (the distilled student) gives
 * every event its first labels as soon as it is stored; this pass then relabels those events with
 * the accurate tier (the teacher) when the pipeline has spare time, so the stored labels end up
 * being the teacher's. Progress is the stream's `refinedSeq`, written in the same transaction as the
 * new labels (and as the summary's change, through `inTransaction`), so a worker stopped at any
 * moment resumes exactly where it was and no aggregate counts an event twice. Rows labelled by the
 * accurate tier already, and rows that came with labels (an imported event log: `labelTier` absent),
 * are passed over, never relabelled. The labelling loop (labeller.ts) decides when a batch runs.
 */
import type { Table } from 'dexie';
import type { LiveCopilotDb } from '../db/db';
import type { StoredEvent } from '../db/schema';
import type { CommentLabels } from '../ml/labels';
import type { Classify } from './labeller';

/** One refined event: the row as stored now (accurate labels) and the fast labels it had. */
export interface Relabel {
  row: StoredEvent;
  before: CommentLabels;
}

export interface RefineHooks {
  /** Tables `inTransaction` writes besides events and streams. */
  tables?: Table[];
  /** Runs inside the label write: whatever aggregates labels must change with them (the summary). */
  inTransaction?: (streamId: number, changes: Relabel[]) => Promise<void>;
}

export interface RefineResult {
  /** Rows the cursor passed (refined or passed over). */
  scanned: number;
  /** Rows that got the accurate tier's labels. */
  refined: Relabel[];
  /** Every row the cursor passed, in seq order, as stored now: their labels are final. */
  rows: StoredEvent[];
  /** Nothing left to refine in this stream up to its labelling progress. */
  done: boolean;
}

const refinable = (r: StoredEvent): boolean => r.labelTier === 'fast' && !!r.labels && !!r.text && !r.deleted;

/**
 * Refines up to `n` fast-labelled events of a stream after its `refinedSeq`, no further than its
 * `labelledSeq`. Returns null when the models gave nothing back (progress not advanced).
 */
export async function refineBatch(db: LiveCopilotDb, streamId: number, n: number, classify: Classify, hooks: RefineHooks = {}): Promise<RefineResult | null> {
  const stream = await db.streams.get(streamId);
  if (!stream) return { scanned: 0, refined: [], rows: [], done: true };
  // Absent: a stream labelled before tiers were recorded; nothing in it is fast-labelled.
  if (stream.refinedSeq === undefined) return { scanned: 0, refined: [], rows: [], done: true };
  const start = stream.refinedSeq;
  const end = stream.labelledSeq ?? -1;
  if (start >= end) return { scanned: 0, refined: [], rows: [], done: true };
  // Comments are mixed with likes, joins, gifts…: read a few times `n` rows to find `n` to refine.
  const rows = await db.events.where('[streamId+seq]').between([streamId, start + 1], [streamId, end], true, true).limit(Math.max(64, 8 * n)).toArray();
  const all = rows.filter(refinable);
  const targets = all.slice(0, n);
  const cursor = targets.length === n && all.length > n ? targets[n - 1]!.seq : (rows.at(-1)?.seq ?? end);
  let labels: (CommentLabels | null)[] = [];
  if (targets.length) {
    const got = await classify(targets.map((t) => t.text ?? ''), 'accurate');
    // No accurate tier answered (models down): try again later, progress unchanged.
    if (got.tier !== 'accurate' || got.labels.every((l) => l === null)) return null;
    labels = got.labels;
  }
  const refined: Relabel[] = [];
  const moved = await db.transaction('rw', [db.events, db.streams, ...(hooks.tables ?? [])], async () => {
    // Another pass moved the cursor meanwhile (a second worker instance): leave it to that one.
    if ((await db.streams.get(streamId))?.refinedSeq !== start) return false;
    const now = await db.events.bulkGet(targets.map((t) => [streamId, t.id] as [number, string]));
    targets.forEach((t, i) => {
      const l = labels[i];
      const cur = now[i];
      // Deleted or otherwise changed since it was read: the stored row wins.
      if (l && cur && refinable(cur)) refined.push({ row: { ...cur, labels: l, labelTier: 'accurate' }, before: cur.labels! });
    });
    if (refined.length) await db.events.bulkUpdate(refined.map((c) => ({ key: [streamId, c.row.id] as [number, string], changes: { labels: c.row.labels, labelTier: 'accurate' as const } })));
    await db.streams.update(streamId, { refinedSeq: cursor });
    if (refined.length) await hooks.inTransaction?.(streamId, refined);
    return true;
  });
  if (!moved) return { scanned: 0, refined: [], rows: [], done: false };
  const byId = new Map(refined.map((c) => [c.row.id, c.row]));
  const passed = rows.filter((r) => r.seq <= cursor).map((r) => byId.get(r.id) ?? r);
  return { scanned: passed.length, refined, rows: passed, done: cursor >= end };
}

/** Streams with labelled events the refine pass has not looked at yet (start-up). */
export async function streamsToRefine(db: LiveCopilotDb): Promise<number[]> {
  const streams = await db.streams.toArray();
  return streams.flatMap((s) => (s.id !== undefined && s.refinedSeq !== undefined && s.refinedSeq < (s.labelledSeq ?? -1) ? [s.id] : []));
}

/** Events labelled but not yet looked at by the refine pass, in the given streams. */
export async function refineBacklog(db: LiveCopilotDb, ids: readonly number[]): Promise<number> {
  const streams = await db.streams.bulkGet([...ids]);
  return streams.reduce((a, s) => a + Math.max(0, (s?.labelledSeq ?? -1) - (s?.refinedSeq ?? -1)), 0);
}
