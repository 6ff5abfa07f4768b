/**
 * The worker's labelling loop. Every stored comment gets labels; none is dropped. Progress lives in
 * IndexedDB (each stream's labelledSeq, written in the same transaction as the labels), so a worker
 * stopped at any moment resumes where it was (`resume()` at start-up). Under a burst the backlog
 * grows, batches grow with it (lib/realtime/batch-policy.ts) and labels lag, then catch up in
 * arrival order; the bound on that lag is documented in lib/realtime/README.md.
 */
import type { LiveCopilotDb } from '../db/db';
import type { StoredEvent } from '../db/schema';
import { DEFAULT_POLICY, planBatch, refineBatchSize, type BatchPolicy } from '../realtime/batch-policy';
import { DEFAULT_HAND, handPlan, marksAfter, type HandPolicy, type LabelMark } from '../realtime/hand-on';
import { createLabellerStats, type LabellerStats } from '../realtime/labeller-stats';
import { TailBuffer } from '../realtime/tail-buffer';
import { refineBacklog, refineBatch, streamsToRefine, type RefineHooks } from './refiner';
import { labelBatch, pendingOf, type AfterLabel, type Classify } from './label-batch';

export { labelBatch, labelNextBatch, type AfterLabel, type Classify } from './label-batch';

export interface LabellerOptions {
  afterLabel?: AfterLabel;
  /** The refine pass (refiner.ts): what changes with the labels in their transaction. */
  refine?: RefineHooks;
  policy?: Partial<BatchPolicy>;
  /** How long rows wait for refining before they go on with their first labels. */
  hand?: Partial<HandPolicy>;
  now?: () => number;
  setTimeout?: (fn: () => void, ms: number) => unknown;
  /** First and largest wait before trying again after the models failed or were unreachable. */
  retryMs?: { min: number; max: number };
}

/** How soon an early hand-on held back by waiting first labels looks again (ms). */
const HAND_RETRY_MS = 250;
/** Rows kept in memory per stream for the hand-on (a burst's worth of refining backlog reads them back). */
const RECENT_ROWS = 2048;

/** One labelling loop per worker: kicks coalesce while a batch is running. */
export function createLabeller(db: LiveCopilotDb, classify: Classify, opts: LabellerOptions = {}) {
  const policy: BatchPolicy = { ...DEFAULT_POLICY, ...opts.policy };
  let handPolicy: HandPolicy = { ...DEFAULT_HAND, ...opts.hand };
  const now = opts.now ?? Date.now;
  const setTimer = opts.setTimeout ?? ((fn, ms) => globalThis.setTimeout(fn, ms));
  const retry = opts.retryMs ?? { min: 500, max: 15_000 };
  const tail = new TailBuffer();
  const stats = createLabellerStats(now);
  const waiting = new Set<number>();
  // Streams with fast-tier labels the accurate tier has not refined yet, and that tier's speed (texts/s).
  const refining = new Set<number>();
  let accuratePerSec = 0;
  let refineHeldUntil = 0;
  // The question queue runs after each committed batch, per stream in order, without holding up
  // the next batch. It is not a brake on labelling: its embeddings run on the accurate tier (USE-lite),
  // far slower than the student that labels, so under a burst it trails (its batches wait here, in
  // order, as references to rows already stored) and catches up after; labels never wait for it.
  const after = new Map<number, Promise<void>>();
  // Hand-on (hand-on.ts): per stream, when each first-label batch was committed (its last seq), the
  // streams with a hand-on queued, and when each stream's timer for the next overdue row fires.
  const marks = new Map<number, LabelMark[]>();
  // Events waiting for first labels at the last look: an early hand-on (its stretches' question
  // embeddings and writes share the service worker's thread and IndexedDB with labelling) and the
  // refine loop wait while first labels are behind.
  let firstBacklog = 0;
  const handQueued = new Set<number>();
  const handTimers = new Map<number, number>();
  // The rows just labelled or refined, as stored now, by seq: a hand-on of them reads no rows back
  // from IndexedDB (a miss — a restart, rows pushed out — reads them).
  const recent = new Map<number, Map<number, StoredEvent>>();
  const remember = (streamId: number, rows: readonly StoredEvent[]) => {
    let m = recent.get(streamId);
    if (!m) recent.set(streamId, (m = new Map()));
    for (const r of rows) m.set(r.seq, r);
    for (const seq of m.keys()) {
      if (m.size <= RECENT_ROWS) break;
      m.delete(seq);
    }
  };
  const recall = (streamId: number, from: number, to: number): StoredEvent[] | null => {
    const m = recent.get(streamId);
    const rows: StoredEvent[] = [];
    for (let seq = from; seq <= to; seq += 1) {
      const r = m?.get(seq);
      if (!r) return null;
      rows.push(r);
    }
    return rows;
  };
  const forget = (streamId: number, upTo: number) => {
    const m = recent.get(streamId);
    if (m) for (const seq of m.keys()) if (seq <= upTo) m.delete(seq);
  };
  let running = false;
  let backoff = 0;
  let retryTimer = false;
  let idle: Promise<void> = Promise.resolve();
  let settle: (() => void) | null = null;

  const followUp = (streamId: number, fn: (() => Promise<unknown>) | null) => {
    if (!fn) return;
    const p = (after.get(streamId) ?? Promise.resolve())
      .then(fn)
      .then(() => undefined)
      // Labels are stored either way; a failed follow-up must not stall labelling.
      .catch((e: unknown) => console.warn('[live-copilot] after-label step failed', e))
      .finally(() => {
        if (after.get(streamId) === p) after.delete(streamId);
      });
    after.set(streamId, p);
  };

  /**
   * Hands on what is due (hand-on.ts) in stretches of at most `chunk` rows, each followed by its
   * progress (`handedSeq`), then sets a timer for the next row that will be overdue. Runs in the
   * stream's follow-up chain, so stretches go on one at a time, in seq order.
   */
  async function handOn(streamId: number): Promise<void> {
    for (;;) {
      const s = await db.streams.get(streamId);
      if (!s) return;
      const labelled = s.labelledSeq ?? -1;
      const handed = s.handedSeq ?? s.refinedSeq ?? labelled;
      const t = now();
      const progress = { handedSeq: handed, refinedSeq: s.refinedSeq ?? labelled, labelledSeq: labelled };
      let plan = handPlan(progress, marks.get(streamId) ?? [], t, handPolicy);
      if (plan.forced && firstBacklog > 0) {
        // First labels come first: hand on only what is final now, and look again shortly.
        plan = handPlan(progress, [], t, { ...handPolicy, afterMs: Infinity, afterEvents: Infinity });
        armHandTimer(streamId, t + HAND_RETRY_MS);
      }
      if (plan.upTo <= handed) {
        if (plan.nextAt !== null && Number.isFinite(plan.nextAt)) armHandTimer(streamId, plan.nextAt);
        return;
      }
      const to = Math.min(plan.upTo, handed + handPolicy.chunk);
      const rows = recall(streamId, handed + 1, to) ?? (await db.events.where('[streamId+seq]').between([streamId, handed + 1], [streamId, to], true, true).toArray());
      const fn = opts.afterLabel;
      if (rows.length && fn) {
        try {
          await fn(streamId, rows);
        } catch (e) {
          // Labels are stored either way; a failed follow-up must not stall the ones after it.
          console.warn('[live-copilot] after-label step failed', e);
        }
      }
      // Only if nobody moved it meanwhile (a second worker instance handing the same stream).
      const moved = await db.transaction('rw', db.streams, async () => {
        const cur = await db.streams.get(streamId);
        if ((cur?.handedSeq ?? cur?.refinedSeq ?? cur?.labelledSeq ?? -1) !== handed) return false;
        await db.streams.update(streamId, { handedSeq: to });
        return true;
      });
      const waited = marks.get(streamId)?.[0];
      marks.set(streamId, marksAfter(marks.get(streamId) ?? [], to));
      forget(streamId, to);
      if (!moved) return;
      const end = now();
      stats.handOn({ rows: rows.length, early: rows.filter((r) => r.labelTier === 'fast').length, waitedMs: waited ? end - waited.at : 0, agedMs: rows.length ? end - Math.min(...rows.map((r) => r.ts)) : 0 });
    }
  }

  /** A hand-on for the stream after what its chain holds now (several kicks meanwhile: one run). */
  const handOnSoon = (streamId: number) => {
    if (handQueued.has(streamId)) return;
    handQueued.add(streamId);
    followUp(streamId, () => {
      handQueued.delete(streamId);
      return handOn(streamId);
    });
  };

  const armHandTimer = (streamId: number, at: number) => {
    const cur = handTimers.get(streamId);
    if (cur !== undefined && cur <= at) return;
    handTimers.set(streamId, at);
    setTimer(() => {
      if (handTimers.get(streamId) === at) handTimers.delete(streamId);
      handOnSoon(streamId);
    }, Math.max(0, at - now()));
  };

  const backlogs = async () => {
    const ids = [...waiting];
    const streams = await db.streams.bulkGet(ids);
    return ids.map((streamId, i) => {
      const s = streams[i];
      const pending = s ? pendingOf(s) : 0;
      if (!pending) waiting.delete(streamId);
      return { streamId, pending, from: (s?.labelledSeq ?? -1) + 1 };
    });
  };

  const scheduleRetry = () => {
    backoff = Math.min(retry.max, backoff ? backoff * 2 : retry.min);
    retryTimer = true;
    stats.retrying(backoff);
    setTimer(() => {
      retryTimer = false;
      void run();
    }, backoff);
  };

  /** One refine batch of one stream (round robin); false when there is nothing to refine now. */
  async function refineStep(): Promise<boolean> {
    if (now() < refineHeldUntil) return false;
    for (const streamId of [...refining]) {
      refining.delete(streamId);
      const n = refineBatchSize(accuratePerSec, policy);
      const t0 = now();
      let done: Awaited<ReturnType<typeof refineBatch>>;
      try {
        done = await refineBatch(db, streamId, n, classify, opts.refine);
      } catch (e) {
        console.warn('[live-copilot] refining failed; the fast labels stay and are refined later', e);
        done = null;
      }
      if (!done) {
        // The accurate tier is down or still loading: the fast labels stand; try again in a while.
        refining.add(streamId);
        refineHeldUntil = now() + retry.min * 4;
        setTimer(() => refineSoon(), retry.min * 4);
        return false;
      }
      if (!done.done) refining.add(streamId);
      const texts = done.refined.length;
      if (texts) {
        const rate = (1000 * texts) / Math.max(1, now() - t0);
        accuratePerSec = accuratePerSec ? 0.7 * accuratePerSec + 0.3 * rate : rate;
      }
      // Rows whose labels became final go on now, unless they went on earlier with first labels.
      remember(streamId, done.rows);
      handOnSoon(streamId);
      stats.refine({ refined: texts, backlog: await refineBacklog(db, [...refining]), perSec: accuratePerSec });
      return true;
    }
    stats.refine({ refined: 0, backlog: 0, perSec: accuratePerSec });
    return false;
  }

  /**
   * Refining, one small batch at a time, while no event waits for first labels. Its own loop, not
   * awaited by the labelling loop: the teacher runs in its own model worker, so first labels for
   * events that arrive meanwhile go ahead at once instead of waiting for the refine batch in flight
   * (the teacher takes hundreds of ms for even a few lines on a busy machine). A refine batch that
   * started stays the only one; new first labels stop the next from starting.
   */
  let refineRunning = false;
  let refineIdle: Promise<void> = Promise.resolve();
  function refineSoon(): void {
    if (refineRunning) return;
    refineRunning = true;
    refineIdle = (async () => {
      try {
        while (firstBacklog === 0 && (await refineStep()));
      } finally {
        refineRunning = false;
      }
    })();
  }

  async function run(): Promise<void> {
    if (running || retryTimer) return;
    running = true;
    idle = new Promise<void>((ok) => (settle = ok));
    try {
      for (;;) {
        const tPlan = now();
        const plan = planBatch(await backlogs(), policy);
        const planMs = now() - tPlan;
        stats.backlog(plan?.backlog ?? 0);
        firstBacklog = plan?.backlog ?? 0;
        // Nothing waits for first labels: spare time goes to refining (its own loop, below).
        if (!plan) {
          refineSoon();
          break;
        }
        const t0 = now();
        let done: Awaited<ReturnType<typeof labelBatch>>;
        try {
          done = await labelBatch(db, plan, classify, tail, now);
        } catch (e) {
          console.warn('[live-copilot] labelling failed; events stay unlabelled and are tried again', e);
          done = null;
        }
        if (!done) {
          scheduleRetry();
          break;
        }
        backoff = 0;
        const ms = now() - t0;
        const total = [...done.rows.values()].reduce((a, rs) => a + rs.length, 0);
        for (const [streamId, rs] of done.rows) {
          tail.drop(streamId, rs[rs.length - 1]!.seq);
          // A batch shared by streams: each is charged its part of the time.
          stats.batch({ streamId, fromSeq: rs[0]!.seq, toSeq: rs[rs.length - 1]!.seq, texts: rs.filter((r) => r.labels).length, tier: done.tier, ms: (ms * rs.length) / total, modelMs: (done.modelMs * rs.length) / total, writeMs: done.writeMs, planMs });
          // Rows with final labels go on to the question queue, summary and FAQ now; fast-labelled
          // ones (and any after them) when the refine pass has given them the accurate tier's
          // labels, or with their first labels once they waited too long (hand-on.ts).
          marks.set(streamId, [...(marks.get(streamId) ?? []), { seq: rs[rs.length - 1]!.seq, at: now() }]);
          remember(streamId, rs);
          if (!done.final.has(streamId)) refining.add(streamId);
          handOnSoon(streamId);
        }
      }
    } finally {
      running = false;
      settle?.();
    }
  }

  return {
    /** New events were stored for a stream (`rows`: exactly what was written, in seq order). */
    kick(streamId: number, rows?: readonly StoredEvent[], receivedAt?: number): void {
      if (rows) tail.push(streamId, rows);
      if (rows?.length) stats.stored(streamId, rows[rows.length - 1]!.seq, receivedAt);
      waiting.add(streamId);
      void run();
    },
    /** Start-up: streams left with unlabelled events by a stopped worker are labelled now. */
    async resume(): Promise<void> {
      const streams = await db.streams.toArray();
      for (const s of streams) if (s.id !== undefined && pendingOf(s) > 0) waiting.add(s.id);
      for (const id of await streamsToRefine(db)) refining.add(id);
      // Rows a stopped worker labelled and had not handed on: their wait starts again now.
      for (const s of streams) {
        const labelled = s.labelledSeq ?? -1;
        if (s.id === undefined || (s.handedSeq ?? s.refinedSeq ?? labelled) >= labelled) continue;
        marks.set(s.id, [{ seq: labelled, at: now() }]);
        handOnSoon(s.id);
      }
      void run();
    },
    /** A new wait bound (the `questionWaitS` setting): streams waiting are looked at again now. */
    setHand(p: Partial<HandPolicy>): void {
      handPolicy = { ...handPolicy, ...p };
      handTimers.clear();
      for (const streamId of marks.keys()) handOnSoon(streamId);
    },
    stats(recent?: number): LabellerStats {
      return stats.get(recent);
    },
    /** Resolves when the loop has nothing left to do right now (tests, benchmarks). */
    async whenIdle(): Promise<void> {
      do {
        await idle;
        await refineIdle;
        await Promise.all(after.values());
      } while (running || refineRunning);
    },
  };
}

export type Labeller = ReturnType<typeof createLabeller>;
