/**
 * How much the labeller takes next, from the backlog (pure). Under light load every waiting event
 * goes in the next batch at once (lowest latency); as the backlog grows, batches grow with it up to
 * `maxBatch` (fewer messages and transactions per event, longer same-length runs for the sentence
 * encoder), and past `fastAbove` the labeller asks for the fast tier when one is loaded. Streams
 * share a batch evenly, so a busy stream never starves a quiet one. Nothing is ever skipped: the
 * oldest waiting events of each stream always go first.
 */
import type { TierName } from './tiers';

export interface BatchPolicy {
  /** Largest batch: bounds one batch's time (~1.5 s for the accurate tier on wasm here) and memory. */
  maxBatch: number;
  /** Backlog (events) above which the fast tier is asked for. */
  fastAbove: number;
}

/**
 * fastAbove 400: the accurate tier (the teacher) labels while it keeps up; past 400 waiting events
 * the distilled student takes over so a burst drains fast. The student is NOT within 2 macro-F1
 * points of the teacher on English (models/cards/student.md: v3 test intent -7.4, sentiment -6.9),
 * so it only answers when the backlog would otherwise make labels late.
 */
export const DEFAULT_POLICY: BatchPolicy = { maxBatch: 256, fastAbove: 400 };

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

export function planBatch(backlogs: readonly StreamBacklog[], policy: BatchPolicy = DEFAULT_POLICY): BatchPlan | null {
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
