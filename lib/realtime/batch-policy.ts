/**
 * How much the labeller takes next, from the backlog (pure). Under light load every waiting event
 * goes in the next batch at once (lowest latency); as the backlog grows, batches grow with it up to
 * `maxBatch` (fewer messages and transactions per event, longer same-length runs for the sentence
 * encoder), and past `fastAbove` (by default: always) the labeller asks for the fast tier. Streams
 * share a batch evenly, so a busy stream never starves a quiet one. Nothing is ever skipped: the
 * oldest waiting events of each stream always go first.
 */
import type { TierName } from './tiers';

export interface BatchPolicy {
  /** Largest batch: bounds one batch's time (~1.5 s for the accurate tier on wasm here) and memory. */
  maxBatch: number;
  /** Backlog (events) above which the fast tier is asked for (0: always, when one is loaded). */
  fastAbove: number;
  /**
   * Refinement (the accurate tier relabelling what the fast tier labelled) runs only while no
   * event waits for its first labels, one small batch at a time: a batch is sized to take about
   * `refineBudgetMs` at the accurate tier's measured speed, so an event arriving meanwhile waits at
   * most that long for its first labels.
   */
  refineBudgetMs: number;
  /** Bounds of a refine batch (texts). */
  refineMin: number;
  refineMax: number;
}

/**
 * Fast first, refine later. fastAbove 0: the distilled student labels every event as soon as it is
 * stored (it is ~3–4× the teacher's speed and needs no sentence encoder), and the teacher relabels
 * those events when the pipeline has spare time (lib/background/refiner.ts), so stored labels end
 * up being the teacher's. The student is NOT within 2 macro-F1 points of the teacher on English
 * (models/cards/student.md), which is why its labels are refined rather than kept. Where no student
 * is loaded the teacher gives the first labels and nothing needs refining.
 */
export const DEFAULT_POLICY: BatchPolicy = { maxBatch: 256, fastAbove: 0, refineBudgetMs: 60, refineMin: 2, refineMax: 32 };

/** Texts in the next refine batch, from the accurate tier's speed (texts/s; 0 or unknown: the minimum). */
export function refineBatchSize(accuratePerSec: number, policy: BatchPolicy = DEFAULT_POLICY): number {
  const n = Math.floor((accuratePerSec * policy.refineBudgetMs) / 1000);
  return Math.max(policy.refineMin, Math.min(policy.refineMax, Number.isFinite(n) ? n : policy.refineMin));
}

export interface StreamBacklog {
  streamId: number;
  /** Events stored but not yet looked at by the models. */
  pending: number;
  /** Seq of the stream's oldest waiting event. */
  from: number;
}

export interface BatchPlan {
  tier: TierName;
  /** The next `n` events of each stream, from seq `from` on. */
  take: { streamId: number; from: number; n: number }[];
  /** Events waiting in all streams when the plan was made. */
  backlog: number;
}

export function planBatch(backlogs: readonly StreamBacklog[], policy: Pick<BatchPolicy, 'maxBatch' | 'fastAbove'> = DEFAULT_POLICY): BatchPlan | null {
  const waiting = backlogs.filter((b) => b.pending > 0);
  const backlog = waiting.reduce((a, b) => a + b.pending, 0);
  if (!backlog) return null;
  let room = Math.min(backlog, Math.max(1, policy.maxBatch));
  const take = new Map(waiting.map((b) => [b.streamId, 0]));
  // Water-filling: equal shares, and what a short stream leaves goes to the others.
  let open = waiting.filter((b) => b.pending > 0);
  while (room > 0 && open.length) {
    const share = Math.max(1, Math.floor(room / open.length));
    for (const b of open) {
      if (room <= 0) break;
      const n = Math.min(share, b.pending - (take.get(b.streamId) ?? 0), room);
      take.set(b.streamId, (take.get(b.streamId) ?? 0) + n);
      room -= n;
    }
    open = open.filter((b) => (take.get(b.streamId) ?? 0) < b.pending);
  }
  return {
    tier: backlog > policy.fastAbove ? 'fast' : 'accurate',
    take: waiting.map((b) => ({ streamId: b.streamId, from: b.from, n: take.get(b.streamId) ?? 0 })).filter((t) => t.n > 0),
    backlog,
  };
}
