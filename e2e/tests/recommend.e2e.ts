import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LogEvent } from '../../lib/events/event-log';
import { findProductMention } from '../../lib/ml/product-mention';
import { demoShop } from '../../lib/sim';
import { playLog, type PlayedPage } from '../fixtures/player';
import { installDemoSite, type DemoSite } from '../harness/demo-site';
import { launchWithExtension, type ExtensionBrowser } from '../harness/launch';
import { importShopFiles, type ShopStream } from '../harness/shop-demo';
import { tabIdOf } from '../pages/extension';
import { NextProductCard } from '../pages/next-product';
import { SidePanelPage } from '../pages/side-panel';

// The English demo shop (glowthreads) with its catalog. Its chat first asks about #2, then — after a
// pause that the test ends once the card shows #2 on top — more viewers ask about #5: the card must follow.
const shop = demoShop('en');
const catalog = shop.catalog;
const T0 = Date.UTC(2025, 10, 1, 19);
let n = 0;
const line = (s: number, name: string, text: string): LogEvent => ({ platform: 'tiktok', streamKey: 'tiktok:glowthreads', kind: 'comment', id: `r${n++}`, ts: T0 + s * 1000, author: { name, id: name, role: 'viewer' }, text });
const LOG: LogEvent[] = [
  { platform: 'tiktok', streamKey: 'tiktok:glowthreads', kind: 'viewers', id: 'v0', ts: T0, viewers: 120 },
  line(1, 'mia_k', 'hi everyone!'),
  ...['ava.r', 'leo_22', 'zoe.m', 'sam_t'].map((v, i) => line(2 + i, v, i % 2 ? 'how much is #2?' : 'do the joggers come in grey? #2')),
  line(8, 'kai.b', 'love this stream'),
  ...['nora.j', 'eli_p', 'ivy.s', 'max_o', 'lily_w', 'ben_c', 'ruby.h'].map((v, i) => line(75 + i, v, i % 3 === 0 ? 'is #5 still in stock?' : i % 3 === 1 ? 'what size is the slip dress #5' : '5号链接还有吗')),
  line(84, 'mia_k', 'so cute'),
];

/** Where the replay's clock jumps once #2 is on top: a second before the #5 questions (log time). */
const PAUSE_END_MS = 74_000;
/** Distinct viewers whose lines name `sku` in the replayed log (the reasons' window is 5 min; the log is shorter). */
const askers = (sku: string) => new Set(LOG.filter((e) => e.kind === 'comment' && findProductMention(e.text ?? '', catalog)?.sku === sku).map((e) => e.author?.name)).size;

let b: ExtensionBrowser;
let site: DemoSite;
let page: PlayedPage;

beforeAll(async () => {
  b = await launchWithExtension();
  page = playLog(LOG, { speed: 1, title: 'Glow Threads — cosy fleece drop', catalog });
  site = await installDemoSite(b.context, 1, { pages: [page] });
  const files: ShopStream = { log: LOG, title: '', catalogFile: shop.catalogFile, faqFile: shop.faqFile };
  // The models run on WebAssembly, 'auto''s pick that launchWithExtension stores and loads.
  await (await importShopFiles(b, [files])).close();
});
afterAll(async () => {
  await b?.close();
});

describe('next product card on the demo shop', () => {
  it('follows the replayed chat from #2 to #5, quoting the counts in the log, and records "now pitching"', async () => {
    const jog = catalog.find((p) => p.number === '2')!.sku;
    const dress = catalog.find((p) => p.number === '5')!.sku;
    expect([askers(jog), askers(dress)]).toEqual([4, 7]);
    const tab = await b.context.newPage();
    await tab.goto(page.url);
    const panel = await SidePanelPage.open(b, await tabIdOf(b, page.url));
    const card = new NextProductCard(panel.page);
    await card.waitForTop(jog, `${askers(jog)} viewers asked about it in the last 5 min`);
    await tab.evaluate((at) => (window as unknown as { __replay: { skipTo(at: number): void } }).__replay.skipTo(at), PAUSE_END_MS);
    await card.waitForTop(dress, `${askers(dress)} viewers asked about it in the last 5 min`);
    const items = await card.items();
    expect(items.find((i) => i.sku === jog)?.reasons.map((r) => r.text)).toContain(`${askers(jog)} viewers asked about it in the last 5 min`);
    expect(items.every((i) => i.sku !== catalog.find((p) => p.stock === 0)?.sku)).toBe(true);
    await card.pitch(dress);
    await panel.page.waitForFunction(() => document.querySelector('[data-testid=pitching-now]')?.textContent?.includes('Satin Slip Dress'), null, { timeout: 30_000 });
    expect((await card.items()).map((i) => i.sku)).not.toContain(dress);
  });

  it('no request left the machine', () => {
    expect(site.ledger.blocked).toEqual([]);
  });
});
