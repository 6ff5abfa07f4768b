import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LiveCopilotDb } from '../../db/db';
import type { StoredEvent } from '../../db/schema';
import type { CommentLabels } from '../../ml/labels';
import { answeredQuery, openQueueQuery } from '../queue/queries';
import { createQuestionQueue } from '../queue/question-queue';
import { CATALOG } from './fixtures';

let db: LiveCopilotDb;
beforeEach(async () => {
  db = new LiveCopilotDb(`queue-self-${Math.random()}`);
  await db.products.bulkAdd(CATALOG);
  // Douyin's page shows no moderator badge: the shop's assistant account reads as a viewer.
  await db.streams.add({ id: 1, roomKey: 'douyin:x', platform: 'douyin', url: 'u', startedAt: 0, lastEventAt: 0, eventCount: 0, commentCount: 0, faqSelf: ['Shop_Bot'] });
});
afterEach(async () => {
  await db.delete();
});

const ask: CommentLabels = { lang: 'zh', sentiment: 'neutral', sentimentScore: 0.9, intent: 'ask_shipping', intentScore: 0.9 };
let seq = 0;
const ev = (id: string, text: string, name: string, ts: number): StoredEvent =>
  ({ streamId: 1, seq: seq++, platform: 'douyin', streamKey: 'douyin:x', kind: 'comment', id, ts, author: { name, role: 'viewer' }, text, labels: ask });

describe('the user\'s own accounts are the shop, not askers', () => {
  it('never queues their lines, and their answer marks the group answered by the host', async () => {
    const q = createQuestionQueue({ db, selfNames: async () => ['暖暖衣橱小助理'] });
    await q.onLabelled(1, [
      ev('a', '可以退货吗', '小美', 10),
      ev('b', '@小美 亲，支持七天无理由退换吗？吊牌完好就可以', '暖暖衣橱小助理', 11),
      ev('c', '@小美 Returns within 30 days?', '@shop_bot', 12),
    ]);
    expect(await openQueueQuery(db, 1)).toEqual([]);
    const [g] = await answeredQuery(db, 1);
    expect(g).toMatchObject({ groupId: 'a', count: 1, askers: ['小美'], answered: { by: 'host', eventId: 'b' } });
  });

  it('without self names, the same lines are a viewer\'s', async () => {
    await db.streams.update(1, { faqSelf: undefined });
    const q = createQuestionQueue({ db });
    await q.onLabelled(1, [ev('a', '可以退货吗', '小美', 10), ev('b', '亲，支持七天无理由退换吗？', '暖暖衣橱小助理', 11)]);
    expect((await openQueueQuery(db, 1)).flatMap((g) => g.askers).sort()).toEqual(['小美', '暖暖衣橱小助理'].sort());
  });
});
