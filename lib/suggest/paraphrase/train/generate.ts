/**
 * Training pairs for the "same question?" scorer, generated from the written clusters
 * (pairs-en.ts, pairs-zh.ts) with chat-style variation: lower case, lost or doubled question
 * marks, emoji, greetings, one typo (en: neighbour swap, txt spellings; zh: 咋/啥, particles,
 * traditional characters). Deterministic (seeded), so a refit reproduces the same pairs.
 * `heldOut` names clusters kept out of fitting for the cross-check in fit.ts.
 */
import { Converter } from 'opencc-js/cn2t';
import type { ParaLang } from '../features';
import { EN_CLUSTERS, EN_SHOP_INTENTS } from './pairs-en';
import { ZH_CLUSTERS, ZH_SHOP_INTENTS } from './pairs-zh';
import { normForMatch } from './held-out';
import type { Cluster } from './types';

export interface TrainPair { lang: ParaLang; a: string; b: string; same: 0 | 1; cluster: number; kind: 'para' | 'intent' | 'product' | 'shop' | 'cross' }

const toTraditional = Converter({ from: 'cn', to: 'tw' });

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => { s = (s * 1664525 + 1013904223) >>> 0; return s / 2 ** 32; };
}

const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;

function fill(tpl: string, name: string | null, lang: ParaLang): string {
  if (name) return tpl.replace('{p}', lang === 'zh' ? name : name);
  return lang === 'zh' ? tpl.replace('{p}', '') : tpl.replace(/(the |this |my |your )?\{p\}/, 'it');
}

const EMOJI = ['😍', '🙏', '🤔', '❤️', '👀', '😂', '🔥'];

function styleEn(r: () => number, s: string): string {
  let t = s;
  const roll = r();
  if (roll < 0.2) t = t.replace(/\?+$/, '');
  else if (roll < 0.35) t = `${t.replace(/\?*$/, '')}??`;
  if (r() < 0.25) t = `${pick(r, ['hey ', '@host ', 'sis ', 'hi! ', 'omg '])}${t}`;
  if (r() < 0.2) t = `${t} ${pick(r, EMOJI)}`;
  if (r() < 0.15) t = `${t} pls`;
  if (r() < 0.3) t = t.replace(/\byou\b/, 'u').replace(/\bare\b/, 'r').replace(/\bwhat\b/, 'wat');
  if (r() < 0.3) {
    const words = t.split(' ');
    const i = words.findIndex((w, k) => k >= Math.floor(r() * words.length) && /^[a-z]{5,}$/.test(w));
    if (i >= 0) { const w = words[i]!; const j = 1 + Math.floor(r() * (w.length - 3)); words[i] = w.slice(0, j) + w[j + 1] + w[j] + w.slice(j + 2); t = words.join(' '); }
  }
  if (r() < 0.15) t = t.toUpperCase();
  return t;
}

function styleZh(r: () => number, s: string): string {
  let t = s;
  if (r() < 0.3) t = t.replace(/怎么/, '咋').replace(/什么/, '啥');
  if (r() < 0.25) t = t.replace(/吗$/, pick(r, ['吗？', '吗呀', '嘛', '吗~', '不'])).replace(/不不$/, '不');
  if (r() < 0.25) t = `${pick(r, ['主播', '姐妹', '宝宝们', '请问', '家人们', '老板'])}${pick(r, ['', '，', ' '])}${t}`;
  if (r() < 0.2) t = `${t}${pick(r, EMOJI)}`;
  if (r() < 0.15) t = `${t}${pick(r, ['？？', '?', '啊', '呢'])}`;
  if (r() < 0.15) t = toTraditional(t);
  return t;
}

/** `exclude`: normalised texts (held-out.ts) no pair may contain. */
export function generatePairs(lang: ParaLang, seed = 7, exclude: ReadonlySet<string> = new Set()): TrainPair[] {
  const r = rng(seed + (lang === 'zh' ? 1000 : 0));
  const clusters: Cluster[] = lang === 'en' ? EN_CLUSTERS : ZH_CLUSTERS;
  const shop = lang === 'en' ? EN_SHOP_INTENTS : ZH_SHOP_INTENTS;
  const style = (s: string) => (r() < 0.6 ? (lang === 'en' ? styleEn : styleZh)(r, s) : s);
  const out: TrainPair[] = [];
  const push = (a: string, b: string, same: 0 | 1, cluster: number, kind: TrainPair['kind']) => out.push({ lang, a: style(a), b: style(b), same, cluster, kind });
  clusters.forEach((c, ci) => {
    const name = () => (r() < 0.5 ? pick(r, c.products) : null);
    c.intents.forEach((phr, ii) => {
      // Same question, any two phrasings, the product named on either side or neither.
      for (let j = 0; j < phr.length; j += 1) for (let k = j + 1; k < phr.length; k += 1) {
        const n = pick(r, c.products);
        push(fill(phr[j]!, r() < 0.5 ? n : null, lang), fill(phr[k]!, r() < 0.5 ? n : null, lang), 1, ci, 'para');
      }
      // Same product, another question about it: the hard negatives.
      c.intents.forEach((other, i2) => {
        if (i2 <= ii) return;
        for (let t = 0; t < 5; t += 1) { const n = pick(r, c.products); push(fill(pick(r, phr), r() < 0.5 ? n : null, lang), fill(pick(r, other), r() < 0.5 ? n : null, lang), 0, ci, 'intent'); }
      });
      // Same question about a named product of another kind ("is the tent waterproof" / "is the backpack waterproof").
      const named = phr.filter((p) => p.includes('{p}'));
      if (named.length) for (let t = 0; t < 3; t += 1) {
        const oc = clusters[(ci + 1 + Math.floor(r() * (clusters.length - 1))) % clusters.length]!;
        push(fill(pick(r, named), pick(r, c.products), lang), fill(pick(r, named), pick(r, oc.products), lang), 0, ci, 'product');
      }
      // An unrelated question of another product kind (easy negatives keep the scale honest).
      const oc = clusters[(ci + 1 + Math.floor(r() * (clusters.length - 1))) % clusters.length]!;
      push(fill(pick(r, phr), name(), lang), fill(pick(r, pick(r, oc.intents)), null, lang), 0, ci, 'cross');
    });
  });
  shop.forEach((phr, si) => {
    const ci = clusters.length + si;
    for (let j = 0; j < phr.length; j += 1) for (let k = j + 1; k < phr.length; k += 1) push(phr[j]!, phr[k]!, 1, ci, 'shop');
    shop.forEach((other, s2) => { if (s2 !== si) for (let t = 0; t < 2; t += 1) push(pick(r, phr), pick(r, other), 0, ci, 'shop'); });
  });
  return out.filter((p) => !exclude.has(normForMatch(p.a)) && !exclude.has(normForMatch(p.b)));
}
