import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LiveCopilotDb } from '../../db/db';
import { attachStream } from '../../db/streams-repo';
import { ingestEvents, storeEvents, streamEvents } from '../../db/events-repo';
import { createLabeller, labelBatch, type Classify } from '../labeller';
import type { LiveEvent } from '../../events/live-event';
import type { CommentLabels } from '../../ml/labels';
import type { TierName } from '../../realtime/tiers';

let db: LiveCopilotDb;
beforeEach(() => {
  db = new LiveCopilotDb(`label-${Math.random()}`);
});
afterEach(async () => {
  await db.delete();
});

const ev = (id: string, kind: LiveEvent['kind'] = 'comment', room = 'douyin:1'): LiveEvent => ({ platform: 'douyin', streamKey: room, kind, id, ts: 1, text: `t${id}` });
const label: CommentLabels = { lang: 'zh', sentiment: 'neutral', sentimentScore: 0.9, intent: 'ask_price', intentScore: 0.8 };
const ok = (seen?: string[][], tiers?: TierName[]): Classify => async (texts, tier) => {
  seen?.push(texts);
  tiers?.push(tier);
  return { tier: 'accurate', labels: texts.map(() => label) };
};

async function stream(n: number, room = 'douyin:1') {
  const s = await attachStream(db, { roomKey: room, platform: 'douyin', url: 'u' }, 0);
  await ingestEvents(db, s.id!, [...Array.from({ length: n }, (_, i) => ev(`${room}-${i}`, 'comment', room)), ev(`${room}-g`, 'gift', room)], 0);
  return s.id!;
}

const plan = (streamId: number, from: number, n: number) => ({ tier: 'accurate' as const, take: [{ streamId, from, n }], backlog: n });

describe('labelBatch', () => {
  it('labels the text events of a batch and records progress in the stream, in one transaction', async () => {
    const id = await stream(5);
    const seen: string[][] = [];
    const done = await labelBatch(db, plan(id, 0, 6), ok(seen));
    expect(done?.texts).toBe(5);
    const rows = await streamEvents(db, id);
    expect(rows.filter((r) => r.kind === 'comment').every((r) => r.labels?.intent === 'ask_price')).toBe(true);
    expect(rows.find((r) => r.kind === 'gift')?.labels).toBeUndefined();
    expect(seen.flat()).toHaveLength(5);
    expect((await db.streams.get(id))?.labelledSeq).toBe(5);
  });

  it('keeps events unlabelled and progress unchanged when the models give nothing back', async () => {
    const id = await stream(3);
    expect(await labelBatch(db, plan(id, 0, 4), async (t, tier) => ({ tier, labels: t.map(() => null) }))).toBeNull();
    expect((await db.streams.get(id))?.labelledSeq).toBeUndefined();
    expect(await streamEvents(db, id)).toHaveLength(4); // nothing lost
  });

  it('keeps labels an imported log came with and labels only the rest', async () => {
    const s = await attachStream(db, { roomKey: 'douyin:1', platform: 'douyin', url: '' }, 0);
    const given: CommentLabels = { ...label, intent: 'purchase' };
    await ingestEvents(db, s.id!, [{ ...ev('a'), labels: given } as LiveEvent, ev('b')], 0);
    const seen: string[][] = [];
    const done = await labelBatch(db, plan(s.id!, 0, 2), ok(seen));
    expect(seen).toEqual([['tb']]);
    expect((await streamEvents(db, s.id!)).map((r) => r.labels?.intent)).toEqual(['purchase', 'ask_price']);
    expect(done?.rows.get(s.id!)?.map((r) => r.id)).toEqual(['a', 'b']); // the question queue still sees every row
  });
});

describe('labeller loop', () => {
  it('labels everything a burst stored, oldest first, with batches growing with the backlog; nothing dropped', async () => {
    const s = await attachStream(db, { roomKey: 'douyin:1', platform: 'douyin', url: 'u' }, 0);
    const sizes: number[] = [];
    const tiers: TierName[] = [];
    const order: string[] = [];
    const labeller = createLabeller(db, async (texts, tier) => {
      sizes.push(texts.length);
      tiers.push(tier);
      order.push(...texts);
      return { tier: 'accurate', labels: texts.map(() => label) };
    }, { policy: { maxBatch: 100, fastAbove: 150 } });
    // A quiet start: one event, labelled on its own.
    const first = await storeEvents(db, s.id!, [ev('q0')], 0);
    labeller.kick(s.id!, first.rows);
    await labeller.whenIdle();
    // Then a burst lands before the labeller looks again.
    const burst = Array.from({ length: 400 }, (_, i) => ev(`b${i}`));
    for (let i = 0; i < burst.length; i += 50) await ingestEvents(db, s.id!, burst.slice(i, i + 50), 0);
    labeller.kick(s.id!);
    await labeller.whenIdle();
    expect(sizes[0]).toBe(1);
    expect(Math.max(...sizes)).toBe(100);
    expect(tiers.slice(1, 3)).toEqual(['fast', 'fast']); // 400 and 300 waiting
    expect(tiers[tiers.length - 1]).toBe('accurate');
    expect(order).toEqual(['tq0', ...burst.map((e) => e.text)]);
    const rows = await streamEvents(db, s.id!);
    expect(rows).toHaveLength(401);
    expect(rows.every((r) => r.labels)).toBe(true);
    expect(labeller.stats()).toMatchObject({ backlog: 0, etaMs: 0 });
  });

  it('shares batches between streams so a busy stream does not starve a quiet one', async () => {
    const busy = await stream(300, 'douyin:1');
    const quiet = await stream(3, 'douyin:2');
    const batches: string[][] = [];
    const labeller = createLabeller(db, ok(batches), { policy: { maxBatch: 64, fastAbove: 1e9 } });
    labeller.kick(busy);
    labeller.kick(quiet);
    await labeller.whenIdle();
    // The loop had already planned its first batch when the quiet stream's kick came: the next one has it.
    expect(batches.slice(0, 2).flat().filter((t) => t.startsWith('tdouyin:2'))).toHaveLength(3);
    expect(batches.length).toBeGreaterThan(4);
    expect((await streamEvents(db, busy)).filter((r) => r.kind === 'comment').every((r) => r.labels)).toBe(true);
  });

  it('reads rows it was handed from memory, not back from IndexedDB', async () => {
    const s = await attachStream(db, { roomKey: 'douyin:1', platform: 'douyin', url: 'u' }, 0);
    const labeller = createLabeller(db, ok());
    const stored = await storeEvents(db, s.id!, [ev('1'), ev('2')], 0);
    const where = vi.spyOn(db.events, 'where');
    labeller.kick(s.id!, stored.rows);
    await labeller.whenIdle();
    expect(where).not.toHaveBeenCalled();
    expect((await streamEvents(db, s.id!)).every((r) => r.labels)).toBe(true);
  });

  it('tries again after the models fail, with growing waits, and then labels what waited', async () => {
    const id = await stream(3);
    const timers: { fn: () => void; ms: number }[] = [];
    let working = false;
    const labeller = createLabeller(db, async (t, tier) => ({ tier, labels: t.map(() => (working ? label : null)) }), {
      setTimeout: (fn, ms) => timers.push({ fn, ms }),
      retryMs: { min: 100, max: 250 },
    });
    labeller.kick(id);
    await labeller.whenIdle();
    timers.shift()!.fn();
    await labeller.whenIdle();
    timers.shift()!.fn();
    await labeller.whenIdle();
    expect(timers.map((t) => t.ms)).toEqual([250]);
    expect(labeller.stats().retryInMs).not.toBeNull();
    working = true;
    timers.shift()!.fn();
    await labeller.whenIdle();
    expect((await streamEvents(db, id)).filter((r) => r.labels)).toHaveLength(3);
    expect(labeller.stats().retryInMs).toBeNull();
  });

  it('hands each committed batch, labels applied, to the after-label step in order; its failure does not stall labelling', async () => {
    const id = await stream(2);
    const got: string[] = [];
    const labeller = createLabeller(db, ok(), {
      afterLabel: async (_sid, rows) => {
        got.push(...rows.map((r) => `${r.id}:${r.labels?.intent ?? '-'}`));
        throw new Error('boom');
      },
    });
    labeller.kick(id);
    await labeller.whenIdle();
    expect(got).toEqual(['douyin:1-0:ask_price', 'douyin:1-1:ask_price', 'douyin:1-g:-']);
    const all = await streamEvents(db, id);
    expect((await db.streams.get(id))?.labelledSeq).toBe(all[all.length - 1]?.seq);
  });

  it('resumes streams a stopped worker left unlabelled, without waiting for new events', async () => {
    const id = await stream(4);
    const labeller = createLabeller(db, ok());
    await labeller.resume();
    await labeller.whenIdle();
    expect((await streamEvents(db, id)).filter((r) => r.labels)).toHaveLength(4);
  });
});
