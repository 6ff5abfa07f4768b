/**
 * The side panel's in-memory feed: a bounded window of a stream's latest events, kept up to date
 * by two small indexed reads per change instead of re-reading the whole tail:
 * - the tail: rows with seq above the last one held (new events), and
 * - the newly labelled stretch: rows whose seq the labeller passed since the last read (their
 *   labels were written after they first arrived; `labelledSeq` moves in the same transaction), and
 *   the newly refined stretch: rows whose fast-tier labels the accurate tier replaced since
 *   (`refinedSeq`, lib/background/refiner.ts).
 * Deletions arrive as new rows and strike their target in memory. Pure: the Dexie reads are in
 * use-feed-window.ts.
 */
import type { StoredEvent } from '../db/schema';

export interface FeedWindow {
  rows: StoredEvent[];
  /** Highest seq held (−1: nothing read yet). */
  lastSeq: number;
  /** The stream's `labelledSeq` when the window was last read (−1: none). */
  labelledSeq: number;
  /** The stream's `refinedSeq` when the window was last read (−1: none; absent: same). */
  refinedSeq?: number;
}

export const EMPTY_WINDOW: FeedWindow = { rows: [], lastSeq: -1, labelledSeq: -1, refinedSeq: -1 };

/** Rows kept while following the live edge; while the host reads older rows the window may grow to the hard cap. */
export const FEED_WINDOW = { keep: 1500, hardCap: 6000 } as const;

export interface FeedReads {
  /** Read rows with seq ≥ this (null: nothing new). On the first read, the last `keep` rows. */
  tailFrom: number | null;
  /** Re-read rows with seq in [from, to] (labels arrived), or null. */
  relabel: { from: number; to: number } | null;
  /** Re-read rows with seq in [from, to] (the refine pass relabelled them), or null. */
  refine: { from: number; to: number } | null;
}

/** What to read, given the window and the stream's counters now. */
export function feedReads(w: FeedWindow, stream: { eventCount: number; labelledSeq?: number; refinedSeq?: number }): FeedReads {
  const lastStored = stream.eventCount - 1;
  const labelled = stream.labelledSeq ?? -1;
  const tailFrom = lastStored > w.lastSeq ? w.lastSeq + 1 : null;
  const firstHeld = w.rows[0]?.seq ?? Infinity;
  // Only the stretch the labeller passed since the last read, and only rows already held (newer ones come with the tail).
  const from = Math.max(w.labelledSeq + 1, firstHeld);
  const to = Math.min(labelled, w.lastSeq);
  // Refined rows were labelled before, so they are at or below the labelled stretch just read.
  const rFrom = Math.max((w.refinedSeq ?? -1) + 1, firstHeld);
  const rTo = Math.min(stream.refinedSeq ?? -1, w.lastSeq, from - 1);
  return { tailFrom, relabel: from <= to ? { from, to } : null, refine: rFrom <= rTo ? { from: rFrom, to: rTo } : null };
}

/**
 * Applies a read: relabelled rows replace their old copies, new rows are appended (a row already
 * held is not added twice), deletions strike their targets, and the window is trimmed to `keep`
 * rows (or `hardCap` while `holdOlder`, so rows the host is reading do not vanish under them).
 */
export function applyReads(
  w: FeedWindow,
  read: { tail: readonly StoredEvent[]; relabelled: readonly StoredEvent[]; labelledSeq: number; refinedSeq?: number },
  opts: { holdOlder?: boolean } = {},
): FeedWindow {
  const fresh = read.tail.filter((r) => r.seq > w.lastSeq).sort((a, b) => a.seq - b.seq);
  const refinedSeq = read.refinedSeq ?? w.refinedSeq;
  if (!fresh.length && !read.relabelled.length) return read.labelledSeq === w.labelledSeq && refinedSeq === w.refinedSeq ? w : { ...w, labelledSeq: read.labelledSeq, refinedSeq };
  const bySeq = new Map(read.relabelled.map((r) => [r.seq, r]));
  const deleted = new Set(fresh.flatMap((r) => (r.kind === 'deletion' && r.targetId ? [r.targetId] : [])));
  const struck = (r: StoredEvent): StoredEvent => (deleted.has(r.id) && !r.deleted ? { ...r, deleted: true } : r);
  const kept = w.rows.map((r) => struck(bySeq.get(r.seq) ?? r));
  const rows = [...kept, ...fresh.map(struck)];
  const cap = opts.holdOlder ? FEED_WINDOW.hardCap : FEED_WINDOW.keep;
  return {
    rows: rows.length > cap ? rows.slice(rows.length - cap) : rows,
    lastSeq: Math.max(w.lastSeq, fresh.at(-1)?.seq ?? -1),
    labelledSeq: read.labelledSeq,
    refinedSeq,
  };
}
