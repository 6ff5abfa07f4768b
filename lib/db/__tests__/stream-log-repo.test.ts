import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { LiveCopilotDb } from '../db';
import { attachStream } from '../streams-repo';
import { ingestEvents, streamEvents, viewerCurve } from '../events-repo';
import { exportStreamLog, importStreamPlans, streamPitches } from '../stream-log-repo';
import { parseEventLog } from '../../events/event-log';
import type { LiveEvent } from '../../events/live-event';
import { planImport } from '../../stream-log/plan-import';

let db: LiveCopilotDb;
let n = 0;
beforeEach(() => {
  db = new LiveCopilotDb(`stream-log-${n++}`);
});
afterEach(async () => {
  await db.delete();
});

const room = { roomKey: 'tiktok:shop', platform: 'tiktok' as const, url: 'https://www.tiktok.com/@shop/live', title: 'Sale' };
const base = { platform: 'tiktok' as const, streamKey: 'tiktok:shop' };
const labels = { lang: 'en' as const, sentiment: 'neutral' as const, sentimentScore: 0.7, intent: 'ask_price' as const, intentScore: 0.9 };

/** What makes two streams "the same": everything stored about them but ids and bookkeeping. */
async function snapshot(streamId: number) {
  const s = (await db.streams.get(streamId))!;
  return {
    stream: { platform: s.platform, roomKey: s.roomKey, eventCount: s.eventCount, commentCount: s.commentCount, peakViewers: s.peakViewers, lastViewers: s.lastViewers },
    events: (await streamEvents(db, streamId)).map(({ streamId: _s, ...e }) => e),
    samples: (await viewerCurve(db, streamId)).map(({ streamId: _s, ...v }) => v),
    pitches: (await streamPitches(db, streamId)).map((p) => [p.ts, p.sku]).sort(),
  };
}

async function roundTrip(streamId: number): Promise<{ id: number; first: string; second: string }> {
  const first = (await exportStreamLog(db, streamId))!;
  const plan = planImport(parseEventLog(first.text));
  expect(plan.errors).toEqual([]);
  const [id] = await importStreamPlans(db, plan.streams, first.fileName);
  return { id: id!, first: first.text, second: (await exportStreamLog(db, id!))!.text };
}

describe('stream export → import', () => {
  it('gives the same stream: events in order with labels, deletions, gift streaks, viewer readings, pitches', async () => {
    const s = await attachStream(db, room, 1000);
    const ev = (id: string, ts: number, extra: Partial<LiveEvent> = {}): LiveEvent => ({ ...base, kind: 'comment', id, ts, author: { name: 'amy', role: 'viewer' }, text: id, ...extra });
    await ingestEvents(db, s.id!, [ev('c1', 1000), { ...base, kind: 'viewers', id: 'v1', ts: 1000, viewers: 120 }, ev('g1', 1100, { kind: 'gift', count: 3, gift: 'Rose', text: 'sent Rose' })], 1100);
    await ingestEvents(db, s.id!, [ev('g1', 1100, { kind: 'gift', count: 9, gift: 'Rose', text: 'sent Rose' }), ev('c2', 1200, { text: '多少钱 😍' }), ev('d1', 1300, { kind: 'deletion', targetId: 'c1', text: undefined })], 1300);
    await ingestEvents(db, s.id!, [{ ...base, kind: 'viewers', id: 'v2', ts: 1250, viewers: 300 }, ev('p1', 1400, { kind: 'product', text: 'Mug', product: { ref: '#2', title: 'Mug', price: '$12' } })], 1400);
    await db.events.update([s.id!, 'c2'], { labels });
    await db.pitches.bulkAdd([
      { streamId: s.id!, ts: 1050, sku: 'HAT', source: 'host' },
      { streamId: s.id!, ts: 1400, sku: 'MUG', source: 'page' },
      { streamId: s.id!, ts: 1500, sku: null, source: 'host' },
    ]);
    const { id, first, second } = await roundTrip(s.id!);
    expect(await snapshot(id)).toEqual(await snapshot(s.id!));
    expect(second).toBe(first);
    const imported = (await db.streams.get(id))!;
    expect(imported).toMatchObject({ endedAt: 1500, endReason: 'imported', startedAt: 1000, importedFrom: expect.stringMatching(/^tiktok_shop-.*\.jsonl$/) });
    expect((await snapshot(id)).events.find((e) => e.id === 'c1')?.deleted).toBe(true);
    expect((await snapshot(id)).events.find((e) => e.id === 'g1')?.count).toBe(9);
  });

  it('holds for any mix of events, readings and pitches (property)', async () => {
    const kinds = ['comment', 'gift', 'like', 'join', 'product', 'purchase'] as const;
    const item = fc.oneof(
      fc.record({ t: fc.constant('event' as const), kind: fc.constantFrom(...kinds), ts: fc.integer({ min: 0, max: 50 }), text: fc.string({ maxLength: 6 }), labelled: fc.boolean() }),
      fc.record({ t: fc.constant('viewers' as const), ts: fc.integer({ min: 0, max: 50 }), viewers: fc.nat(5000) }),
      fc.record({ t: fc.constant('pitch' as const), ts: fc.integer({ min: 0, max: 60 }), sku: fc.constantFrom('A', 'B', null) }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(item, { minLength: 1, maxLength: 25 }), async (drawn) => {
        // Capture order is time order (ties allowed); two readings never share a millisecond.
        let t = 0;
        const readingAt = new Set<number>();
        const items = drawn
          .map((x) => ({ ...x, ts: (t += x.ts % 4) }))
          .filter((x) => x.t !== 'viewers' || (!readingAt.has(x.ts) && readingAt.add(x.ts)));
        const s = await attachStream(db, { ...room, roomKey: `tiktok:p${n++}` }, 0);
        const key = `tiktok:p${n - 1}`;
        const events: LiveEvent[] = items.flatMap((x, i): LiveEvent[] =>
          x.t === 'event' ? [{ ...base, streamKey: key, kind: x.kind, id: `e${i}`, ts: x.ts, text: x.text, ...(x.kind === 'product' ? { product: { ref: x.text } } : {}) }]
          : x.t === 'viewers' ? [{ ...base, streamKey: key, kind: 'viewers', id: `v${i}`, ts: x.ts, viewers: x.viewers }] : [],
        );
        await ingestEvents(db, s.id!, events, 0);
        for (const [i, x] of items.entries()) {
          if (x.t === 'event' && x.labelled && x.kind === 'comment') await db.events.update([s.id!, `e${i}`], { labels });
          if (x.t === 'pitch') await db.pitches.add({ streamId: s.id!, ts: x.ts, sku: x.sku, source: 'host' });
        }
        const { id, first, second } = await roundTrip(s.id!);
        expect(await snapshot(id)).toEqual(await snapshot(s.id!));
        expect(second).toBe(first);
      }),
      { numRuns: 40 },
    );
  }, 60_000); // many Dexie round trips: generous on a loaded machine

  it('an import that fails half-way stores nothing', async () => {
    const plan = planImport(parseEventLog(`${JSON.stringify({ ...base, kind: 'comment', id: 'a', ts: 1, text: 'x' })}\n`));
    // The second stream's event has no id: IndexedDB refuses it after the first stream was written.
    const broken = [...plan.streams, { ...plan.streams[0]!, events: [{ ...plan.streams[0]!.events[0]!, id: undefined as never }] }];
    await expect(importStreamPlans(db, broken, 'f.jsonl')).rejects.toThrow();
    expect(await db.streams.count()).toBe(0);
    expect(await db.events.count()).toBe(0);
  });
});
