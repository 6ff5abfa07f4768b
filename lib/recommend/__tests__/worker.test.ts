import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LiveCopilotDb } from '../../db/db';
import type { StoredEvent } from '../../db/schema';
import { reasonText } from '../reasons';
import { createRecommendService } from '../worker/service';
import { CATALOG, comment } from './fixtures';

let db: LiveCopilotDb;
let seq = 0;
const stored = (streamId: number, e: ReturnType<typeof comment>): StoredEvent => ({ ...e, streamId, seq: seq++ });

beforeEach(async () => {
  seq = 0;
  db = new LiveCopilotDb(`recommend-${Math.random()}`);
  await db.products.bulkAdd(CATALOG);
  await db.streams.bulkAdd([
    { id: 1, roomKey: 'tiktok:shop', platform: 'tiktok', url: 'u', startedAt: 0, lastEventAt: 0, eventCount: 0, commentCount: 0 },
    { id: 2, roomKey: 'tiktok:shop', platform: 'tiktok', url: 'u', startedAt: 1e9, lastEventAt: 0, eventCount: 0, commentCount: 0 },
  ]);
});
afterEach(async () => { await db.delete(); });

describe('worker recommender', () => {
  it('follows new events incrementally, records pitches, and learns from the room’s earlier stream', async () => {
    // Last week: a, b and c wanted the scarf, d, e and f the cap, g, h and i the beanie (history ties them).
    await db.events.bulkAdd([['a', 'scarf'], ['b', 'scarf'], ['c', 'scarf'], ['d', 'cap'], ['e', 'cap'], ['f', 'cap'], ['g', 'beanie'], ['h', 'beanie'], ['i', 'beanie']].map(([v, p], i) => stored(1, comment(1000 + i, v as string, `${p as string} please`, 'purchase'))));
    const svc = createRecommendService(db);
    const t = 1e9 + 60_000;
    await db.events.bulkAdd([0, 1, 2].map((i) => stored(2, comment(t + i, `x${i}`, 'how much is the cap?', 'ask_price'))));
    let view = await svc.recommend(2);
    expect(view.items[0]?.sku).toBe('CAP');
    expect(reasonText(view.items[0]?.reasons[0] ?? { key: 'asked', params: {} })).toBe('3 viewers asked about it in the last 5 min');
    expect(view.items.map((i) => i.sku)).not.toContain('TEE');
    // Demand shifts: five viewers now want the beanie; a, b and c (last week's scarf fans) are here.
    await db.events.bulkAdd([...[0, 1, 2, 3, 4].map((i) => stored(2, comment(t + 10_000 + i, `y${i}`, '#5 please', 'purchase'))), ...['a', 'b', 'c'].map((v, i) => stored(2, comment(t + 11_000 + i, v, 'hi all', 'greeting')))]);
    await db.pitches.add({ streamId: 2, ts: t + 12_000, sku: 'CAP', source: 'host' });
    view = await svc.recommend(2);
    expect(view.pitching).toBe('CAP');
    expect(view.items[0]?.sku).toBe('BEANIE');
    expect(view.items.map((i) => i.sku)).not.toContain('CAP');
    expect(view.items.find((i) => i.sku === 'SCARF')?.reasons.map((r) => reasonText(r))).toContain('3 viewers here now wanted it in past streams');
  });
});
