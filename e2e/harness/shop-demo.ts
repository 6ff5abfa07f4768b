import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { parseCatalog } from '../../lib/catalog';
import type { LogEvent } from '../../lib/events/event-log';
import { demoShop, simulateShop, type SimLang } from '../../lib/sim';
import { playLog, seekLog, type PlayedPage } from '../fixtures/player';
import { OptionsPage } from '../pages/options';
import type { ExtensionBrowser } from './launch';

/** One shop stream of the demo: its event log and the shop's own catalog and FAQ files. */
export interface ShopStream {
  log: LogEvent[];
  title: string;
  catalogFile: string;
  faqFile: string;
}

/** The room titles the two demo shops go live with. */
export const SHOP_TITLES: Record<SimLang, string> = {
  en: 'Glow Threads — cosy fleece drop 🧸 live deals',
  zh: '暖暖衣橱 秋冬新款上新 🧣 福利价',
};

export interface DemoStreamOptions {
  /** Length of the simulated show. */
  minutes: number;
  seed: number;
  /** Start this far into the show (the audience has arrived), in minutes. */
  fromMinute?: number;
}

/**
 * The demo: the simulator's English TikTok LIVE shop and Chinese Douyin shop (lib/sim, their demo
 * shops' catalog and FAQ files), one stream each.
 */
export function demoShopStreams({ minutes, seed, fromMinute = 0 }: DemoStreamOptions): ShopStream[] {
  return (['en', 'zh'] as const).map((lang) => {
    const shop = demoShop(lang);
    const [stream] = simulateShop({ lang, minutes, seed }).streams;
    return { log: seekLog(stream!.events, fromMinute * 60_000), title: SHOP_TITLES[lang], catalogFile: shop.catalogFile, faqFile: shop.faqFile };
  });
}

/** The streams' live pages (the catalog file tells the player which product a pitch marker shows). */
export function shopPages(streams: readonly ShopStream[], speed: number): PlayedPage[] {
  return streams.map((s) => playLog(s.log, { speed, title: s.title, catalog: parseCatalog(readFileSync(s.catalogFile, 'utf8')).rows }));
}

/**
 * Loads the shops' catalogs, then their FAQs, into the extension the way a seller does: the options
 * page's file inputs (merge, so two shops can share the browser). Throws if a file has a bad row.
 */
export async function importShopFiles(b: ExtensionBrowser, streams: readonly ShopStream[], backend?: 'webgl' | 'wasm' | 'cpu'): Promise<Page> {
  const options = await OptionsPage.open(b);
  // On a machine without a GPU the README says to choose WebAssembly in the options page: so may the demo.
  if (backend) await options.setBackend(backend);
  for (const file of new Set(streams.map((s) => s.catalogFile))) await options.importFile('catalog', file);
  for (const file of new Set(streams.map((s) => s.faqFile))) await options.importFile('faq', file);
  return options.page;
}
