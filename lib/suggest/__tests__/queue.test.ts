import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LiveCopilotDb } from '../../db/db';
import type { StoredEvent } from '../../db/schema';
import type { CommentLabels } from '../../ml/labels';
import { questionHandlers } from '../queue/handlers';
import { answeredQuery, openQueueQuery } from '../queue/queries';
import { createQuestionQueue, pitchedAt } from '../queue/question-queue';
import { CATALOG, FAQ } from './fixtures';

let db: LiveCopilotDb;
beforeEach(async () => {
  db = new LiveCopilotDb(`queue-${Math.random()}`);
  await db.products.bulkAdd(CATALOG);
  await db.faqEntries.bulkAdd(FAQ);
  await db.streams.add({ id: 1, roomKey: 'tiktok:x', platform: 'tiktok', url: 'u', startedAt: 0, lastEventAt: 0, eventCount: 0, commentCount: 0 });
});
afterEach(async () => {
  await db.delete();
});

const ask: CommentLabels = { lang: 'en', sentiment: 'neutral', sentimentScore: 0.9, intent: 'ask_price', intentScore: 0.9 };
const chat: CommentLabels = { ...ask, intent: 'chitchat' };
let seq = 0;
const ev = (id: string, text: string, name: string, ts: number, labels: CommentLabels | undefined = ask, role: 'viewer' | 'owner' | 'moderator' = 'viewer'): StoredEvent =>
  ({ streamId: 1, seq: seq++, platform: 'tiktok', streamKey: 'tiktok:x', kind: 'comment', id, ts, author: { name, role }, text, labels });

describe('worker question queue', () => {
  it('files labelled questions into ranked groups and members, ignoring chatter', async () => {
    const q = createQuestionQueue({ db });
    await q.onLabelled(1, [ev('a', 'how much is #2', 'amy', 10), ev('b', 'lol', 'bo', 11, chat), ev('c', 'price of #2?', 'cy', 12), ev('d', 'what sizes does the hoodie have', 'dee', 13, { ...ask, intent: 'ask_spec' })]);
    await q.onLabelled(1, [ev('e', 'how much is #2??', 'eve', 20), ev('f', '有黑色吗', 'fay', 21, undefined)]);
    const rows = await openQueueQuery(db, 1);
    expect(rows.map((r) => [r.groupId, r.count, r.askerCount])).toEqual([['a', 3, 3], ['d', 1, 1], ['f', 1, 1]]);
    expect(rows[0]).toMatchObject({ text: 'how much is #2', sku: 'HOOD', attribute: 'price', firstTs: 10, lastTs: 20, lastEventId: 'e', lastAsker: 'eve', open: 1 });
    expect(await db.questionMembers.where('[streamId+groupId]').equals([1, 'a']).count()).toBe(3);
  });

  it('resolves "this one" through the pitch records, and a restarted worker continues the same groups', async () => {
    await db.pitches.bulkAdd([{ streamId: 1, ts: 0, sku: 'MUG', source: 'host' }, { streamId: 1, ts: 50, sku: 'HOOD', source: 'host' }]);
    const q1 = createQuestionQueue({ db });
    await q1.onLabelled(1, [ev('a', 'how much is this one', 'amy', 10), ev('b', 'how much is this one', 'bo', 60)]);
    const q2 = createQuestionQueue({ db });
    await q2.onLabelled(1, [ev('c', 'price of #2?', 'cy', 70)]);
    const rows = await openQueueQuery(db, 1);
    expect(rows.map((r) => [r.groupId, r.sku, r.count])).toEqual([['b', 'HOOD', 2], ['a', 'MUG', 1]]);
    expect(pitchedAt(await db.pitches.toArray(), 49)).toBe('MUG');
  });

  it('marks a group answered by the host\'s reply, by hand, and by an FAQ auto-answer (even one sent before grouping)', async () => {
    const q = createQuestionQueue({ db });
    await q.onLabelled(1, [ev('a', 'how much is #2', 'amy', 10), ev('b', 'when will it arrive', 'bo', 11, { ...ask, intent: 'ask_shipping' }), ev('c', 'what sizes for the hoodie', 'cy', 12, { ...ask, intent: 'ask_spec' })]);
    await q.markFaqAnswered(1, 'd', 'ship-time', 14);
    await q.onLabelled(1, [ev('h', '#2 is $45!', 'host', 13, chat, 'owner'), ev('d', 'how much is the mug', 'dee', 14)]);
    expect((await db.questionGroups.get([1, 'a']))?.answered).toEqual({ by: 'host', ts: 13, eventId: 'h' });
    expect((await db.questionGroups.get([1, 'd']))?.answered).toMatchObject({ by: 'faq', faqId: 'ship-time' });
    await q.markFaqAnswered(1, 'b', 'ship-time', 15);
    expect((await db.questionGroups.get([1, 'b']))?.open).toBe(0);
    const h = questionHandlers({ db, queue: q, now: () => 99 });
    const sender = {} as never;
    expect(await h['bg:setAnswered']({ streamId: 1, groupId: 'c', answered: true }, sender)).toMatchObject({ open: 0, answered: { by: 'manual', ts: 99 } });
    expect((await openQueueQuery(db, 1)).map((r) => r.groupId)).toEqual([]);
    expect((await answeredQuery(db, 1)).map((r) => r.groupId)).toEqual(['d', 'c', 'b', 'a']);
    await h['bg:setAnswered']({ streamId: 1, groupId: 'c', answered: false }, sender);
    expect((await openQueueQuery(db, 1)).map((r) => r.groupId)).toEqual(['c']);
  });

  it('serves grounded drafts for a group and records "now pitching"', async () => {
    const q = createQuestionQueue({ db });
    const h = questionHandlers({ db, queue: q, now: () => 500 });
    const sender = {} as never;
    expect(await h['bg:setPitching']({ streamId: 1, sku: 'HOOD' }, sender)).toMatchObject({ streamId: 1, ts: 500, sku: 'HOOD', source: 'host' });
    await q.onLabelled(1, [ev('a', 'how much is this one', 'amy', 600), ev('b', 'how much is it?', 'bo', 601)]);
    const drafts = await h['bg:questionDrafts']({ streamId: 1, groupId: 'a' }, sender);
    expect(drafts.length).toBeGreaterThanOrEqual(2);
    expect(drafts[0]?.text).toBe('@amy @bo The Classic Cotton Hoodie (#2) is $45.');
    expect(await h['bg:questionDrafts']({ streamId: 1, groupId: 'nope' }, sender)).toEqual([]);
  });
});
