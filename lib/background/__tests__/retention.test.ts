import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LiveCopilotDb } from '../../db/db';
import { storeEvents } from '../../db/events-repo';
import { attachStream, endStream } from '../../db/streams-repo';
import type { LiveEvent } from '../../events/live-event';
import { DAY_MS } from '../../retention/policy';
import type { StorageHealth } from '../../retention/storage-health';
import { createRetention, StorageFullError } from '../retention';

let db: LiveCopilotDb;
let n = 0;
beforeEach(() => {
  db = new LiveCopilotDb(`retention-${n++}`);
});
afterEach(async () => {
  await db.delete();
});

const NOW = 1_800_000_000_000;
const ev = (room: string, id: string): LiveEvent => ({ platform: 'twitch', streamKey: room, kind: 'comment', id, ts: NOW, author: { name: 'a', role: 'viewer' }, text: id });

async function streamWith(room: string, startedAt: number, events: number, ended: boolean): Promise<number> {
  const s = await attachStream(db, { roomKey: room, platform: 'twitch', url: `https://www.twitch.tv/${room.split(':')[1]}` }, startedAt);
  await storeEvents(db, s.id!, Array.from({ length: events }, (_, i) => ev(room, `${room}-${i}`)), startedAt);
  if (ended) await endStream(db, s.id!, 'closed', startedAt + 1000);
  return s.id!;
}

function setup(o: { failures?: number; pruneWhenFull?: boolean; retentionDays?: number; retentionMB?: number; usage?: number } = {}) {
  let health: StorageHealth = {};
  const writes: StorageHealth[] = [];
  let failures = o.failures ?? 0;
  const r = createRetention({
    db,
    now: () => NOW,
    settings: async () => ({ retentionDays: o.retentionDays ?? 0, retentionMB: o.retentionMB ?? 0, pruneWhenFull: o.pruneWhenFull ?? true }),
    health: { get: async () => health, set: async (h) => void writes.push((health = h)) },
    usage: async () => o.usage ?? 0,
    beforeWrite: () => {
      if (failures-- > 0) throw new DOMException('full', 'QuotaExceededError');
    },
  });
  return { r, writes, health: () => health };
}

const rooms = async () => (await db.streams.toArray()).map((s) => s.roomKey).sort();

describe('storage full while writing events', () => {
  it('a healthy write touches no storage state', async () => {
    const live = await streamWith('twitch:live', NOW, 0, false);
    const { r, writes } = setup();
    expect((await r.store(db, live, [ev('twitch:live', 'x')], NOW)).stored).toBe(1);
    expect(writes).toEqual([]);
  });

  it('deletes the oldest finished stream, writes the batch, and says so', async () => {
    await streamWith('twitch:old', NOW - 3 * DAY_MS, 5, true);
    await streamWith('twitch:older', NOW - 9 * DAY_MS, 5, true);
    const live = await streamWith('twitch:live', NOW - 1000, 2, false);
    const { r, health } = setup({ failures: 1 });
    expect((await r.store(db, live, [ev('twitch:live', 'new')], NOW)).stored).toBe(1);
    expect(await rooms()).toEqual(['twitch:live', 'twitch:old']);
    expect(await db.events.where('streamId').equals(live).count()).toBe(3);
    expect(health()).toEqual({ pruned: { at: NOW, streams: 1, reason: 'quota' } });
  });

  it('two writes that hit the quota together delete two different streams (one prune at a time)', async () => {
    await streamWith('twitch:old', NOW - 3 * DAY_MS, 5, true);
    await streamWith('twitch:older', NOW - 9 * DAY_MS, 5, true);
    await streamWith('twitch:newer', NOW - 1 * DAY_MS, 5, true);
    const live = await streamWith('twitch:live', NOW - 1000, 2, false);
    const { r } = setup({ failures: 2 });
    const [a, b] = await Promise.all([r.store(db, live, [ev('twitch:live', 'p')], NOW), r.store(db, live, [ev('twitch:live', 'q')], NOW)]);
    expect(a.stored + b.stored).toBe(2);
    expect(await rooms()).toEqual(['twitch:live', 'twitch:newer']);
  });

  it('with nothing it may delete, the write fails (the page keeps the events), the user is told, and the next write that fits clears it', async () => {
    await streamWith('twitch:old', NOW - 3 * DAY_MS, 5, true);
    const live = await streamWith('twitch:live', NOW - 1000, 2, false);
    const { r, health } = setup({ failures: 2, pruneWhenFull: false });
    const batch = [ev('twitch:live', 'a'), ev('twitch:live', 'b')];
    await expect(r.store(db, live, batch, NOW)).rejects.toBeInstanceOf(StorageFullError);
    expect(health().fullSince).toBe(NOW);
    await expect(r.store(db, live, batch, NOW)).rejects.toBeInstanceOf(StorageFullError);
    expect(await db.events.where('streamId').equals(live).count()).toBe(2);
    // The page sends the same events again: stored once, the message goes.
    expect((await r.store(db, live, batch, NOW)).stored).toBe(2);
    expect(health()).toEqual({});
    expect(await rooms()).toEqual(['twitch:live', 'twitch:old']);
  });

  it('gives a write up after deleting at most 3 streams for it', async () => {
    for (let i = 0; i < 5; i++) await streamWith(`twitch:s${i}`, NOW - (10 - i) * DAY_MS, 1, true);
    const live = await streamWith('twitch:live', NOW - 1000, 0, false);
    const { r, health } = setup({ failures: 10 });
    await expect(r.store(db, live, [ev('twitch:live', 'a')], NOW)).rejects.toBeInstanceOf(StorageFullError);
    expect(await rooms()).toEqual(['twitch:live', 'twitch:s3', 'twitch:s4']);
    expect(health().pruned).toEqual({ at: NOW, streams: 3, reason: 'quota' });
    expect(health().fullSince).toBe(NOW);
  });

  it('other errors pass through untouched', async () => {
    const { r, writes } = setup();
    await expect(r.store(db, 999, [ev('twitch:x', 'a')], NOW)).rejects.toThrow(/does not exist/);
    expect(writes).toEqual([]);
  });
});

describe('retention sweep', () => {
  it('deletes finished streams past the age limit and says how many', async () => {
    await streamWith('twitch:old', NOW - 40 * DAY_MS, 3, true);
    await streamWith('twitch:recent', NOW - 2 * DAY_MS, 3, true);
    await streamWith('twitch:live', NOW - 40 * DAY_MS, 3, false);
    await db.streams.where('roomKey').equals('twitch:live').modify({ lastEventAt: NOW - 1000 });
    const { r, health } = setup({ retentionDays: 30 });
    expect(await r.sweep()).toBe(1);
    expect(await rooms()).toEqual(['twitch:live', 'twitch:recent']);
    expect(await db.events.count()).toBe(6);
    expect(health().pruned).toEqual({ at: NOW, streams: 1, reason: 'retention' });
  });

  it('deletes the oldest finished streams while the data is over the size cap', async () => {
    await streamWith('twitch:a', NOW - 5 * DAY_MS, 10, true);
    await streamWith('twitch:b', NOW - 4 * DAY_MS, 10, true);
    await streamWith('twitch:c', NOW - 3 * DAY_MS, 10, true);
    // 30 events in 30 MB: 10 MB each; cap 15 MB → a and b go.
    const { r } = setup({ retentionMB: 15, usage: 30 * 1024 * 1024 });
    expect(await r.sweep()).toBe(2);
    expect(await rooms()).toEqual(['twitch:c']);
  });

  it('with no rules, keeps everything', async () => {
    await streamWith('twitch:old', NOW - 400 * DAY_MS, 3, true);
    const { r, writes } = setup();
    expect(await r.sweep()).toBe(0);
    expect(writes).toEqual([]);
  });
});
