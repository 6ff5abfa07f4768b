import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LiveCopilotDb } from '../../db/db';
import { storeEvents, streamEvents } from '../../db/events-repo';
import { attachStream, endStream } from '../../db/streams-repo';
import type { LiveEvent } from '../../events/live-event';
import { OUTBOX_KEY_PREFIX, outboxStore, segmentKey } from '../../capture/outbox-store';
import type { OutboxPersistence } from '../../capture/outbox';
import { closingCopyIn, drainOrphanOutboxes, ORPHAN_AFTER_MS, startOutboxDrain } from '../outbox-drain';

let db: LiveCopilotDb;
let n = 0;
beforeEach(() => {
  db = new LiveCopilotDb(`drain-${n++}`);
});
afterEach(async () => {
  await db.delete();
});

/** storage.local as a plain object. */
function memoryArea() {
  const data: Record<string, unknown> = {};
  return {
    data,
    get: async () => structuredClone(data),
    set: async (items: Record<string, unknown>) => void Object.assign(data, structuredClone(items)),
    remove: async (k: string | string[]) => void [k].flat().forEach((key) => delete data[key]),
  };
}

/** A whole copy in one segment, as the outbox writes it first. */
const saveAll = (store: OutboxPersistence<LiveEvent>, items: LiveEvent[]) => store.write({ put: [{ segment: 0, items }], drop: [], segments: [0] });

const room = { roomKey: 'douyin:42', platform: 'douyin' as const, url: 'https://live.douyin.com/42', title: '直播' };
const ev = (id: string, ts: number, extra: Partial<LiveEvent> = {}): LiveEvent => ({
  platform: 'douyin',
  streamKey: 'douyin:42',
  kind: 'comment',
  id,
  ts,
  author: { name: 'a', role: 'viewer' },
  text: `扣1 ${id}`,
  ...extra,
});

describe('drainOrphanOutboxes', () => {
  it('stores the copy of a page that is gone into the stream live at the time, drops what already arrived, and removes the copy', async () => {
    const area = memoryArea();
    const t0 = 1_000_000;
    const stream = await attachStream(db, room, t0);
    await storeEvents(db, stream.id!, [ev('a', t0), ev('b', t0 + 1)], t0 + 2);
    // The tab crashed: its copy still holds b (delivered) and c, d (not delivered).
    await saveAll(outboxStore('p1', () => room, area, () => t0 + 100), [ev('b', t0 + 1), ev('c', t0 + 50), ev('d', t0 + 60)]);
    await endStream(db, stream.id!, 'closed', t0 + 200);
    const r = await drainOrphanOutboxes({ db, now: () => t0 + 100 + ORPHAN_AFTER_MS, area });
    expect(r).toMatchObject({ drained: 1, stored: 2, live: 0, discarded: [] });
    expect((await streamEvents(db, stream.id!)).map((e) => e.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(Object.keys(area.data)).toEqual([]);
    // Draining again is a no-op.
    expect(await drainOrphanOutboxes({ db, now: () => t0 + 100 + 2 * ORPHAN_AFTER_MS, area })).toMatchObject({ drained: 0, stored: 0 });
  });

  it('leaves the copy of a live page (recent heartbeat) alone', async () => {
    const area = memoryArea();
    await saveAll(outboxStore('live', () => room, area, () => 5000), [ev('x', 4000)]);
    const r = await drainOrphanOutboxes({ db, now: () => 5000 + ORPHAN_AFTER_MS - 1, area });
    expect(r).toMatchObject({ drained: 0, live: 1 });
    expect(Object.keys(area.data)).toEqual([`${OUTBOX_KEY_PREFIX}live`, segmentKey(`${OUTBOX_KEY_PREFIX}live`, 0)]);
  });

  it('delivers at once the copy a page wrote as it went away (a reload), heartbeat or not', async () => {
    const area = memoryArea();
    const t0 = 1_000_000;
    const stream = await attachStream(db, room, t0);
    await outboxStore('gone', () => room, area, () => t0).write({ put: [{ segment: 0, items: [ev('g1', t0), ev('g2', t0 + 1)] }], drop: [], segments: [0], closing: true });
    expect(closingCopyIn({ [`${OUTBOX_KEY_PREFIX}gone`]: { newValue: area.data[`${OUTBOX_KEY_PREFIX}gone`] } })).toBe(true);
    // The same write without the mark (a live page's copy) and a segment are not a closing copy.
    expect(closingCopyIn({ [`${OUTBOX_KEY_PREFIX}gone`]: { newValue: { ...room, beatAt: t0, segments: [0] } }, [segmentKey(`${OUTBOX_KEY_PREFIX}gone`, 0)]: { newValue: [] } })).toBe(false);
    const r = await drainOrphanOutboxes({ db, now: () => t0 + 1, area });
    expect(r).toMatchObject({ drained: 1, stored: 2, live: 0 });
    expect((await streamEvents(db, stream.id!)).map((e) => e.id)).toEqual(['g1', 'g2']);
  });

  it('startOutboxDrain runs a round when told a page closed; idle() waits for it (capture writes wait so a reloaded page’s rows come after)', async () => {
    const area = memoryArea();
    const t0 = 2_000_000;
    const stream = await attachStream(db, room, t0);
    let kick = () => {};
    const drain = startOutboxDrain({ db, now: () => t0 + 5, area }, 60_000, (k) => (kick = k));
    await drain.idle();
    await outboxStore('gone', () => room, area, () => t0).write({ put: [{ segment: 0, items: [ev('k1', t0)] }], drop: [], segments: [0], closing: true });
    kick();
    await drain.idle();
    expect((await streamEvents(db, stream.id!)).map((e) => e.id)).toEqual(['k1']);
    expect(Object.keys(area.data)).toEqual([]);
    drain.stop();
  });

  it('idle() holds capture up only for a closing copy, not for the periodic sweep', async () => {
    const area = memoryArea();
    let open = () => {};
    const gate = { ...area, get: async () => (await new Promise<void>((ok) => (open = ok)), area.get()) };
    let kick = () => {};
    const drain = startOutboxDrain({ db, now: () => 0, area: gate }, 60_000, (k) => (kick = k));
    // The start-up sweep is stuck reading storage: capture does not wait for it.
    let done = false;
    await drain.idle().then(() => (done = true));
    expect(done).toBe(true);
    kick();
    done = false;
    const waiting = drain.idle().then(() => (done = true));
    await new Promise((r) => setTimeout(r, 20));
    expect(done).toBe(false);
    open();
    await new Promise((r) => setTimeout(r, 0));
    open();
    await waiting;
    expect(done).toBe(true);
    drain.stop();
  });

  it('starts a stream when none was live (browser restarted after the room went quiet), and checks every event like a capture message', async () => {
    const area = memoryArea();
    const bad = { ...ev('big', 10), text: 'x'.repeat(200_000) };
    const other = { ...ev('o', 10), streamKey: 'douyin:7' };
    await saveAll(outboxStore('p2', () => room, area, () => 0), [ev('k', 10), bad, other]);
    const r = await drainOrphanOutboxes({ db, now: () => 60 * 60_000, area });
    expect(r).toMatchObject({ drained: 1, stored: 1 });
    const streams = await db.streams.toArray();
    expect(streams).toHaveLength(1);
    expect((await streamEvents(db, streams[0]!.id!)).map((e) => e.id)).toEqual(['k']);
  });

  it('discards an unreadable copy with the reason and keeps going', async () => {
    const area = memoryArea();
    area.data[`${OUTBOX_KEY_PREFIX}junk`] = { beatAt: 0, platform: 'myspace', roomKey: 'x', url: 'u', events: [] };
    await saveAll(outboxStore('ok', () => room, area, () => 0), [ev('z', 10)]);
    const r = await drainOrphanOutboxes({ db, now: () => ORPHAN_AFTER_MS, area });
    expect(r.discarded).toEqual([`${OUTBOX_KEY_PREFIX}junk: unknown platform`]);
    expect(r).toMatchObject({ drained: 1, stored: 1 });
    expect(Object.keys(area.data)).toEqual([]);
  });

  it('keeps the copy when storing fails (the next round retries)', async () => {
    const area = memoryArea();
    await saveAll(outboxStore('p3', () => room, area, () => 0), [ev('q', 10)]);
    await expect(
      drainOrphanOutboxes({ db, now: () => ORPHAN_AFTER_MS, area, store: async () => Promise.reject(new Error('QuotaExceededError')) }),
    ).rejects.toThrow('QuotaExceededError');
    expect(Object.keys(area.data)).toEqual([`${OUTBOX_KEY_PREFIX}p3`, segmentKey(`${OUTBOX_KEY_PREFIX}p3`, 0)]);
  });

  it('a copy in segments is stored in segment order; segments left without a header are removed; a live copy’s segments stay', async () => {
    const area = memoryArea();
    const gone = outboxStore('seg', () => room, area, () => 0);
    await gone.write({ put: [{ segment: 3, items: [ev('s1', 10), ev('s2', 11)] }, { segment: 4, items: [ev('s3', 12)] }], drop: [], segments: [3, 4] });
    // Segment 2 was delivered and dropped from the header's list, but its removal never ran.
    area.data[segmentKey(`${OUTBOX_KEY_PREFIX}seg`, 2)] = [ev('s0', 9)];
    area.data[segmentKey(`${OUTBOX_KEY_PREFIX}nohead`, 0)] = [ev('x', 9)];
    const live = outboxStore('live', () => room, area, () => ORPHAN_AFTER_MS);
    await live.write({ put: [{ segment: 0, items: [ev('l1', 20)] }], drop: [], segments: [0] });
    const r = await drainOrphanOutboxes({ db, now: () => ORPHAN_AFTER_MS + 1, area });
    expect(r).toMatchObject({ drained: 1, stored: 3, live: 1, discarded: [] });
    const [s] = await db.streams.toArray();
    expect((await streamEvents(db, s!.id!)).map((e) => e.id)).toEqual(['s1', 's2', 's3']);
    expect(Object.keys(area.data).sort()).toEqual([`${OUTBOX_KEY_PREFIX}live`, segmentKey(`${OUTBOX_KEY_PREFIX}live`, 0)]);
  });

  it('a header naming a segment that is not there is discarded with the reason', async () => {
    const area = memoryArea();
    area.data[`${OUTBOX_KEY_PREFIX}torn`] = { ...room, beatAt: 0, segments: [0, 1] };
    area.data[segmentKey(`${OUTBOX_KEY_PREFIX}torn`, 0)] = [ev('t', 1)];
    const r = await drainOrphanOutboxes({ db, now: () => ORPHAN_AFTER_MS, area });
    expect(r.discarded).toEqual([`${OUTBOX_KEY_PREFIX}torn: a segment is missing or not a list`]);
    expect(Object.keys(area.data)).toEqual([]);
  });
});
