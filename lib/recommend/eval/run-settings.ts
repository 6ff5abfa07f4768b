/** The evaluation's settings: which simulated shops and seeds each one replays. */
import type { SimOptions } from '../../sim/types';

export interface Setting { name: string; what: string; shops: SimOptions[] }

const STREAMS = 4;
const MINUTES = 30;
/** Lurking audience (lib/sim README "Lurkers"): 80 % of viewers speak 20× less than they would. */
export const LURKERS = 0.8;
const range = (a: number, n: number): number[] => Array.from({ length: n }, (_v, i) => a + i);

/**
 * Tuning used ONLY `tune`; the others were run after the weights were fixed. Each setting but
 * `tune` comes twice: everyone chatting (lurkers 0, the simulator's default) and a lurking audience.
 */
export function settings(seeds?: number): Setting[] {
  const base = { minutes: MINUTES, streams: STREAMS };
  const both = (name: string, what: string, shops: SimOptions[]): Setting[] => [
    { name, what: `${what}, everyone chats`, shops },
    { name: `${name}_lurkers`, what: `${what}, ${LURKERS * 100} % lurkers`, shops: shops.map((o) => ({ ...o, lurkers: LURKERS })) },
  ];
  const tune = range(1, seeds ?? 10).map((seed): SimOptions => ({ ...base, lang: 'en', seed }));
  return [
    { name: 'tune', what: `demo shop glowthreads (en), seeds 1-${seeds ?? 10}, each with lurkers 0 and ${LURKERS}`, shops: [...tune, ...tune.map((o) => ({ ...o, lurkers: LURKERS }))] },
    ...both('report', `demo shops glowthreads (en) and 暖暖衣橱 (zh), seeds 101-${100 + (seeds ?? 40)} each`, (['en', 'zh'] as const).flatMap((lang) => range(101, seeds ?? 40).map((seed): SimOptions => ({ ...base, lang, seed })))),
    ...both('heldout', `generated 16-product catalogs (a new one per seed, zh), seeds 201-${200 + (seeds ?? 40)}`, range(201, seeds ?? 40).map((seed): SimOptions => ({ ...base, lang: 'zh', seed, products: 16 }))),
  ];
}
