/**
 * What the labeller reports about itself (bg:labelling): the backlog, how fast it drains, when it
 * will be empty, and the last batches with their commit times (the benchmark's capture → label
 * latency reads those). Bounded: only the last RECENT batches are kept.
 */
import type { TierName } from './tiers';

export interface LabelBatchRecord {
  /** When the batch's labels were committed (epoch ms). */
  at: number;
  streamId: number;
  fromSeq: number;
  toSeq: number;
  /** Rows of the batch that carry labels now. */
  texts: number;
  tier: TierName | null;
  /** Read + label + write time of the whole batch. */
  ms: number;
  /** Of it, waiting for the models' answer (the round trip to the fast model worker). */
  modelMs?: number;
  /** When the batch's oldest row was stored (epoch ms; absent: stored before this worker started). */
  storedAt?: number;
  /** When the worker received the capture message that brought the batch's oldest row (epoch ms). */
  receivedAt?: number;
  /** Of `ms`, writing the labels and progress (the transaction, waits for earlier ones included). */
  writeMs?: number;
  /** Reading the backlogs before the batch (not part of `ms`). */
  planMs?: number;
}

export interface LabellerStats {
  /** Events stored and not yet looked at by the models, in every stream. */
  backlog: number;
  /** Events per second of labelling time over the recent batches (0 before the first). */
  eventsPerSec: number;
  /** Time to label the backlog at that speed (null: unknown yet). */
  etaMs: number | null;
  /** Set while waiting to try again after the models failed or could not be reached. */
  retryInMs: number | null;
  batches: LabelBatchRecord[];
  /**
   * The refine pass (the accurate tier relabelling fast-tier labels when idle): events labelled
   * and not yet looked at, texts refined so far, and the accurate tier's speed (texts/s).
   */
  refine: { backlog: number; refined: number; perSec: number };
  /**
   * Hand-on to the question queue, summary and FAQ (lib/realtime/hand-on.ts): rows handed on so far,
   * how many of them with first (fast-tier) labels because refining trailed, how long the oldest
   * row of the last stretch (and of any stretch so far) waited between its first labels and the end
   * of its hand-on (ms), and the largest age of a row at the end of its hand-on (now − its `ts`:
   * since it entered the page, for live capture; meaningless for imports).
   */
  handOn: { rows: number; early: number; lastWaitMs: number; maxWaitMs: number; maxAgeMs: number };
}

export const RECENT = 512;
const SPEED_WINDOW = 32;

export function createLabellerStats(now: () => number) {
  const batches: LabelBatchRecord[] = [];
  // When each stretch of a stream's rows was stored (its last seq): a batch's oldest row's wait
  // splits into capture → stored and stored → labelled (the benchmark's latency parts).
  const stored = new Map<number, { seq: number; at: number; receivedAt?: number }[]>();
  let backlog = 0;
  let retryUntil: number | null = null;
  const refine = { backlog: 0, refined: 0, perSec: 0 };
  const handOn = { rows: 0, early: 0, lastWaitMs: 0, maxWaitMs: 0, maxAgeMs: 0 };
  return {
    backlog(n: number): void {
      backlog = n;
    },
    retrying(ms: number): void {
      retryUntil = now() + ms;
    },
    /** Rows up to `seq` of a stream were just stored (`receivedAt`: when their message reached the worker). */
    stored(streamId: number, seq: number, receivedAt?: number): void {
      const list = stored.get(streamId) ?? [];
      list.push({ seq, at: now(), ...(receivedAt === undefined ? {} : { receivedAt }) });
      if (list.length > 64) list.shift();
      stored.set(streamId, list);
    },
    batch(b: Omit<LabelBatchRecord, 'at' | 'storedAt' | 'receivedAt'>): void {
      retryUntil = null;
      const s = stored.get(b.streamId)?.find((x) => x.seq >= b.fromSeq);
      batches.push({ at: now(), ...b, ...(s ? { storedAt: s.at } : {}), ...(s?.receivedAt === undefined ? {} : { receivedAt: s.receivedAt }) });
      if (batches.length > RECENT) batches.splice(0, batches.length - RECENT);
    },
    refine(r: { refined: number; backlog: number; perSec: number }): void {
      refine.refined += r.refined;
      refine.backlog = r.backlog;
      refine.perSec = r.perSec;
    },
    handOn(h: { rows: number; early: number; waitedMs: number; agedMs: number }): void {
      handOn.rows += h.rows;
      handOn.early += h.early;
      handOn.lastWaitMs = h.waitedMs;
      handOn.maxWaitMs = Math.max(handOn.maxWaitMs, h.waitedMs);
      handOn.maxAgeMs = Math.max(handOn.maxAgeMs, h.agedMs);
    },
    /** With the last `recent` batches (all kept by default). */
    get(keep = RECENT): LabellerStats {
      const window = batches.slice(-SPEED_WINDOW);
      const events = window.reduce((a, b) => a + b.toSeq - b.fromSeq + 1, 0);
      const ms = window.reduce((a, b) => a + b.ms, 0);
      const eventsPerSec = ms > 0 ? (1000 * events) / ms : 0;
      const t = now();
      return {
        backlog,
        eventsPerSec,
        etaMs: backlog === 0 ? 0 : eventsPerSec > 0 ? Math.round((1000 * backlog) / eventsPerSec) : null,
        retryInMs: retryUntil !== null && retryUntil > t ? retryUntil - t : null,
        batches: keep > 0 ? batches.slice(-keep) : [],
        refine: { ...refine },
        handOn: { ...handOn },
      };
    },
  };
}
