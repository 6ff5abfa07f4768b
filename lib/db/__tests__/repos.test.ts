import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { LiveCopilotDb, SCHEMA_V1 } from '../db';
import { attachStream, endStream, listStreams, openStreamFor } from '../streams-repo';
import { ingestEvents, streamEvents, viewerCurve } from '../events-repo';
import { linkTab, setFrameHealth, tabHealth, forgetTab } from '../tabs-repo';
import { SILENCE_MS } from '../../session/session';
import type { LiveEvent } from '../../events/live-event';

let db: LiveCopilotDb;
let n = 0;
beforeEach(() => {
  db = new LiveCopilotDb(`test-${n++}`);
});
afterEach(async () => {
  await db.delete();
});

const room = { roomKey: 'youtube:abc', platform: 'youtube' as const, url: 'https://www.youtube.com/watch?v=abc', title: 'Sale' };
const ev = (id: string, extra: Partial<LiveEvent> = {}): LiveEvent => ({
  platform: 'youtube',
  streamKey: 'youtube:abc',
  kind: 'comment',
  id,
  ts: 1000,
  author: { name: 'a', role: 'viewer' },
  text: id,
  ...extra,
});

describe('streams repository', () => {
  it('continues the open stream of a room on re-attach (reload) and starts a new one after silence', async () => {
    const a = await attachStream(db, room, 1000);
    const b = await attachStream(db, room, 5000);
    expect(b.id).toBe(a.id);
    const c = await attachStream(db, room, 5000 + SILENCE_MS + 1);
    expect(c.id).not.toBe(a.id);
    const old = await db.streams.get(a.id!);
    expect(old?.endReason).toBe('silence');
    expect(old?.endedAt).toBe(1000);
  });

  it('ends a stream once and keeps the first end reason', async () => {
    const s = await attachStream(db, room, 1000);
    await endStream(db, s.id!, 'closed', 2000);
    await endStream(db, s.id!, 'left', 3000);
    expect(await db.streams.get(s.id!)).toMatchObject({ endedAt: 2000, endReason: 'closed' });
    expect(await openStreamFor(db, room.roomKey)).toBeUndefined();
    const next = await attachStream(db, room, 4000);
    expect(next.id).not.toBe(s.id);
    expect((await listStreams(db)).map((x) => x.id)).toEqual([next.id, s.id]);
  });
});

describe('events repository', () => {
  it('stores a batch in order, skips re-sent events, and counts comments and viewers', async () => {
    const s = await attachStream(db, room, 1000);
    const first = await ingestEvents(db, s.id!, [ev('1'), ev('2'), ev('v1', { kind: 'viewers', viewers: 40, text: undefined })], 1100);
    expect(first).toEqual({ stored: 3, duplicates: 0 });
    // The worker died before acking: the content script re-sends the batch plus a genuine repeat text.
    const again = await ingestEvents(db, s.id!, [ev('1'), ev('2'), ev('3', { text: '1' }), ev('3')], 1200);
    expect(again).toEqual({ stored: 1, duplicates: 3 });
    const rows = await streamEvents(db, s.id!);
    expect(rows.map((r) => [r.id, r.seq])).toEqual([['1', 0], ['2', 1], ['3', 2]]);
    expect(await viewerCurve(db, s.id!)).toEqual([{ streamId: s.id, id: 'v1', ts: 1000, viewers: 40 }]);
    expect(await db.streams.get(s.id!)).toMatchObject({ eventCount: 3, commentCount: 3, peakViewers: 40, lastViewers: 40 });
  });

  it('marks the target of a deletion and keeps both rows', async () => {
    const s = await attachStream(db, room, 1000);
    await ingestEvents(db, s.id!, [ev('1'), ev('d1', { kind: 'deletion', targetId: '1' })], 1100);
    const rows = await streamEvents(db, s.id!);
    expect(rows.map((r) => [r.id, r.deleted ?? false])).toEqual([['1', true], ['d1', false]]);
  });

  it('keeps the max of a gift streak instead of summing it', async () => {
    const s = await attachStream(db, room, 1000);
    await ingestEvents(db, s.id!, [ev('g', { kind: 'gift', count: 5, text: undefined })], 1100);
    await ingestEvents(db, s.id!, [ev('g', { kind: 'gift', count: 12, text: undefined })], 1200);
    await ingestEvents(db, s.id!, [ev('g', { kind: 'gift', count: 3, text: undefined })], 1300);
    expect((await streamEvents(db, s.id!)).map((r) => [r.id, r.count])).toEqual([['g', 12]]);
  });

  it('returns the newest N events in ascending order', async () => {
    const s = await attachStream(db, room, 1000);
    await ingestEvents(db, s.id!, ['a', 'b', 'c', 'd'].map((id) => ev(id)), 1100);
    expect((await streamEvents(db, s.id!, 2)).map((r) => r.id)).toEqual(['c', 'd']);
  });

  it('refuses to write into a stream that does not exist', async () => {
    await expect(ingestEvents(db, 999, [ev('1')], 1)).rejects.toThrow('stream 999 does not exist');
  });
});

describe('tabs repository', () => {
  it('reports the healthiest frame of a tab and forgets closed tabs', async () => {
    await linkTab(db, 7, room.roomKey, 1, 10);
    await setFrameHealth(db, 7, 0, { state: 'waiting', detail: 'waiting for chat', updatedAt: 11 });
    await setFrameHealth(db, 7, 3, { state: 'attached', detail: 'attached', updatedAt: 12 });
    expect(tabHealth(await db.tabs.get(7))?.state).toBe('attached');
    expect((await forgetTab(db, 7))?.streamId).toBe(1);
    expect(await db.tabs.get(7)).toBeUndefined();
  });

  it("keeps a frame's health that arrived before its room's first batch; drops a previous room's", async () => {
    await setFrameHealth(db, 7, 0, { state: 'attached', detail: 'attached', updatedAt: 10, roomKey: room.roomKey });
    await linkTab(db, 7, room.roomKey, 1, 11);
    expect(tabHealth(await db.tabs.get(7))?.state).toBe('attached');
    await linkTab(db, 7, 'youtube:other', 2, 12);
    expect(tabHealth(await db.tabs.get(7))).toBeUndefined();
  });

  it('writes a tab link only when it changes (every capture batch links its tab)', async () => {
    let writes = 0;
    const count = () => void (writes += 1);
    db.tabs.hook('creating', count);
    db.tabs.hook('updating', count);
    try {
      await linkTab(db, 8, room.roomKey, 1, 10);
      await linkTab(db, 8, room.roomKey, 1, 11);
      await linkTab(db, 8, room.roomKey, 1, 12);
      expect(writes).toBe(1);
      await linkTab(db, 8, room.roomKey, 2, 13);
      expect(writes).toBe(2);
      expect((await db.tabs.get(8))?.streamId).toBe(2);
    } finally {
      db.tabs.hook('creating').unsubscribe(count);
      db.tabs.hook('updating').unsubscribe(count);
    }
  });
});

describe('schema migrations', () => {
  it('upgrades a version-1 database without losing rows', async () => {
    const name = `migrate-${n++}`;
    const v1 = new Dexie(name);
    v1.version(1).stores(SCHEMA_V1);
    await v1.table('products').add({ sku: 'A1', name: 'Mug' });
    v1.close();
    const upgraded = new LiveCopilotDb(name);
    expect(await upgraded.products.toArray()).toEqual([{ id: 1, sku: 'A1', title: 'Mug', aliases: [], sizes: [], colours: [], tags: [] }]);
    expect(await upgraded.tabs.count()).toBe(0);
    await upgraded.delete();
  });
});
