import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LiveCopilotDb } from '../../db/db';
import { attachStream } from '../../db/streams-repo';
import { ingestEvents, streamEvents } from '../../db/events-repo';
import type { LiveEvent } from '../../events/live-event';
import type { CommentLabels } from '../../ml/labels';
import { createQuestionQueue } from '../../suggest/queue/question-queue';
import { catchUpSummary, summaryTables } from '../../summary/store/catch-up';
import { refoldEvents } from '../../summary/store/refold';
import { createLabeller, labelBatch, type Classify } from '../labeller';
import { refineBatch, type Relabel } from '../refiner';

let db: LiveCopilotDb;
let k = 0;
beforeEach(() => {
  db = new LiveCopilotDb(`refine-${k++}-${Math.random()}`);
});
afterEach(async () => {
  await db.delete();
});

const ev = (id: string, text = `t${id}`, kind: LiveEvent['kind'] = 'comment'): LiveEvent => ({ platform: 'douyin', streamKey: 'douyin:1', kind, id, ts: 60_000 * Number(id.replace(/\D/g, '') || 0), text, author: { name: `u${id}`, role: 'viewer' } });
const FAST: CommentLabels = { lang: 'en', sentiment: 'neutral', sentimentScore: 0.6, intent: 'chitchat', intentScore: 0.9 };
const ACC: CommentLabels = { lang: 'en', sentiment: 'positive', sentimentScore: 0.8, intent: 'praise', intentScore: 0.95 };

/** A fast tier and an accurate tier that say different things; counts what each was asked. */
function tiers(accurate: (text: string) => CommentLabels = () => ACC) {
  const asked = { fast: [] as string[], accurate: [] as string[] };
  const classify: Classify = async (texts, tier) => {
    asked[tier].push(...texts);
    return { tier, labels: texts.map((t) => (tier === 'fast' ? FAST : accurate(t))) };
  };
  return { asked, classify };
}

async function stream(texts: string[], extra: LiveEvent[] = []) {
  const s = await attachStream(db, { roomKey: 'douyin:1', platform: 'douyin', url: 'u' }, 0);
  await ingestEvents(db, s.id!, [...texts.map((t, i) => ev(`${i}`, t)), ...extra], 0);
  return s.id!;
}

/** The summary's label tallies change in the refine's own transaction (as the worker wires it). */
const hooksFor = () => ({
  tables: summaryTables(db),
  inTransaction: (streamId: number, changes: Relabel[]) => refoldEvents(db, streamId, changes.map((c) => ({ row: c.row, labels: c.before }))),
});

/** First labels by the fast tier alone (what the labeller's first pass stores). */
async function fastLabel(id: number) {
  const s = await db.streams.get(id);
  await labelBatch(db, { tier: 'fast', take: [{ streamId: id, from: 0, n: s!.eventCount }], backlog: s!.eventCount }, async (t) => ({ tier: 'fast', labels: t.map(() => FAST) }));
}

describe('fast first, refine later', () => {
  it('the fast tier gives first labels, then the accurate tier relabels every one of them, once', async () => {
    const id = await stream(['a', 'b', 'c', 'd', 'e'], [ev('g9', undefined, 'gift')]);
    const { asked, classify } = tiers();
    const labeller = createLabeller(db, classify, { policy: { refineMin: 2, refineMax: 2 } });
    labeller.kick(id);
    await labeller.whenIdle();
    expect(asked.fast).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(asked.accurate.sort()).toEqual(['a', 'b', 'c', 'd', 'e']);
    const rows = (await streamEvents(db, id)).filter((r) => r.kind === 'comment');
    expect(rows.every((r) => r.labels?.intent === 'praise' && r.labelTier === 'accurate')).toBe(true);
    const s = await db.streams.get(id);
    expect(s?.refinedSeq).toBe(s?.labelledSeq);
    expect(labeller.stats().refine).toMatchObject({ refined: 5, backlog: 0 });
  });

  it('new events get first labels before any further refining', async () => {
    const id = await stream(['a', 'b', 'c', 'd']);
    const order: string[] = [];
    let labeller: ReturnType<typeof createLabeller> | null = null;
    let stored = false;
    const classify: Classify = async (texts, tier) => {
      order.push(`${tier}:${texts.join(',')}`);
      // While the first refine batch runs, a new comment is stored.
      if (tier === 'accurate' && !stored) {
        stored = true;
        await ingestEvents(db, id, [ev('9', 'new')], 0);
        labeller!.kick(id);
      }
      return { tier, labels: texts.map(() => (tier === 'fast' ? FAST : ACC)) };
    };
    labeller = createLabeller(db, classify, { policy: { refineMin: 2, refineMax: 2 } });
    labeller.kick(id);
    await labeller.whenIdle();
    await labeller.whenIdle();
    expect(order).toEqual(['fast:a,b,c,d', 'accurate:a,b', 'fast:new', 'accurate:c,d', 'accurate:new']);
  });

  it('a refine batch in flight does not hold up first labels: the teacher runs in its own model worker', async () => {
    const id = await stream(['a', 'b']);
    let release: () => void = () => {};
    const held = new Promise<void>((ok) => (release = ok));
    let refineStarted: () => void = () => {};
    const started = new Promise<void>((ok) => (refineStarted = ok));
    const classify: Classify = async (texts, tier) => {
      if (tier === 'accurate') {
        refineStarted();
        await held;
      }
      return { tier, labels: texts.map(() => (tier === 'fast' ? FAST : ACC)) };
    };
    const labeller = createLabeller(db, classify, { policy: { refineMin: 2, refineMax: 2 } });
    labeller.kick(id);
    await started;
    await ingestEvents(db, id, [ev('9', 'new')], 0);
    labeller.kick(id);
    // The new comment gets its first labels while the teacher still holds the refine batch.
    await expect.poll(async () => (await db.streams.get(id))?.labelledSeq, { timeout: 2000 }).toBe(2);
    expect((await streamEvents(db, id)).find((r) => r.text === 'new')?.labelTier).toBe('fast');
    release();
    await labeller.whenIdle();
    expect((await streamEvents(db, id)).every((r) => r.labelTier === 'accurate')).toBe(true);
  });

  it('is restart-safe: a refine stopped mid-batch wrote nothing, and a new worker resumes where it was', async () => {
    const id = await stream(['a', 'b', 'c', 'd', 'e']);
    const first = tiers();
    await fastLabel(id);
    const stop = { tables: [], inTransaction: async () => { throw new Error('worker stopped'); } };
    await expect(refineBatch(db, id, 2, first.classify, stop)).rejects.toThrow('worker stopped');
    expect((await db.streams.get(id))?.refinedSeq).toBe(-1);
    expect((await streamEvents(db, id)).every((r) => r.labelTier === 'fast')).toBe(true);
    // Two refined, then the worker is gone.
    await refineBatch(db, id, 2, first.classify);
    expect((await db.streams.get(id))?.refinedSeq).toBe(1);
    const second = tiers();
    const l2 = createLabeller(db, second.classify);
    await l2.resume();
    await l2.whenIdle();
    expect(second.asked.fast).toEqual([]);
    expect(second.asked.accurate).toEqual(['c', 'd', 'e']);
    expect((await streamEvents(db, id)).every((r) => r.labelTier === 'accurate' && r.labels?.intent === 'praise')).toBe(true);
  });

  it('never relabels rows imported with their labels, nor rows the accurate tier labelled', async () => {
    const given: CommentLabels = { ...FAST, intent: 'purchase' };
    const s = await attachStream(db, { roomKey: 'douyin:1', platform: 'douyin', url: '' }, 0);
    await ingestEvents(db, s.id!, [{ ...ev('0', 'given'), labels: given } as LiveEvent, ev('1', 'fresh')], 0);
    const { asked, classify } = tiers();
    const labeller = createLabeller(db, classify);
    labeller.kick(s.id!);
    await labeller.whenIdle();
    expect(asked.fast).toEqual(['fresh']);
    expect(asked.accurate).toEqual(['fresh']);
    const rows = await streamEvents(db, s.id!);
    expect(rows.map((r) => [r.labels?.intent, r.labelTier])).toEqual([['purchase', undefined], ['praise', 'accurate']]);
    // Without a fast tier (no student loaded) the first labels are the accurate tier's: nothing to refine.
    const only: Classify = async (texts) => ({ tier: 'accurate', labels: texts.map(() => ACC) });
    let calls = 0;
    const id2 = (await attachStream(db, { roomKey: 'douyin:2', platform: 'douyin', url: '' }, 0)).id!;
    await ingestEvents(db, id2, [{ ...ev('5'), streamKey: 'douyin:2' }], 0);
    const l2 = createLabeller(db, async (t, tier) => (calls++, only(t, tier)));
    l2.kick(id2);
    await l2.whenIdle();
    expect(calls).toBe(1);
  });

  it('keeps the fast labels when the accurate tier gives nothing back, and refines them later', async () => {
    const id = await stream(['a', 'b']);
    const timers: (() => void)[] = [];
    let up = false;
    const classify: Classify = async (texts, tier) => ({ tier, labels: texts.map(() => (tier === 'fast' ? FAST : up ? ACC : null)) });
    // No hand-on timers here (hand-on.test.ts): the only timer is the refine pass's next try.
    const labeller = createLabeller(db, classify, { setTimeout: (fn) => timers.push(fn), retryMs: { min: 0, max: 0 }, hand: { afterMs: Infinity, afterEvents: Infinity } });
    labeller.kick(id);
    await labeller.whenIdle();
    expect((await streamEvents(db, id)).map((r) => r.labelTier)).toEqual(['fast', 'fast']);
    expect((await db.streams.get(id))?.refinedSeq).toBe(-1);
    up = true;
    timers.shift()!();
    await labeller.whenIdle();
    expect((await streamEvents(db, id)).map((r) => r.labelTier)).toEqual(['accurate', 'accurate']);
  });
});

describe('what is derived from labels follows the refined labels', () => {
  it('summary tallies equal a fresh fold of the final labels, however refine and the summary interleave', async () => {
    const texts = ['a', 'b', 'c', 'd', 'e', 'f'];
    const id = await stream(texts);
    const { classify } = tiers((t) => (t < 'd' ? ACC : { ...FAST, sentiment: 'negative' }));
    const labeller = createLabeller(db, classify, { refine: hooksFor(), policy: { refineMin: 2, refineMax: 2 } });
    // First labels, and the summary folds half of the stream before refining starts.
    await fastLabel(id);
    await catchUpSummary(db, id, 2);
    await labeller.resume();
    await labeller.whenIdle();
    while (await catchUpSummary(db, id));
    const tables = ['summaryStates', 'summaryMinutes', 'summaryProducts', 'streamViewers'] as const;
    const read = async () => Promise.all(tables.map((t) => db.table(t).toArray()));
    const incremental = await read();
    expect((await streamEvents(db, id)).every((r) => r.labelTier === 'accurate')).toBe(true);
    for (const t of tables) await db.table(t).clear();
    while (await catchUpSummary(db, id));
    expect(incremental).toEqual(await read());
    const state = (await db.summaryStates.get(id))!;
    expect(state.sentiment).toEqual([3, 0, 3]); // negative, neutral, positive
  });

  it('the question queue, summary and FAQ get each row once, with its final (accurate) labels, in seq order', async () => {
    const id = await stream(['nice stream', 'lovely', 'wow'], [ev('7', undefined, 'gift')]);
    const q: CommentLabels = { ...ACC, intent: 'ask_price', intentScore: 0.9 };
    const { classify } = tiers((t) => (t === 'lovely' ? q : ACC));
    const queue = createQuestionQueue({ db });
    const seen: { seq: number; tier?: string }[] = [];
    const labeller = createLabeller(db, classify, {
      afterLabel: async (streamId, rows) => {
        seen.push(...rows.map((r) => ({ seq: r.seq, tier: r.labelTier })));
        await queue.onLabelled(streamId, rows);
        // As the worker's summariser: no further than the queue has filed.
        while (await catchUpSummary(db, streamId, rows.at(-1)!.seq));
      },
      refine: hooksFor(),
      policy: { refineMin: 1, refineMax: 1 },
      // Refining keeps up here, however slow the machine: no row goes on early (hand-on.test.ts).
      hand: { afterMs: Infinity, afterEvents: Infinity },
    });
    labeller.kick(id);
    await labeller.whenIdle();
    // Fast labels said chitchat everywhere; the accurate tier found the question, and it is the one filed.
    expect(seen).toEqual([{ seq: 0, tier: 'accurate' }, { seq: 1, tier: 'accurate' }, { seq: 2, tier: 'accurate' }, { seq: 3, tier: undefined }]);
    expect((await db.questionMembers.toArray()).map((m) => m.eventId)).toEqual(['1']);
    expect((await db.streamViewers.toArray()).find((v) => v.name === 'u1')?.questions).toBe(1);
    const incremental = await db.summaryStates.toArray();
    for (const t of ['summaryStates', 'summaryMinutes', 'summaryProducts', 'streamViewers']) await db.table(t).clear();
    while (await catchUpSummary(db, id));
    expect(await db.summaryStates.toArray()).toEqual(incremental);
  });
});
