/** What every stream of one simulated shop shares. */
import type { FaqEntry, Product } from '../catalog';
import type { FaqIndex } from './faq-topics';
import type { Audience } from './model/audience';
import type { Rng } from './rng';
import type { SimLang } from './types';

export interface ShopContext {
  lang: SimLang;
  platform: 'tiktok' | 'douyin';
  streamKey: string;
  /** The host's display name and id. */
  host: { name: string; id: string };
  moderator: { name: string; id: string };
  catalog: readonly Product[];
  faq: readonly FaqEntry[];
  faqIndex: FaqIndex;
  skuIndex: ReadonlyMap<string, number>;
  audience: Audience;
  seed: number;
  rng: Rng;
  minutes: number;
  /** Target mean comment rate (msg/s), or undefined for the natural rate. */
  rate: number | undefined;
  /** Epoch ms of the first stream's start; stream k starts k days later. */
  start: number;
}
