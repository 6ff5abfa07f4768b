import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { LiveCopilotDb } from '../../db/db';
import { attachStream } from '../../db/streams-repo';
import { ingestEvents } from '../../db/events-repo';
import { exportStreamLog, importStreamPlans } from '../../db/stream-log-repo';
import { parseEventLog, type LogEvent } from '../../events/event-log';
import { labelNextBatch } from '../../background/labeller';
import { createQuestionQueue } from '../../suggest/queue/question-queue';
import { planImport } from '../../stream-log/plan-import';
import { INTENTS, SENTIMENTS } from '../../ml/labels';
import { catchUpSummary, createSummariser } from '../store/catch-up';
import { loadHeadline, loadSummaryReport, READER_TAIL } from '../store/read';
import { questionGroups } from '../store/stream-facts';
import { summarizeLog } from '../summarize';
import { CATALOG, HAND_LOG, lab, s } from './fixtures';

let db: LiveCopilotDb;
let n = 0;
beforeEach(async () => {
  db = new LiveCopilotDb(`summary-store-${n++}`);
  await db.products.bulkAdd(CATALOG.map((p) => ({ ...p })));
});
afterEach(async () => {
  await db.delete();
});

async function importLog(log: LogEvent[]): Promise<number> {
  const plan = planImport(parseEventLog(log.map((e) => JSON.stringify(e)).join('\n')));
  const [id] = await importStreamPlans(db, plan.streams, 'test.jsonl');
  return id!;
}

/** What the worker does after an import: label batches (labels given here), the question queue, then the summary. */
async function work(streamId: number) {
  const queue = createQuestionQueue({ db });
  while (await labelNextBatch(db, streamId, async (t) => t.map(() => null), queue.onLabelled));
  while (await catchUpSummary(db, streamId));
}

/** The pure path over the stream's own export, with the question grouping the worker stored. */
async function pure(streamId: number) {
  const log = parseEventLog((await exportStreamLog(db, streamId))!.text).events;
  const q = await questionGroups(db, streamId, []);
  const members = await db.questionMembers.where('[streamId+eventId]').between([streamId, ''], [streamId, '\uffff']).toArray();
  return summarizeLog(log, { catalog: CATALOG, questions: { groups: q.groups, members: members.filter((m) => m.groupId) } });
}

const strip = <T extends { behind?: number }>({ behind: _b, ...r }: T) => r;

describe('incremental aggregates (worker) = the pure path', () => {
  it('the hand-made stream: same report, numbers as in the metric tests', async () => {
    const id = await importLog(HAND_LOG);
    await work(id);
    const loaded = (await loadSummaryReport(db, id))!;
    expect(loaded.behind).toBe(0);
    expect(strip(loaded)).toEqual(await pure(id));
    const m = loaded.summary;
    expect(m.comments).toEqual({ total: 4, perMinute: 4 / 3, uniqueCommenters: 2 });
    expect(m.viewers).toEqual({ peak: 300, avg: 200 });
    expect([m.likes, m.gifts, m.purchases, m.joins, m.follows]).toEqual([2, 1, 1, 1, 1]);
    expect(m.questions.map((q) => q.text)).toEqual(['how much is the hoodie?', '#2 how much']);
    expect(m.products.map((p) => p.sku)).toEqual(['HOOD', 'MUG']);
  });

  it('before the worker has folded anything, the reader folds everything itself', async () => {
    const id = await importLog(HAND_LOG);
    const loaded = (await loadSummaryReport(db, id))!;
    expect(loaded.behind).toBe(HAND_LOG.filter((e) => e.kind !== 'viewers').length - 1);
    expect(loaded.summary.comments.total).toBe(4);
    expect(await loadHeadline(db, id)).toEqual({ durationMs: 180_000, peakViewers: 300, comments: 4, mood: 0.5, behind: loaded.behind });
  });

  it('a backlog longer than READER_TAIL: the reader folds its first READER_TAIL events (a re-read costs that much, not the backlog), behind counts them all', async () => {
    const extra = 30;
    const say = (i: number): LogEvent => ({ platform: 'tiktok', streamKey: 'tiktok:glow', id: `c${i}`, ts: s(i % 120), kind: 'comment', author: { name: `v${i % 7}`, role: 'viewer' }, text: `hi ${i}` });
    const id = await importLog(Array.from({ length: READER_TAIL + extra }, (_, i) => say(i)));
    const loaded = (await loadSummaryReport(db, id))!;
    expect(loaded.behind).toBe(READER_TAIL + extra);
    expect(loaded.summary.comments.total).toBe(READER_TAIL);
    expect(await loadHeadline(db, id)).toMatchObject({ comments: READER_TAIL, behind: READER_TAIL + extra });
    // Once the worker has folded all but the last few, the reader folds the rest: exact again.
    await db.streams.update(id, { labelledSeq: READER_TAIL + extra - 1 });
    await catchUpSummary(db, id, READER_TAIL + extra - 6);
    const caught = (await loadSummaryReport(db, id))!;
    expect(caught.behind).toBe(5);
    expect(strip(caught)).toEqual(await pure(id));
  });

  it('live capture: batches, a deletion of an already summarised comment, a gift streak re-sent', async () => {
    const stream = await attachStream(db, { roomKey: 'tiktok:glow', platform: 'tiktok', url: 'u' }, s(0));
    const id = stream.id!;
    const [a, b] = [HAND_LOG.slice(0, 12), HAND_LOG.slice(12)];
    await ingestEvents(db, id, a, s(80));
    await db.events.where('[streamId+seq]').between([id, 0], [id, 1e9]).modify((e) => void (e.labels ??= undefined));
    await catchUpSummary(db, id, 1e9);
    await ingestEvents(db, id, [...b, { ...HAND_LOG[4]!, count: 40 }], s(180));
    await catchUpSummary(db, id, 1e9);
    const loaded = (await loadSummaryReport(db, id))!;
    expect(loaded.behind).toBe(0);
    expect(loaded.summary.comments.total).toBe(4);
    expect(loaded.summary.gifts).toBe(1);
    expect(strip(loaded)).toEqual(await pure(id));
  });

  it('the worker folds no further than the question queue has filed, whoever kicks', async () => {
    const id = await importLog(HAND_LOG);
    const total = (await db.streams.get(id))!.eventCount;
    // Every event labelled, but the queue has filed only the first three.
    await db.streams.update(id, { labelledSeq: total - 1 });
    const summariser = createSummariser(db);
    summariser.kick(id, 2);
    await vi.waitFor(async () => expect((await db.summaryStates.get(id))?.seq).toBe(2), { timeout: 10_000 });
    // A page asking for the summary (no watermark) does not fold past the queue either.
    summariser.kick(id);
    summariser.kick(id, 1);
    await new Promise((r) => setTimeout(r, 50));
    expect((await db.summaryStates.get(id))?.seq).toBe(2);
    summariser.kick(id, total - 1);
    await vi.waitFor(async () => expect((await db.summaryStates.get(id))?.seq).toBe(total - 1), { timeout: 10_000 });
  });

  it('once caught up, kicks that come within the gap are gathered into one catch-up (off the write path)', async () => {
    const id = await importLog(HAND_LOG);
    const total = (await db.streams.get(id))!.eventCount;
    await db.streams.update(id, { labelledSeq: total - 1 });
    const timers: (() => void)[] = [];
    const summariser = createSummariser(db, { setTimeout: (fn) => timers.push(fn) });
    summariser.kick(id, 0);
    await vi.waitFor(async () => expect((await db.summaryStates.get(id))?.seq).toBe(0), { timeout: 10_000 });
    await vi.waitFor(() => expect(timers).toHaveLength(1));
    const puts = vi.spyOn(db.summaryStates, 'put');
    summariser.kick(id, 1);
    summariser.kick(id, total - 1);
    await new Promise((r) => setTimeout(r, 50));
    expect(puts).not.toHaveBeenCalled();
    timers.shift()!();
    await vi.waitFor(async () => expect((await db.summaryStates.get(id))?.seq).toBe(total - 1), { timeout: 10_000 });
    expect(puts).toHaveBeenCalledTimes(1);
  });

  it('a deletion that comes before its target and again after it takes the target out once (fast-check seed -622191071)', async () => {
    const c = { platform: 'tiktok' as const, streamKey: 'tiktok:glow', ts: s(0) };
    const say = (id: string): LogEvent => ({ ...c, id, kind: 'comment', author: { name: 'amy', role: 'viewer' }, text: 'hi' });
    const del = (id: string): LogEvent => ({ ...c, id, kind: 'deletion', targetId: 'e2' });
    const id = await importLog([del('e0'), say('e1'), say('e2'), del('e3'), say('e4')]);
    expect((await loadSummaryReport(db, id))!.summary.comments.total).toBe(2);
    await db.streams.update(id, { labelledSeq: 4 });
    while (await catchUpSummary(db, id));
    expect(strip((await loadSummaryReport(db, id))!)).toEqual(await pure(id));
    expect((await loadSummaryReport(db, id))!.summary.comments.total).toBe(2);
  });

  it('any stream, folded in any chunks, read at any point, equals the pure path (property)', async () => {
    const names = ['amy', 'bob', '小王', 'carl', 'dan'];
    const texts = ['hi', 'how much is the hoodie?', '#2 please', 'this one!', '多少钱', 'love it', 'bad'];
    const evArb = fc.record({
      kind: fc.constantFrom('comment', 'comment', 'comment', 'superchat', 'like', 'gift', 'join', 'follow', 'purchase', 'product', 'deletion', 'viewers', 'membership'),
      dt: fc.integer({ min: 0, max: 90_000 }),
      who: fc.constantFrom(...names),
      text: fc.constantFrom(...texts),
      labelled: fc.boolean(),
      sentiment: fc.constantFrom(...SENTIMENTS),
      intent: fc.constantFrom(...INTENTS),
      target: fc.nat(),
      viewers: fc.integer({ min: 0, max: 5000 }),
      ref: fc.constantFrom('#1', '#2', 'Glaze Mug', 'unknown'),
      pitch: fc.option(fc.constantFrom('HOOD', 'MUG', null), { nil: undefined }),
      repeat: fc.nat(),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(evArb, { minLength: 1, maxLength: 60 }), fc.array(fc.nat(), { maxLength: 4 }), async (spec, cuts) => {
        let ts = s(0);
        const log: LogEvent[] = [];
        spec.forEach((x, i) => {
          ts += x.dt;
          const common = { platform: 'tiktok' as const, streamKey: 'tiktok:glow', id: `e${i}`, ts };
          let e: LogEvent;
          if (x.kind === 'viewers') e = { ...common, kind: 'viewers', viewers: x.viewers };
          else if (x.kind === 'deletion') e = { ...common, kind: 'deletion', targetId: `e${x.target % spec.length}` };
          else if (x.kind === 'product') e = { ...common, kind: 'product', product: { ref: x.ref } };
          else if (x.kind === 'gift' && x.repeat % 3 === 0 && log.some((l) => l.kind === 'gift')) e = { ...log.find((l) => l.kind === 'gift')!, count: x.repeat };
          else e = { ...common, kind: x.kind, author: { name: x.who, role: x.repeat % 7 === 0 ? 'owner' : 'viewer' }, text: x.text, ...(x.labelled ? { labels: lab(x.sentiment, x.intent) } : {}) };
          if (x.pitch !== undefined && e.kind !== 'viewers') e = { ...e, pitch: { sku: x.pitch } };
          log.push(e);
        });
        const id = await importLog(log);
        const total = (await db.streams.get(id))!.eventCount;
        for (const c of [...cuts.map((c) => c % (total + 1)), total].sort((p, q) => p - q)) {
          while (await catchUpSummary(db, id, c - 1));
          const mid = (await loadSummaryReport(db, id))!;
          expect(strip(mid)).toEqual(await pure(id));
        }
        await db.streams.delete(id);
      }),
      { numRuns: 25 },
    );
    // A generous limit: IndexedDB in fake-indexeddb is slow on a loaded machine; this checks behaviour, not speed.
  }, 180_000);
});
