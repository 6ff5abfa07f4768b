/**
 * When labelled rows go on to the question queue, the summary and the FAQ auto-answer ("hand-on").
 *
 * Normally a row goes on once its labels are final: the refine pass (the teacher) relabelled it, or
 * the teacher gave its first labels. But the teacher refines at a few dozen texts/s and, under a
 * burst, trails by minutes — a host would see no new questions exactly when chat is busiest. So the
 * wait is bounded: a row first-labelled more than `afterMs` ago, or more than `afterEvents` events
 * behind the newest first label, goes on with its first (fast-tier) labels. The refine pass still
 * relabels it later (side panel, export), but it is not handed on again: the stream's `handedSeq`
 * is the one watermark of what went on, whichever labels it went with.
 */

export interface HandPolicy {
  /** Longest wait (ms, since its first labels were committed) before a row goes on with them. */
  afterMs: number;
  /** Most events first-labelled and not yet handed on before the oldest go on with first labels. */
  afterEvents: number;
  /** Rows per stretch handed on at once (one call of the question queue, summary and FAQ). */
  chunk: number;
}

/** afterEvents is off by default: the time bound alone is the documented one (lib/realtime/README.md). */
// Small stretches: each one's question embeddings run on the teacher in the model worker, and a
// student batch that arrives meanwhile waits for them (512 rows held first labels ~1 s at 100 msg/s).
export const DEFAULT_HAND: HandPolicy = { afterMs: 3000, afterEvents: Infinity, chunk: 64 };

/** A first-label commit: its last seq and when it was committed (epoch ms). Kept in seq order. */
export interface LabelMark {
  seq: number;
  at: number;
}

export interface HandProgress {
  /** Last seq handed on (−1: none). */
  handedSeq: number;
  /** Labels up to here are final (the refine pass's progress). */
  refinedSeq: number;
  /** First labels up to here. */
  labelledSeq: number;
}

export interface HandPlan {
  /** Hand on every row up to this seq (≤ handedSeq: nothing to do now). */
  upTo: number;
  /** Rows in (max(handedSeq, refinedSeq), upTo] go on with their first labels. */
  forced: boolean;
  /** When the next waiting row reaches `afterMs` (epoch ms; null: nothing waits). */
  nextAt: number | null;
}

export function handPlan(p: HandProgress, marks: readonly LabelMark[], now: number, policy: HandPolicy = DEFAULT_HAND): HandPlan {
  const final = Math.min(p.refinedSeq, p.labelledSeq);
  const byCount = p.labelledSeq - policy.afterEvents;
  let byAge = -1;
  for (const m of marks) if (m.at + policy.afterMs <= now) byAge = Math.max(byAge, m.seq);
  const normal = Math.max(p.handedSeq, final);
  const upTo = Math.min(p.labelledSeq, Math.max(normal, byCount, byAge));
  const next = marks.find((m) => m.seq > upTo);
  return { upTo: Math.max(upTo, p.handedSeq), forced: upTo > normal, nextAt: next ? next.at + policy.afterMs : null };
}

/** The marks still waiting once rows up to `seq` went on. */
export const marksAfter = (marks: readonly LabelMark[], seq: number): LabelMark[] => marks.filter((m) => m.seq > seq);
