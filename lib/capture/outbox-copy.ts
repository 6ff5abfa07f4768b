/**
 * The outbox's stored copy, kept in fixed segments so that bringing it in line with the queue costs
 * what changed, not the whole queue. Items are numbered in push order (absolute positions); segment
 * k holds the queued items at positions [k·size, (k+1)·size). A delivery rewrites at most the head
 * segment (its delivered items leave it) and drops the segments delivered in full; a push writes
 * only the tail segments it touched. Rewriting all the waiting items on every change made a 10,000-
 * row burst cost the page minutes of storage writes (bench/profile-capture.ts).
 */

/** The queued positions [from, to) a segment holds in storage. */
export type SegmentRange = readonly [from: number, to: number];

export interface CopyPlan {
  /** Segments to write, with the positions they must now hold. */
  put: { segment: number; from: number; to: number }[];
  /** Segments to remove (delivered in full, or beyond the cap). */
  drop: number[];
  /** Every segment of the copy after the change, in order (empty: the copy is gone). */
  segments: number[];
}

/**
 * What to write so that `stored` holds exactly the queued positions [head, end), segment by
 * segment. `stored` is not changed; apply the plan with applyPlan once it is written.
 */
export function planCopy(stored: ReadonlyMap<number, SegmentRange>, head: number, end: number, size: number): CopyPlan {
  const put: CopyPlan['put'] = [];
  const segments: number[] = [];
  if (end > head) {
    for (let k = Math.floor(head / size); k * size < end; k++) {
      const from = Math.max(head, k * size);
      const to = Math.min(end, (k + 1) * size);
      segments.push(k);
      const was = stored.get(k);
      if (!was || was[0] !== from || was[1] !== to) put.push({ segment: k, from, to });
    }
  }
  const keep = new Set(segments);
  const drop = [...stored.keys()].filter((k) => !keep.has(k)).sort((a, b) => a - b);
  return { put, drop, segments };
}

/** `stored` after the plan was written. */
export function applyPlan(stored: Map<number, SegmentRange>, plan: CopyPlan): void {
  for (const k of plan.drop) stored.delete(k);
  for (const p of plan.put) stored.set(p.segment, [p.from, p.to]);
}

/** Whether the plan changes anything in storage. */
export const planChanges = (p: CopyPlan): boolean => p.put.length > 0 || p.drop.length > 0;
