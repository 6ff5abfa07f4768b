import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LiveCopilotDb } from '../../db/db';
import { attachStream } from '../../db/streams-repo';
import { ingestEvents, streamEvents } from '../../db/events-repo';
import type { StoredEvent } from '../../db/schema';
import type { LiveEvent } from '../../events/live-event';
import type { CommentLabels } from '../../ml/labels';
import { createQuestionQueue } from '../../suggest/queue/question-queue';
import { catchUpSummary, summaryTables } from '../../summary/store/catch-up';
import { refoldEvents } from '../../summary/store/refold';
import { createLabeller, type Classify, type LabellerOptions } from '../labeller';
import type { Relabel } from '../refiner';

let db: LiveCopilotDb;
let k = 0;
beforeEach(() => {
  db = new LiveCopilotDb(`hand-${k++}-${Math.random()}`);
});
afterEach(async () => {
  await db.delete();
});

const ev = (i: number, text: string): LiveEvent => ({ platform: 'douyin', streamKey: 'douyin:1', kind: 'comment', id: `${i}`, ts: 60_000 * i, text, author: { name: `u${i}`, role: 'viewer' } });
const L = (intent: CommentLabels['intent'], sentiment: CommentLabels['sentiment'] = 'neutral'): CommentLabels => ({ lang: 'en', sentiment, sentimentScore: 0.9, intent, intentScore: 0.9 });
// The student calls every line with "price" or "much" a price question; the teacher agrees only on "how much".
const fastOf = (t: string) => (/price|much/.test(t) ? L('ask_price') : L('chitchat'));
const accurateOf = (t: string) => (/much/.test(t) ? L('ask_price') : L('praise', 'positive'));

/** A fake clock and timer list the labeller's timers go on; `advance` fires what is due, in order. */
function clock() {
  let t = 0;
  const timers: { at: number; fn: () => void }[] = [];
  return {
    now: () => t,
    setTimeout: (fn: () => void, ms: number) => void timers.push({ at: t + ms, fn }),
    drop: () => void timers.splice(0),
    async advance(ms: number, idle: () => Promise<void>) {
      const end = t + ms;
      for (;;) {
        timers.sort((a, b) => a.at - b.at);
        if (!timers.length || timers[0]!.at > end) break;
        const next = timers.shift()!;
        t = Math.max(t, next.at);
        next.fn();
        await idle();
      }
      t = end;
    },
  };
}

/** Tiers: the student always answers; the teacher only while `up` (otherwise: still loading). */
function tiers() {
  const state = { up: false };
  const classify: Classify = async (texts, tier) => ({ tier, labels: texts.map((t) => (tier === 'fast' ? fastOf(t) : state.up ? accurateOf(t) : null)) });
  return { state, classify };
}

async function stream(texts: string[]) {
  const s = await attachStream(db, { roomKey: 'douyin:1', platform: 'douyin', url: 'u' }, 0);
  await ingestEvents(db, s.id!, texts.map((t, i) => ev(i, t)), 0);
  return s.id!;
}

/** The worker's follow-up: queue files, summary folds no further than the queue went; records what it was given. */
function worker(seen: { seq: number; tier?: string }[]) {
  const queue = createQuestionQueue({ db });
  const afterLabel: LabellerOptions['afterLabel'] = async (streamId: number, rows: StoredEvent[]) => {
    seen.push(...rows.map((r) => ({ seq: r.seq, tier: r.labelTier })));
    await queue.onLabelled(streamId, rows);
    while (await catchUpSummary(db, streamId, rows.at(-1)!.seq));
  };
  const refine = {
    tables: summaryTables(db),
    inTransaction: (streamId: number, changes: Relabel[]) => refoldEvents(db, streamId, changes.map((c) => ({ row: c.row, labels: c.before }))),
  };
  return { afterLabel, refine };
}

const SUMMARY = ['summaryStates', 'summaryMinutes', 'summaryProducts', 'streamViewers'] as const;
/** The stored aggregates equal a fresh fold of the rows as they are now. */
async function expectSummaryFresh(id: number) {
  while (await catchUpSummary(db, id));
  const read = () => Promise.all(SUMMARY.map((t) => db.table(t).toArray()));
  const incremental = await read();
  for (const t of SUMMARY) await db.table(t).clear();
  while (await catchUpSummary(db, id));
  expect(incremental).toEqual(await read());
}

describe('hand-on: the question queue, summary and FAQ do not wait minutes for refining', () => {
  it('burst then idle: rows waiting afterMs go on once with first labels; the refine pass relabels them later and hands nothing again', async () => {
    const id = await stream(['how much?', 'nice', 'wow', 'price pls', 'lol', 'ok']);
    const c = clock();
    const { state, classify } = tiers();
    const seen: { seq: number; tier?: string }[] = [];
    const labeller = createLabeller(db, classify, { ...worker(seen), now: c.now, setTimeout: c.setTimeout, retryMs: { min: 250, max: 250 }, hand: { afterMs: 1000, afterEvents: 1000 } });
    labeller.kick(id);
    await labeller.whenIdle();
    // First labels are in; the teacher is still loading: nothing went on yet.
    expect((await streamEvents(db, id)).every((r) => r.labelTier === 'fast')).toBe(true);
    expect(seen).toEqual([]);
    await c.advance(999, labeller.whenIdle);
    expect(seen).toEqual([]);
    await c.advance(1, labeller.whenIdle);
    expect(seen).toEqual([0, 1, 2, 3, 4, 5].map((seq) => ({ seq, tier: 'fast' })));
    expect(labeller.stats().handOn).toMatchObject({ rows: 6, early: 6 });
    // Filed on the student's labels: both "price" lines.
    expect((await db.questionMembers.toArray()).map((m) => m.eventId).sort()).toEqual(['0', '3']);
    state.up = true;
    await c.advance(10_000, labeller.whenIdle);
    expect((await streamEvents(db, id)).every((r) => r.labelTier === 'accurate')).toBe(true);
    expect(seen).toHaveLength(6); // not handed on again
    // A question filed on first labels stays filed though the teacher says "praise" (README: kept).
    expect((await db.questionMembers.toArray()).map((m) => m.eventId).sort()).toEqual(['0', '3']);
    // The summary's label tallies follow the refined labels (refold in the refine's transaction).
    await expectSummaryFresh(id);
    const s = await db.streams.get(id);
    expect([s?.handedSeq, s?.refinedSeq, s?.labelledSeq]).toEqual([5, 5, 5]);
  });

  it('an early hand-on waits while first labels are behind (its embeddings share the model worker), then goes on', async () => {
    const id = await stream(['how much?', 'nice', 'wow']);
    const c = clock();
    let hold: Promise<void> | null = null;
    let release = () => {};
    const classify: Classify = async (texts, tier) => {
      if (tier === 'fast' && hold) await hold;
      return { tier, labels: texts.map((t) => (tier === 'fast' ? fastOf(t) : null)) };
    };
    const seen: { seq: number; tier?: string }[] = [];
    const labeller = createLabeller(db, classify, { ...worker(seen), now: c.now, setTimeout: c.setTimeout, retryMs: { min: 250, max: 250 }, hand: { afterMs: 1000, afterEvents: 1000 } });
    labeller.kick(id);
    await labeller.whenIdle();
    // New events arrive and their first labels are slow to come: the rows due for an early hand-on wait.
    hold = new Promise<void>((ok) => (release = ok));
    await ingestEvents(db, id, [ev(3, 'price pls'), ev(4, 'lol')], 0);
    labeller.kick(id);
    const settle = () => new Promise<void>((ok) => setTimeout(ok, 30));
    await settle();
    await c.advance(1000, settle);
    expect(seen).toEqual([]);
    hold = null;
    release();
    await labeller.whenIdle();
    await c.advance(250, labeller.whenIdle);
    expect(seen.slice(0, 3)).toEqual([0, 1, 2].map((seq) => ({ seq, tier: 'fast' })));
    await c.advance(2000, labeller.whenIdle);
    expect(seen.map((x) => x.seq)).toEqual([0, 1, 2, 3, 4]);
  });

  it('while refining keeps up, rows go on with the teacher labels, nothing early', async () => {
    const id = await stream(['how much?', 'price pls', 'nice']);
    const c = clock();
    const { state, classify } = tiers();
    state.up = true;
    const seen: { seq: number; tier?: string }[] = [];
    const labeller = createLabeller(db, classify, { ...worker(seen), now: c.now, setTimeout: c.setTimeout });
    labeller.kick(id);
    await labeller.whenIdle();
    expect(seen).toEqual([0, 1, 2].map((seq) => ({ seq, tier: 'accurate' })));
    expect(labeller.stats().handOn).toMatchObject({ rows: 3, early: 0 });
    expect((await db.questionMembers.toArray()).map((m) => m.eventId)).toEqual(['0']);
  });

  it('more than afterEvents behind: the oldest go on at once, without waiting for the clock', async () => {
    const id = await stream(Array.from({ length: 30 }, (_, i) => `line ${i}`));
    const c = clock();
    const { classify } = tiers();
    const seen: { seq: number; tier?: string }[] = [];
    const labeller = createLabeller(db, classify, { ...worker(seen), now: c.now, setTimeout: c.setTimeout, retryMs: { min: 250, max: 250 }, hand: { afterMs: 60_000, afterEvents: 10 } });
    labeller.kick(id);
    await labeller.whenIdle();
    expect(seen.map((s) => s.seq)).toEqual(Array.from({ length: 20 }, (_, i) => i));
  });

  it('restart mid-way: a stretch the stopped worker was handing goes on again, and the queue files its questions once', async () => {
    const id = await stream(Array.from({ length: 20 }, (_, i) => (i % 3 === 0 ? `how much ${i}?` : `nice ${i}`)));
    // No student: first labels are final, so stretches follow the label batches.
    const classify: Classify = async (texts) => ({ tier: 'accurate', labels: texts.map(accurateOf) });
    const first: number[] = [];
    let hung: number[] = [];
    const q1 = createQuestionQueue({ db });
    // The first worker is stopped inside its second stretch, after the queue filed it, before the progress was written.
    const l1 = createLabeller(db, classify, {
      policy: { maxBatch: 5 },
      hand: { chunk: 5 },
      afterLabel: async (sid, rows) => {
        await q1.onLabelled(sid, rows);
        if (first.length && !hung.length) {
          hung = rows.map((r) => r.seq);
          return new Promise(() => {});
        }
        first.push(...rows.map((r) => r.seq));
      },
    });
    l1.kick(id);
    await vi.waitFor(async () => expect((await db.streams.get(id))?.labelledSeq).toBe(19), { timeout: 10_000 });
    await vi.waitFor(() => expect(hung.length).toBeGreaterThan(0), { timeout: 10_000 });
    const second: number[] = [];
    const q2 = createQuestionQueue({ db });
    const l2 = createLabeller(db, classify, { afterLabel: async (sid, rows) => { second.push(...rows.map((r) => r.seq)); await q2.onLabelled(sid, rows); } });
    await l2.resume();
    await l2.whenIdle();
    // Nothing skipped; only the interrupted stretch was given again, first.
    expect(second.slice(0, hung.length)).toEqual(hung);
    expect([...first, ...hung, ...second].sort((a, b) => a - b)).toEqual([...Array.from({ length: 20 }, (_, i) => i), ...hung].sort((a, b) => a - b));
    const members = await db.questionMembers.toArray();
    expect(members.map((m) => Number(m.eventId)).sort((a, b) => a - b)).toEqual([0, 3, 6, 9, 12, 15, 18]);
    const groups = await db.questionGroups.toArray();
    expect(groups.reduce((a, g) => a + g.count, 0)).toBe(7);
    expect((await db.streams.get(id))?.handedSeq).toBe(19);
  });

  it('property: across arrivals, clock, teacher up or down and worker restarts, every row goes on exactly once and ends refined', async () => {
    const step = fc.oneof(
      fc.record({ op: fc.constant('arrive' as const), n: fc.integer({ min: 1, max: 12 }) }),
      fc.record({ op: fc.constant('wait' as const), ms: fc.integer({ min: 0, max: 3000 }) }),
      fc.record({ op: fc.constant('teacher' as const), up: fc.boolean() }),
      fc.record({ op: fc.constant('restart' as const) }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 12 }), async (steps) => {
        const d = new LiveCopilotDb(`hand-prop-${k++}-${Math.random()}`);
        try {
          const s = await attachStream(d, { roomKey: 'douyin:1', platform: 'douyin', url: 'u' }, 0);
          const id = s.id!;
          const c = clock();
          const { state, classify } = tiers();
          const seen: number[] = [];
          const make = () =>
            createLabeller(d, classify, {
              afterLabel: async (_sid, rows) => void seen.push(...rows.map((r) => r.seq)),
              now: c.now,
              setTimeout: c.setTimeout,
              retryMs: { min: 250, max: 250 },
              policy: { maxBatch: 4, refineMin: 3, refineMax: 3 },
              hand: { afterMs: 1000, afterEvents: 7 },
            });
          let l = make();
          let n = 0;
          for (const st of steps) {
            if (st.op === 'arrive') {
              await ingestEvents(d, id, Array.from({ length: st.n }, (_, i) => ev(n + i, i % 2 ? 'price?' : 'hi')), 0);
              n += st.n;
              l.kick(id);
            } else if (st.op === 'wait') await c.advance(st.ms, l.whenIdle);
            else if (st.op === 'teacher') state.up = st.up;
            else {
              // The worker is stopped between steps: its timers die with it.
              c.drop();
              l = make();
              await l.resume();
            }
            await l.whenIdle();
          }
          state.up = true;
          await l.resume();
          await c.advance(60_000, l.whenIdle);
          expect([...seen].sort((a, b) => a - b)).toEqual(Array.from({ length: n }, (_, i) => i));
          const rows = await streamEvents(d, id);
          expect(rows.every((r) => r.labelTier === 'accurate')).toBe(true);
          const fin = await d.streams.get(id);
          if (n) expect([fin?.handedSeq, fin?.refinedSeq, fin?.labelledSeq]).toEqual([n - 1, n - 1, n - 1]);
        } finally {
          await d.delete();
        }
      }),
      { numRuns: 25 },
    );
  });
});
