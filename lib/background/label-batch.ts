/**
 * One label batch: read the planned rows, label the ones that need it, write labels and progress in
 * one transaction (the labelling loop, labeller.ts, runs these; tests and one-off callers too).
 */
import Dexie from 'dexie';
import type { LiveCopilotDb } from '../db/db';
import type { StoredEvent, StreamRecord } from '../db/schema';
import type { CommentLabels } from '../ml/labels';
import { DEFAULT_POLICY, type BatchPlan } from '../realtime/batch-policy';
import type { TailBuffer } from '../realtime/tail-buffer';
import type { TieredLabels, TierName } from '../realtime/tiers';

/** Event kinds whose text the models label. */
const LABELLED = new Set<StoredEvent['kind']>(['comment', 'superchat', 'membership']);

export type Classify = (texts: string[], tier: TierName) => Promise<TieredLabels>;

/**
 * The question queue, summary and FAQ auto-answer: called with each stretch of a stream's rows (seq
 * order, labels applied) once, when their labels are final or when refining trails too far
 * (lib/realtime/hand-on.ts). It must tolerate a stretch given again after a worker stopped before
 * its progress (`handedSeq`) was written: the queue and the FAQ skip rows they already took.
 */
export type AfterLabel = (streamId: number, rows: StoredEvent[]) => Promise<unknown>;

const needsLabel = (r: StoredEvent): boolean => LABELLED.has(r.kind) && !!r.text && !r.labels;
export const pendingOf = (s: StreamRecord): number => Math.max(0, s.eventCount - ((s.labelledSeq ?? -1) + 1));

/**
 * One batch across the given streams: read (or take from `tail`) the planned rows, label the ones
 * that need it, write labels and progress in one transaction. Returns the committed rows per stream,
 * or null when the models gave nothing back (progress not advanced: the events stay stored,
 * unlabelled, and are labelled once the models work).
 */
export async function labelBatch(
  db: LiveCopilotDb,
  plan: BatchPlan,
  classify: Classify,
  tail?: TailBuffer,
  now: () => number = Date.now,
): Promise<{ rows: Map<number, StoredEvent[]>; texts: number; tier: TierName | null; final: Set<number>; modelMs: number; writeMs: number } | null> {
  const rows = new Map<number, StoredEvent[]>();
  for (const { streamId, n, from } of plan.take) {
    const got =
      tail?.take(streamId, from, n) ??
      (await db.events.where('[streamId+seq]').between([streamId, from], [streamId, Dexie.maxKey]).limit(n).toArray());
    if (got.length) rows.set(streamId, got);
  }
  // Events that came with labels (an imported event log) keep them: formats.md uses given labels as given.
  const targets = [...rows.values()].flat().filter(needsLabel);
  let tier: TierName | null = null;
  let labels: (CommentLabels | null)[] = [];
  let modelMs = 0;
  if (targets.length) {
    const t0 = now();
    ({ tier, labels } = await classify(targets.map((t) => t.text ?? ''), plan.tier));
    modelMs = now() - t0;
    if (labels.every((l) => l === null)) return null;
  }
  // Streams whose rows of this batch got fast-tier labels: the refine pass will relabel them.
  const fastIn = new Set(tier === 'fast' ? targets.filter((_, i) => labels[i]).map((t) => t.streamId) : []);
  const final = new Set<number>();
  const tWrite = now();
  await db.transaction('rw', db.events, db.streams, async () => {
    const changes = targets.flatMap((t, i) => {
      const l = labels[i];
      return l ? [{ key: [t.streamId, t.id] as [number, string], changes: { labels: l, labelTier: tier ?? undefined } }] : [];
    });
    if (changes.length) await db.events.bulkUpdate(changes);
    for (const [streamId, rs] of rows) {
      const s = await db.streams.get(streamId);
      const last = rs[rs.length - 1]!.seq;
      // refinedSeq: the labels up to here are final (what the question queue, summary and FAQ read).
      // Absent: a stream labelled before tiers were recorded — what it had labelled is final.
      const refined = s?.refinedSeq ?? s?.labelledSeq ?? -1;
      // Final now when nothing in it is fast-labelled and nothing before it waits for refining;
      // otherwise the refine pass reaches these rows in order and hands them on then.
      const isFinal = !fastIn.has(streamId) && refined >= rs[0]!.seq - 1;
      if (isFinal) final.add(streamId);
      // handedSeq starts where the refine pass's progress was (what earlier code had handed on).
      await db.streams.update(streamId, { labelledSeq: last, refinedSeq: isFinal ? last : refined, handedSeq: s?.handedSeq ?? refined });
    }
  });
  targets.forEach((t, i) => {
    const l = labels[i];
    if (l) {
      t.labels = l;
      if (tier) t.labelTier = tier;
    }
  });
  return { rows, texts: targets.length, tier, final, modelMs, writeMs: now() - tWrite };
}

/**
 * One batch of one stream, then its follow-up (tests and one-off callers; the worker runs
 * createLabeller). Returns whether more events are waiting.
 */
export async function labelNextBatch(
  db: LiveCopilotDb,
  streamId: number,
  classify: (texts: string[]) => Promise<(CommentLabels | null)[]>,
  afterLabel?: AfterLabel,
  n = DEFAULT_POLICY.maxBatch,
): Promise<boolean> {
  const stream = await db.streams.get(streamId);
  if (!stream || !pendingOf(stream)) return false;
  const from = (stream.labelledSeq ?? -1) + 1;
  const done = await labelBatch(db, { tier: 'accurate', take: [{ streamId, from, n }], backlog: pendingOf(stream) }, async (texts) => ({ tier: 'accurate', labels: await classify(texts) }));
  const rows = done?.rows.get(streamId);
  if (!done || !rows) return false;
  if (done.final.has(streamId)) {
    try {
      await afterLabel?.(streamId, rows);
    } catch (e) {
      console.warn('[live-copilot] after-label step failed', e);
    }
    await db.streams.update(streamId, { handedSeq: rows[rows.length - 1]!.seq });
  }
  return pendingOf(stream) > rows.length;
}
