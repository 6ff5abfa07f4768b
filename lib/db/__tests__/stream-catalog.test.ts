/**
 * Two shops in one browser, as in the demo: the English TikTok shop's and the Chinese Douyin shop's
 * catalogs (both have a #12). Each stream's questions, drafts, page pitches and recommendations use
 * its own shop's products.
 */
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseCatalog } from '../../catalog';
import { catalogNameOf } from '../../catalog/scope';
import type { PlatformId } from '../../events/live-event';
import type { CommentLabels } from '../../ml/labels';
import { recordPagePitches } from '../../pitching/record';
import { createRecommendService } from '../../recommend/worker/service';
import { questionHandlers } from '../../suggest/queue/handlers';
import { openQueueQuery } from '../../suggest/queue/queries';
import { createQuestionQueue } from '../../suggest/queue/question-queue';
import { importProducts } from '../catalog-repo';
import { LiveCopilotDb } from '../db';
import type { StoredEvent } from '../schema';
import { setStreamCatalog, streamCatalog } from '../stream-catalog';

const SHOPS = ['lib/sim/shops/en-tiktok-catalog.csv', 'lib/sim/shops/zh-douyin-catalog.csv'];
const TIKTOK = 1;
const DOUYIN = 2;

let db: LiveCopilotDb;
beforeEach(async () => {
  db = new LiveCopilotDb(`stream-catalog-${Math.random()}`);
  for (const file of SHOPS) await importProducts(db, parseCatalog(readFileSync(file, 'utf8')).rows, 'merge', 1, catalogNameOf(file));
  const stream = (id: number, platform: PlatformId) => ({ id, roomKey: `${platform}:shop`, platform, url: 'u', startedAt: 0, lastEventAt: 0, eventCount: 0, commentCount: 0 });
  await db.streams.bulkAdd([stream(TIKTOK, 'tiktok'), stream(DOUYIN, 'douyin')]);
});
afterEach(async () => {
  await db.delete();
});

const labels = (lang: 'en' | 'zh', intent: CommentLabels['intent']): CommentLabels => ({ lang, sentiment: 'neutral', sentimentScore: 0.9, intent, intentScore: 0.9 });
let seq = 0;
const ev = (streamId: number, id: string, text: string, ts: number, l?: CommentLabels): StoredEvent =>
  ({ streamId, seq: seq++, platform: streamId === DOUYIN ? 'douyin' : 'tiktok', streamKey: 'k', kind: 'comment', id, ts, author: { name: `v${id}`, role: 'viewer' }, text, ...(l ? { labels: l } : {}) });

describe('a stream sees its own shop\'s catalog', () => {
  it('links each demo stream to its shop by default, and the host can relink', async () => {
    expect(await streamCatalog(db, DOUYIN)).toMatchObject({ name: 'zh-douyin-catalog', via: 'currency' });
    const en = await streamCatalog(db, TIKTOK);
    expect(en).toMatchObject({ name: 'en-tiktok-catalog', via: 'currency' });
    expect(en.products.every((p) => p.sku.startsWith('GT-'))).toBe(true);
    await setStreamCatalog(db, TIKTOK, 'zh-douyin-catalog');
    expect(await streamCatalog(db, TIKTOK)).toMatchObject({ name: 'zh-douyin-catalog', via: 'stream' });
    await setStreamCatalog(db, TIKTOK, null);
    expect(await streamCatalog(db, TIKTOK)).toMatchObject({ name: 'en-tiktok-catalog', via: 'currency' });
  });

  it('resolves "12号" on Douyin and "#12" on TikTok to each shop\'s own #12, in the queue and the drafts', async () => {
    const q = createQuestionQueue({ db });
    await q.onLabelled(DOUYIN, [ev(DOUYIN, 'z', '12号多少钱', 10, labels('zh', 'ask_price'))]);
    await q.onLabelled(TIKTOK, [ev(TIKTOK, 'e', 'how much is #12', 10, labels('en', 'ask_price'))]);
    expect((await openQueueQuery(db, DOUYIN)).map((g) => g.sku)).toEqual(['NN-012']);
    expect((await openQueueQuery(db, TIKTOK)).map((g) => g.sku)).toEqual(['GT-PJ-12']);
    const h = questionHandlers({ db, queue: q, now: () => 0 });
    const [draft] = await h['bg:questionDrafts']({ streamId: DOUYIN, groupId: 'z' }, {} as never);
    expect(draft?.text).toContain('119');
    expect(draft?.text).not.toContain('44');
  });

  it('records the page\'s shown product "5号" as the Douyin shop\'s #5', async () => {
    await recordPagePitches(db, DOUYIN, [{ platform: 'douyin', streamKey: 'k', kind: 'product', id: 'p', ts: 5, product: { ref: '5' } }]);
    expect((await db.pitches.toArray()).map((p) => p.sku)).toEqual(['NN-005']);
  });

  it('recommends only the stream\'s own shop\'s products', async () => {
    await db.events.bulkAdd([0, 1, 2].map((i) => ev(DOUYIN, `d${i}`, '12号还有吗', 60_000 + i, labels('zh', 'ask_stock'))));
    const view = await createRecommendService(db).recommend(DOUYIN, 120_000);
    expect(view.items.length).toBeGreaterThan(0);
    expect(view.items.every((i) => i.sku.startsWith('NN-'))).toBe(true);
  });
});
