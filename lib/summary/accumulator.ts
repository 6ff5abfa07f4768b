/**
 * Folding events into the summary's aggregates (stream tallies, minute buckets, viewers, product
 * demand), in stream order. The same code runs over a whole log in memory (the pure path:
 * `npm run summary`, exports) and over each new stretch of a stream in the worker (rows read from
 * Dexie into a `FoldWork`, written back after): both paths give the same aggregates by construction.
 */
import { emptyCounts, tally } from './counts';
import { contributionOf, type Contribution, type FoldContext, type SummaryEvent } from './contribution';
import type { MinuteBucket, ProductDemandRow, StreamViewerRow, SummaryState } from './types';

export interface FoldWork {
  state: SummaryState;
  excluded: Set<string>;
  buckets: Map<number, MinuteBucket>;
  viewers: Map<string, StreamViewerRow>;
  products: Map<string, ProductDemandRow>;
  /** A removed event sat on the stream's first or last ts: the range must be found again from the events. */
  rangeDirty: boolean;
  /** The store has put every product row of the stream into `products` already. */
  productsLoaded?: boolean;
  /** Stream facts a new viewer row needs. */
  shop: string;
  startedAt: number;
}

export function emptyState(streamId: number): SummaryState {
  return { streamId, seq: -1, firstTs: null, lastTs: null, uniqueCommenters: 0, excluded: [], ...emptyCounts() };
}

export function newWork(state: SummaryState, shop: string, startedAt: number): FoldWork {
  return { state, excluded: new Set(state.excluded), buckets: new Map(), viewers: new Map(), products: new Map(), rangeDirty: false, shop, startedAt };
}

/**
 * Folds one event in stream order. A deletion excludes its target whenever it comes: a target folded
 * earlier is taken back out (`folded(id)` returns it), a later one is skipped when it arrives.
 */
export function foldEvent(w: FoldWork, e: SummaryEvent, ctx: FoldContext, folded: (id: string) => SummaryEvent | undefined): void {
  if (e.kind === 'deletion' && e.targetId && !w.excluded.has(e.targetId)) {
    w.excluded.add(e.targetId);
    const target = folded(e.targetId);
    if (target) apply(w, contributionOf(target, ctx), -1);
  }
  if (w.excluded.has(e.id) && e.kind !== 'deletion') return;
  apply(w, contributionOf(e, ctx), 1);
}

/**
 * An event folded earlier as `before` is now `after` (the same event, relabelled by the accurate
 * tier, or filed as a question since): its old share is taken back and the new one added. The
 * event's time, author and kind are unchanged, so the range and viewers come out as they were.
 */
export function refoldEvent(w: FoldWork, before: SummaryEvent, beforeCtx: FoldContext, after: SummaryEvent, ctx: FoldContext): void {
  if (w.excluded.has(after.id)) return;
  const dirty = w.rangeDirty;
  apply(w, contributionOf(before, beforeCtx), -1);
  apply(w, contributionOf(after, ctx), 1);
  w.rangeDirty = dirty;
}

function apply(w: FoldWork, c: Contribution, sign: 1 | -1): void {
  const s = w.state;
  tally(s, c.kind, c.labels, sign);
  if (sign > 0) {
    s.firstTs = s.firstTs === null ? c.ts : Math.min(s.firstTs, c.ts);
    s.lastTs = s.lastTs === null ? c.ts : Math.max(s.lastTs, c.ts);
  } else if (c.ts === s.firstTs || c.ts === s.lastTs) w.rangeDirty = true;

  let b = w.buckets.get(c.minute);
  if (!b) w.buckets.set(c.minute, (b = { streamId: s.streamId, minute: c.minute, ...emptyCounts() }));
  tally(b, c.kind, c.labels, sign);

  let v = c.viewer ? w.viewers.get(c.viewer.name) : undefined;
  // A viewer forgotten (audience privacy) since: their rows are gone, nothing to take back.
  if (c.viewer && (v || sign > 0)) {
    if (!v) {
      v = { streamId: s.streamId, shop: w.shop, name: c.viewer.name, role: c.viewer.role, startedAt: w.startedAt, events: 0, comments: 0, questions: 0, purchases: 0, firstTs: c.ts, lastTs: c.ts };
      w.viewers.set(c.viewer.name, v);
    }
    const hadCommented = v.comments > 0;
    v.events += sign;
    if (c.comment) v.comments += sign;
    if (c.question) v.questions += sign;
    if (c.purchase) v.purchases += sign;
    if (sign > 0) {
      v.role = c.viewer.role;
      v.firstTs = Math.min(v.firstTs, c.ts);
      v.lastTs = Math.max(v.lastTs, c.ts);
    }
    if (!hadCommented && v.comments > 0) s.uniqueCommenters += 1;
    if (hadCommented && v.comments <= 0) s.uniqueCommenters -= 1;
  }

  for (const d of c.demand) {
    let p = w.products.get(d.sku);
    if (!p) w.products.set(d.sku, (p = { streamId: s.streamId, sku: d.sku, mentions: 0, questions: 0, purchaseSignals: 0, during: { mentions: 0, questions: 0, purchaseSignals: 0 } }));
    p.mentions += sign * d.mention;
    p.questions += sign * d.question;
    p.purchaseSignals += sign * d.purchaseSignal;
    if (d.during) {
      p.during.mentions += sign * d.mention;
      p.during.questions += sign * d.question;
      p.during.purchaseSignals += sign * d.purchaseSignal;
    }
  }
}

/** The range of a set of events (deleted ones left out by the caller), for a dirty range. */
export function rangeOf(ts: Iterable<number>): { firstTs: number | null; lastTs: number | null } {
  let firstTs: number | null = null;
  let lastTs: number | null = null;
  for (const t of ts) {
    firstTs = firstTs === null ? t : Math.min(firstTs, t);
    lastTs = lastTs === null ? t : Math.max(lastTs, t);
  }
  return { firstTs, lastTs };
}

/** The state to store: the exclusion set written back into it. */
export function settledState(w: FoldWork): SummaryState {
  return { ...w.state, excluded: [...w.excluded] };
}
