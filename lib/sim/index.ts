/**
 * Live-shopping stream simulator (issue 9). Node entry: fills in the demo shop when no catalog/FAQ
 * is given. For a browser bundle use `createShopSim` from `./shop` with a catalog and FAQ.
 *
 *   simulateShop({ lang: 'en', minutes: 30, seed: 1, streams: 3 }) → { catalog, faq, streams: [{ events, truth }] }
 *   for (const item of simulateShopStream({ lang: 'zh', minutes: 480, rate: 50 })) … // bounded memory
 */
import type { LogEvent } from '../events/event-log';
import { generateCatalog } from './gen/catalog';
import { createShopSim, type ShopSim } from './shop';
import { demoShop } from './shops';
import type { CommentTruth, SimItem, SimOptions, SimShop, StreamTruth } from './types';

export * from './types';
export { createShopSim, defaultStart, type ShopSim, type ShopSimOptions } from './shop';
export { demoShop, demoShopFile, DEMO_SHOPS, type DemoShop } from './shops';
export { streamStats, type StreamStats } from './stats';
export { generateCatalog, type CatalogOptions } from './gen/catalog';

/** A shop simulation with the demo shop of `lang` wherever the options leave the catalog, FAQ or name out. */
export function shopSim(opts: SimOptions): ShopSim {
  const demo = !opts.catalog || !opts.faq || !opts.shop ? demoShop(opts.lang) : null;
  const generated = !opts.catalog && opts.products !== undefined ? generateCatalog({ seed: opts.seed ?? 1, lang: opts.lang, products: opts.products }) : null;
  return createShopSim({
    ...opts,
    catalog: opts.catalog ?? generated ?? demo?.catalog ?? [],
    faq: opts.faq ?? (opts.catalog ? [] : (demo?.faq ?? [])),
    shop: opts.shop ?? (generated ? (opts.lang === 'zh' ? `好物${opts.seed ?? 1}号店` : `shop${opts.seed ?? 1}`) : (demo?.shop ?? 'shop')),
  });
}

/** Every stream in memory, events with their truth. Fine up to a few hundred thousand events. */
export function simulateShop(opts: SimOptions): SimShop {
  const sim = shopSim(opts);
  const streams: SimShop['streams'] = [];
  for (let run = sim.nextStream(); run; run = sim.nextStream()) {
    const events: LogEvent[] = [];
    const comments: CommentTruth[] = [];
    for (const it of run.items()) {
      events.push(it.event);
      if (it.comment) comments.push(it.comment);
    }
    const truth: StreamTruth = { ...run.truth(), comments };
    streams.push({ events, truth });
  }
  return { catalog: [...sim.catalog], faq: [...sim.faq], streams };
}

/**
 * Events one at a time, stream after stream, holding only the current second of the show: an 8-hour
 * stream at 50 msg/s never sits in memory. Each item carries the stream index; a stream's summary
 * truth (segments, purchases, viewers) comes in `onStreamEnd`.
 */
export function* simulateShopStream(opts: SimOptions, onStreamEnd?: (truth: Omit<StreamTruth, 'comments'>) => void): Generator<SimItem & { stream: number }> {
  const sim = shopSim(opts);
  for (let run = sim.nextStream(); run; run = sim.nextStream()) {
    for (const it of run.items()) yield { ...it, stream: run.index };
    onStreamEnd?.(run.truth());
  }
}
