import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LiveCopilotDb } from '../../db/db';
import { storeEvents, streamEvents } from '../../db/events-repo';
import { attachStream, endStream } from '../../db/streams-repo';
import type { LiveEvent } from '../../events/live-event';
import { OUTBOX_KEY_PREFIX, outboxStore } from '../../capture/outbox-store';
import { drainOrphanOutboxes, ORPHAN_AFTER_MS } from '../outbox-drain';

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
    await outboxStore('p1', () => room, area, () => t0 + 100).save([ev('b', t0 + 1), ev('c', t0 + 50), ev('d', t0 + 60)]);
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
    await outboxStore('live', () => room, area, () => 5000).save([ev('x', 4000)]);
    const r = await drainOrphanOutboxes({ db, now: () => 5000 + ORPHAN_AFTER_MS - 1, area });
    expect(r).toMatchObject({ drained: 0, live: 1 });
    expect(Object.keys(area.data)).toEqual([`${OUTBOX_KEY_PREFIX}live`]);
  });

  it('starts a stream when none was live (browser restarted after the room went quiet), and checks every event like a capture message', async () => {
    const area = memoryArea();
    const bad = { ...ev('big', 10), text: 'x'.repeat(200_000) };
    const other = { ...ev('o', 10), streamKey: 'douyin:7' };
    await outboxStore('p2', () => room, area, () => 0).save([ev('k', 10), bad, other]);
    const r = await drainOrphanOutboxes({ db, now: () => 60 * 60_000, area });
    expect(r).toMatchObject({ drained: 1, stored: 1 });
    const streams = await db.streams.toArray();
    expect(streams).toHaveLength(1);
    expect((await streamEvents(db, streams[0]!.id!)).map((e) => e.id)).toEqual(['k']);
  });

  it('discards an unreadable copy with the reason and keeps going', async () => {
    const area = memoryArea();
    area.data[`${OUTBOX_KEY_PREFIX}junk`] = { beatAt: 0, platform: 'myspace', roomKey: 'x', url: 'u', events: [] };
    await outboxStore('ok', () => room, area, () => 0).save([ev('z', 10)]);
    const r = await drainOrphanOutboxes({ db, now: () => ORPHAN_AFTER_MS, area });
    expect(r.discarded).toEqual([`${OUTBOX_KEY_PREFIX}junk: unknown platform`]);
    expect(r).toMatchObject({ drained: 1, stored: 1 });
    expect(Object.keys(area.data)).toEqual([]);
  });

  it('keeps the copy when storing fails (the next round retries)', async () => {
    const area = memoryArea();
    await outboxStore('p3', () => room, area, () => 0).save([ev('q', 10)]);
    await expect(
      drainOrphanOutboxes({ db, now: () => ORPHAN_AFTER_MS, area, store: async () => Promise.reject(new Error('QuotaExceededError')) }),
    ).rejects.toThrow('QuotaExceededError');
    expect(Object.keys(area.data)).toEqual([`${OUTBOX_KEY_PREFIX}p3`]);
  });
});
