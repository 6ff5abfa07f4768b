/**
 * One load run through the whole pipeline: the chat page adds rows at a set rate → content script
 * → worker (IndexedDB) → offscreen models → labels in IndexedDB. Counts what was stored, lost and
 * duplicated, and times every comment from entering the page to its labels being committed (the
 * labeller's commit times, bg:labelling).
 */
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from '../../e2e/harness/launch';
import type { LabelBatchRecord } from '../../lib/realtime/labeller-stats';
import type { Lab } from './lab';
import { loadState, openLoadPage, rowTimes, startLoad, stopLoad, type LoadItem } from './load-page';
import { percentiles, type Percentiles } from './stats';

export interface LoadRun {
  rate: number;
  /** Length of the load (ms), as the page played it. */
  loadMs: number;
  sent: number;
  stored: number;
  lost: number;
  duplicated: number;
  labelled: number;
  /** Comments still unlabelled when the run stopped waiting. */
  unlabelled: number;
  /** Page → labels committed, over the labelled comments. */
  latency: Percentiles | null;
  /**
   * Where the latency went: page → the start of the label batch that labelled the row (the outbox,
   * storing, waiting for the labelling loop), the batch itself (read, models, label write), and of
   * it the models' round trip; per batch, its oldest row's page → stored and stored → batch start.
   */
  latencyParts?: {
    beforeBatch: Percentiles | null;
    inBatch: Percentiles | null;
    models: Percentiles | null;
    firstRowToStored: Percentiles | null;
    storedToBatch: Percentiles | null;
    /** Per batch, its oldest row: page → the worker received its capture message (outbox wait + message). */
    firstRowToReceived?: Percentiles | null;
    /** … received → stored (the capture write transaction, waits for earlier ones included). */
    receivedToStored?: Percentiles | null;
    /** Per batch: reading the backlogs before it, and its label write. */
    plan?: Percentiles | null;
    write?: Percentiles | null;
  };
  /** Largest backlog the labeller reported during the run. */
  maxBacklog: number;
  /** From the last row entering the page to the last of them stored (±0.5 s; null: some never were). */
  storedAfterMs: number | null;
  /** From the last row entering the page to the last label committed (null: not drained in time). */
  drainMs: number | null;
  /** Events labelled per second from the first row to the last label. */
  labelledPerSec: number;
  /** Longest gap between the page's load ticks (a starved page plays late). */
  pageMaxTickMs: number;
  /**
   * The refine pass when the run stopped waiting (the accurate tier relabelling the fast tier's first
   * labels while idle): events not yet refined in every stream, and the accurate tier's texts/s.
   */
  refine?: { backlog: number; perSec: number };
  /**
   * What went on to the question queue, summary and FAQ (lib/realtime/hand-on.ts): rows, of them
   * with first labels because refining trailed, the longest wait from first labels to the end of a
   * stretch's hand-on, and the longest from a row entering the page to the end of its hand-on.
   */
  handOn?: { rows: number; early: number; maxWaitMs: number; maxAgeMs: number };
}

/** The store wait ends when the stored count has not moved for this long. */
const STALL_MS = 30_000;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export interface LoadOptions {
  room: string;
  items: readonly LoadItem[];
  rate: number;
  /** How long to wait for the labels after the load ended (0: only until everything is stored). */
  drainCapMs: number;
  /** Called about every 500 ms while the run lasts. */
  onTick?: () => Promise<void>;
  /** Called with the chat page open and capture attached, before the first row (open a side panel on it). */
  beforeStart?: (page: Page) => Promise<void>;
}

export async function runLoad(b: ExtensionBrowser, lab: Lab, opts: LoadOptions): Promise<LoadRun> {
  const page = await openLoadPage(b.context, opts.room, opts.items);
  await opts.beforeStart?.(page);
  const batches = new Map<string, LabelBatchRecord>();
  let maxBacklog = 0;
  let refine = { backlog: 0, perSec: 0 };
  let handOn: LoadRun['handOn'];
  const poll = async () => {
    const s = await lab.call('labelling');
    if (s.refine) refine = { backlog: s.refine.backlog, perSec: Math.round(s.refine.perSec) };
    if (s.handOn) handOn = { rows: s.handOn.rows, early: s.handOn.early, maxWaitMs: s.handOn.maxWaitMs, maxAgeMs: s.handOn.maxAgeMs };
    maxBacklog = Math.max(maxBacklog, s.backlog);
    for (const x of s.batches) batches.set(`${x.streamId}:${x.fromSeq}`, x);
    await opts.onTick?.();
  };
  await startLoad(page, opts.rate);
  let st = await loadState(page);
  // A page starved of CPU plays late; past this the run stops it and reports what it sent.
  const playDeadline = Date.now() + (opts.items.length / opts.rate) * 1000 * 4 + 60_000;
  while (!st.done && Date.now() < playDeadline) {
    await sleep(500);
    await poll();
    st = await loadState(page);
  }
  if (!st.done) {
    await stopLoad(page);
    while (!(st = await loadState(page)).done) await sleep(100);
  }
  const roomKey = `youtube:${opts.room}`;
  // Stored: wait until every sent row is in, or until the count made no progress for STALL_MS
  // (then the rest is reported lost). No overall cap: a slow store path shows as a large
  // storedAfterMs, not as rows counted lost while they were still arriving.
  let stream = await lab.call('stream', roomKey);
  let lastCount = stream?.eventCount ?? 0;
  let movedAt = Date.now();
  while ((stream?.eventCount ?? 0) < st.sent && Date.now() - movedAt < STALL_MS) {
    await sleep(500);
    await poll();
    stream = await lab.call('stream', roomKey);
    if ((stream?.eventCount ?? 0) !== lastCount) {
      lastCount = stream?.eventCount ?? 0;
      movedAt = Date.now();
    }
  }
  const storedAfterMs = (stream?.eventCount ?? 0) >= st.sent ? Math.max(0, Math.round(Date.now() - st.endedAt)) : null;
  if (!stream?.id) throw new Error(`no stream was recorded for ${roomKey}`);
  const streamId = stream.id;
  const deadline = Date.now() + opts.drainCapMs;
  while (((stream?.labelledSeq ?? -1) + 1 < (stream?.eventCount ?? 0)) && Date.now() < deadline) {
    await sleep(250);
    await poll();
    stream = await lab.call('stream', roomKey);
  }
  await poll();
  const rows = await lab.call('rows', streamId);
  const times = await rowTimes(page);
  await page.close();

  const index = new Map(opts.items.slice(0, st.sent).map((it, i) => [it.id, i]));
  const seen = new Set<string>();
  let duplicated = 0;
  for (const id of rows.ids) (seen.has(id) ? (duplicated += 1) : seen.add(id));
  const stored = [...index.keys()].filter((id) => seen.has(id)).length;
  const commitAt = new Map<number, LabelBatchRecord>();
  for (const x of batches.values()) if (x.streamId === streamId) for (let q = x.fromSeq; q <= x.toSeq; q += 1) commitAt.set(q, x);
  const lat: number[] = [];
  const before: number[] = [];
  const inBatch: number[] = [];
  const models: number[] = [];
  let lastLabel = 0;
  rows.ids.forEach((id, k) => {
    const x = commitAt.get(rows.seqs[k]!);
    const i = index.get(id);
    if (x === undefined || i === undefined) return;
    lastLabel = Math.max(lastLabel, x.at);
    lat.push(x.at - times[i]!);
    before.push(x.at - x.ms - times[i]!);
    inBatch.push(x.ms);
    if (x.modelMs !== undefined) models.push(x.modelMs);
  });
  const toStored: number[] = [];
  const storedToBatch: number[] = [];
  const toReceived: number[] = [];
  const receivedToStored: number[] = [];
  const plan: number[] = [];
  const write: number[] = [];
  const seqIndex = new Map(rows.seqs.map((q, k) => [q, index.get(rows.ids[k]!)]));
  for (const x of new Set(commitAt.values())) {
    const i = seqIndex.get(x.fromSeq);
    if (x.storedAt === undefined || i === undefined) continue;
    toStored.push(x.storedAt - times[i]!);
    storedToBatch.push(x.at - x.ms - x.storedAt);
    if (x.receivedAt !== undefined) toReceived.push(x.receivedAt - times[i]!), receivedToStored.push(x.storedAt - x.receivedAt);
    if (x.planMs !== undefined) plan.push(x.planMs);
    if (x.writeMs !== undefined) write.push(x.writeMs);
  }
  const drained = (stream?.labelledSeq ?? -1) + 1 >= (stream?.eventCount ?? 0);
  const first = times[0] ?? st.startedAt;
  return {
    rate: opts.rate,
    loadMs: Math.round(st.endedAt - st.startedAt),
    sent: st.sent,
    stored,
    lost: st.sent - stored,
    duplicated,
    labelled: rows.labelled,
    unlabelled: rows.ids.length - rows.labelled,
    latency: percentiles(lat),
    latencyParts: { beforeBatch: percentiles(before), inBatch: percentiles(inBatch), models: percentiles(models), firstRowToStored: percentiles(toStored), storedToBatch: percentiles(storedToBatch), firstRowToReceived: percentiles(toReceived), receivedToStored: percentiles(receivedToStored), plan: percentiles(plan), write: percentiles(write) },
    maxBacklog,
    storedAfterMs,
    drainMs: drained && lastLabel ? Math.max(0, Math.round(lastLabel - st.endedAt)) : null,
    labelledPerSec: lastLabel > first ? Math.round((1000 * rows.labelled) / (lastLabel - first)) : 0,
    pageMaxTickMs: Math.round(st.maxTickMs),
    refine,
    handOn,
  };
}
