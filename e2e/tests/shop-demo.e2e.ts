import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCatalog, parseFaq } from '../../lib/catalog';
import { catalogNameOf } from '../../lib/catalog/scope';
import type { PlayedPage } from '../fixtures/player';
import { readCapture, settleCapture } from '../harness/capture-run';
import { installDemoSite, type DemoSite } from '../harness/demo-site';
import { launchWithExtension, type ExtensionBrowser } from '../harness/launch';
import { demoShopStreams, importShopFiles, shopPages, type ShopStream } from '../harness/shop-demo';
import { dumpStores, tabIdOf } from '../pages/extension';
import { PopupPage } from '../pages/popup';
import { SidePanelPage } from '../pages/side-panel';

// Two minutes of each simulated show (joined at minute 3, when the audience is there), 12× fast.
const SPEED = 12;
let b: ExtensionBrowser;
let site: DemoSite;
let streams: ShopStream[];
let pages: PlayedPage[];

beforeAll(async () => {
  b = await launchWithExtension();
  streams = demoShopStreams({ minutes: 5, seed: 3, fromMinute: 3 });
  pages = shopPages(streams, SPEED);
  site = await installDemoSite(b.context, SPEED, { pages });
});
afterAll(async () => {
  await b?.close();
});

const HAN = /\p{Script=Han}/u;
const LATIN_WORD = /[A-Za-z]{3,}/;
const comments = (p: PlayedPage) => p.shows.filter((s) => s.kind === 'comment');

type Stores = {
  products: { sku: string }[];
  faqEntries: { id: string }[];
  streams: { id: number; roomKey: string; labelledSeq?: number; refinedSeq?: number }[];
  events: { streamId: number; seq: number; id: string; kind: string; text?: string; labels?: unknown; labelTier?: string }[];
  viewerSamples: { streamId: number; id: string; ts: number; viewers: number }[];
  pitches: { streamId: number; ts: number; sku: string | null }[];
};

describe('shop demo: simulated TikTok LIVE and Douyin shops through the whole pipeline', () => {
  it('the demo shops’ catalogs and FAQs load through the options page’s file import', async () => {
    // No GPU here: WebGL would run on SwiftShader (~7 comments/s); the README's advice is WebAssembly.
    const options = await importShopFiles(b, streams, 'wasm');
    const { products, faqEntries } = await dumpStores<Stores>(options, ['products', 'faqEntries']);
    expect(products.map((p) => p.sku).sort()).toEqual(streams.flatMap((s) => parseCatalog(readFileSync(s.catalogFile, 'utf8')).rows.map((p) => p.sku)).sort());
    // The two shops' entry ids are distinct, so importing both keeps every entry.
    const ids = streams.flatMap((s) => parseFaq(readFileSync(s.faqFile, 'utf8')).rows.map((e) => e.id));
    expect(new Set(ids).size).toBe(ids.length);
    expect(faqEntries.map((e) => e.id).sort()).toEqual([...ids].sort());
    await options.close();
  });

  it('both streams play side by side; capture stores every comment once, in order, and the audience', async () => {
    const tabs = await Promise.all(pages.map(async (p) => {
      const page = await b.context.newPage();
      await page.goto(p.url);
      return page;
    }));
    // Both play at once; waiting for them one after the other (capture-run reads through one shared page).
    for (const [i, t] of tabs.entries()) await settleCapture(b, t, pages[i]!.url, 2000, 120_000);
    for (const p of pages) {
      const { events, health } = await readCapture(b, p.url);
      const got = events.filter((e) => e.kind === 'comment').map((e) => ({ author: e.author?.name, text: e.text }));
      expect(got).toEqual(comments(p).map((c) => ({ author: c.author, text: c.text })));
      expect(health?.state).toBe('attached');
      // Fast replay may coalesce readings shown within one tick; the last one is always read.
      const readings = events.filter((e) => e.kind === 'viewers').map((e) => e.viewers);
      expect(readings.at(-1)).toBe(p.viewers.at(-1));
    }
  });

  it('the side panel lists each stream’s English and Chinese comments, labelled, with the viewer count', async () => {
    for (const p of pages) {
      const panel = await SidePanelPage.open(b, await tabIdOf(b, p.url));
      await panel.waitForComments(comments(p).length);
      // Every stored comment gets its labels (the panel shows them as they come).
      await panel.waitForCommentsLabelled(120_000);
      const rows = (await panel.rows()).filter((r) => r.kind === 'comment');
      const texts = rows.map((r) => r.text);
      expect(texts.some((t) => HAN.test(t)), `${p.platform}: a Chinese comment`).toBe(true);
      expect(texts.some((t) => LATIN_WORD.test(t) && !HAN.test(t)), `${p.platform}: an English comment`).toBe(true);
      const main = p.platform === 'douyin' ? HAN : LATIN_WORD;
      expect(texts.filter((t) => main.test(t)).length, `${p.platform}: mostly in its own language`).toBeGreaterThan(rows.length / 2);
      expect(await panel.viewers()).toBe(p.viewers.at(-1));
      // Both shops list products #1–#14: each stream is linked to its own shop's catalog (by the
      // platform's currency), and every product its questions name is that shop's.
      const own = streams[pages.indexOf(p)]!;
      expect(await panel.page.getAttribute('[data-testid=catalog-link]', 'data-catalog')).toBe(catalogNameOf(own.catalogFile));
      const ownSkus = new Set(parseCatalog(readFileSync(own.catalogFile, 'utf8')).rows.map((x) => x.sku));
      await panel.waitForGroup((g) => ownSkus.has(g.sku));
      const named = (await panel.questionGroups()).map((g) => g.sku).filter((s) => /^(NN|GT)-/.test(s));
      expect(named.filter((s) => !ownSkus.has(s)), `${p.platform}: products of the other shop`).toEqual([]);
      await panel.page.close();
    }
  });

  it('a played stream exported from the popup and imported again is the same stream', async () => {
    const popup = await PopupPage.open(b);
    await popup.page.waitForSelector('[data-testid=stream-row][data-platform=douyin]');
    const douyin = (await popup.streams()).find((s) => s.platform === 'douyin')!;
    // The teacher's refine pass relabels first (student) labels when idle: export once it is done, so
    // the copy and the original hold the same final labels.
    await expect
      .poll(async () => {
        const st = (await dumpStores<Stores>(popup.page, ['streams'])).streams.find((x) => x.id === douyin.id);
        return st?.refinedSeq === undefined || st.refinedSeq >= (st.labelledSeq ?? -1);
      }, { timeout: 120_000 })
      .toBe(true);
    const log = await popup.exportStream(douyin.id);
    await popup.chooseLog(log.name, log.text);
    expect(await popup.logErrors()).toEqual([]);
    await popup.commitLog();
    const s = await dumpStores<Stores>(popup.page, ['streams', 'events', 'viewerSamples', 'pitches']);
    const copy = Math.max(...s.streams.map((x) => x.id));
    const of = (id: number) => ({
      // labelTier (which model gave the labels) is internal, not part of the event log (formats.md).
      events: s.events.filter((e) => e.streamId === id).sort((a, c) => a.seq - c.seq).map(({ streamId: _s, labelTier: _t, ...e }) => e),
      samples: s.viewerSamples.filter((v) => v.streamId === id).map(({ streamId: _s, ...v }) => v).sort((a, c) => a.ts - c.ts),
      pitches: s.pitches.filter((x) => x.streamId === id).map((x) => [x.ts, x.sku]),
    });
    expect(copy).not.toBe(douyin.id);
    expect(of(copy)).toEqual(of(douyin.id));
    expect(of(douyin.id).events.length).toBeGreaterThan(50);
  });

  it('no request left the machine', () => {
    expect(site.ledger.blocked).toEqual([]);
  });
});
