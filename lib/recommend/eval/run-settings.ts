/** The evaluation's settings: which simulated shops and seeds each one replays. */
import type { SimOptions } from '../../sim/types';

export interface Setting { name: string; what: string; shops: SimOptions[] }

const STREAMS = 4;
const MINUTES = 30;
const range = (a: number, n: number): number[] => Array.from({ length: n }, (_v, i) => a + i);

/** Tuning used ONLY `tune`; `report` and `heldout` were run after the weights were fixed. */
export function settings(seeds?: number): Setting[] {
  const base = { minutes: MINUTES, streams: STREAMS };
  return [
    { name: 'tune', what: 'demo shop glowthreads (en), seeds 1-10', shops: range(1, seeds ?? 10).map((seed) => ({ ...base, lang: 'en', seed })) },
    { name: 'report', what: 'demo shops glowthreads (en) and 暖暖衣橱 (zh), seeds 101-120 each', shops: (['en', 'zh'] as const).flatMap((lang) => range(101, seeds ?? 20).map((seed) => ({ ...base, lang, seed }))) },
    { name: 'heldout', what: 'generated 16-product catalogs (a new one per seed, zh), seeds 201-220', shops: range(201, seeds ?? 20).map((seed) => ({ ...base, lang: 'zh', seed, products: 16 })) },
  ];
}

