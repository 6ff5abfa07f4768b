/**
 * A simulated shop: its audience and K streams on consecutive days. Pure (the catalog and FAQ are
 * passed in); `index.ts` fills in the demo shop.
 */
import type { FaqEntry, Product } from '../catalog';
import type { ShopContext } from './context';
import { faqIndex } from './faq-topics';
import { Audience } from './model/audience';
import { shopTastes } from './model/interests';
import { createRng, hash32 } from './rng';
import { StreamRun } from './stream';
import type { SimLang } from './types';

export interface ShopSimOptions {
  lang: SimLang;
  catalog: readonly Product[];
  faq: readonly FaqEntry[];
  shop: string;
  minutes?: number;
  seed?: number;
  streams?: number;
  rate?: number;
  viewerScale?: number;
  lurkers?: number;
  startTs?: number;
}

export interface ShopSim {
  readonly lang: SimLang;
  readonly platform: 'tiktok' | 'douyin';
  readonly streamKey: string;
  readonly catalog: readonly Product[];
  readonly faq: readonly FaqEntry[];
  readonly streams: number;
  /** The next stream (0, 1, … in order: each stream's audience depends on the ones before). */
  nextStream(): StreamRun | null;
}

const DAY = 86_400_000;

/** 19:00 UTC on a day in 2025 picked by the seed: a fixed, seed-derived clock. */
export const defaultStart = (seed: number): number => Date.UTC(2025, 0, 6, 19) + (hash32(`day:${seed}`) % 300) * DAY;

export function checkOptions(o: ShopSimOptions): string | null {
  if (o.lang !== 'en' && o.lang !== 'zh') return `lang must be en or zh, not ${JSON.stringify(o.lang)}`;
  if (!o.catalog.length) return 'the catalog has no products';
  if (new Set(o.catalog.map((p) => p.sku)).size !== o.catalog.length) return 'the catalog has duplicate skus';
  if (o.minutes !== undefined && !(o.minutes > 0 && o.minutes <= 7 * 24 * 60)) return 'minutes must be > 0 and at most a week';
  if (o.streams !== undefined && !(Number.isInteger(o.streams) && o.streams >= 1 && o.streams <= 1000)) return 'streams must be a whole number from 1 to 1000';
  if (o.seed !== undefined && !Number.isInteger(o.seed)) return 'seed must be a whole number';
  if (o.rate !== undefined && !(o.rate > 0 && o.rate <= 100_000)) return 'rate must be > 0 msg/s';
  if (o.viewerScale !== undefined && !(o.viewerScale > 0 && o.viewerScale <= 1000)) return 'viewerScale must be > 0';
  if (o.lurkers !== undefined && !(o.lurkers >= 0 && o.lurkers <= 1)) return 'lurkers must be a share from 0 to 1';
  return null;
}

export function createShopSim(o: ShopSimOptions): ShopSim {
  const problem = checkOptions(o);
  if (problem) throw new Error(problem);
  const seed = o.seed ?? 1;
  const rng = createRng(hash32(`sim:${seed}:${o.lang}`));
  const platform = o.lang === 'zh' ? 'douyin' : 'tiktok';
  const handle = o.shop.replace(/^@/, '');
  const streamKey = platform === 'douyin' ? `douyin:${7_000_000_000 + (hash32(`room:${handle}`) % 1_000_000_000)}` : `tiktok:${handle.toLowerCase()}`;
  // Tastes belong to the shop (its catalog), not to the seed's day: same catalog → same favourites.
  const tastes = shopTastes(o.catalog, createRng(hash32(`tastes:${seed}:${o.catalog.map((p) => p.sku).join('|')}`)));
  const audience = new Audience({ lang: o.lang, platform, newcomers: Math.max(5, Math.round(600 * (o.viewerScale ?? 1))), lurkers: o.lurkers ?? 0 }, o.catalog, tastes, rng.fork('audience'));
  const ctx: ShopContext = {
    lang: o.lang,
    platform,
    streamKey,
    host: { name: handle, id: platform === 'douyin' ? `dy${hash32(`host:${handle}`)}` : handle.toLowerCase() },
    moderator: platform === 'douyin' ? { name: `${handle}小助理`, id: `dy${hash32(`mod:${handle}`)}` } : { name: `${handle}_team`, id: `${handle.toLowerCase()}_team` },
    catalog: o.catalog,
    faq: o.faq,
    faqIndex: faqIndex(o.faq),
    skuIndex: new Map(o.catalog.map((p, i) => [p.sku, i])),
    audience,
    seed,
    rng,
    minutes: o.minutes ?? 30,
    rate: o.rate,
    start: o.startTs ?? defaultStart(seed),
  };
  const total = o.streams ?? 1;
  let k = 0;
  let current: StreamRun | null = null;
  return {
    lang: o.lang,
    platform,
    streamKey,
    catalog: o.catalog,
    faq: o.faq,
    streams: total,
    nextStream() {
      if (current && !current.generated) throw new Error(`stream ${current.index} must be generated before the next one`);
      if (k >= total) return null;
      current = new StreamRun(ctx, k++);
      return current;
    },
  };
}
