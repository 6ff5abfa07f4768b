/** Filling templates and roughening the result the way people type in a fast chat. */
import type { Product } from '../../catalog';
import type { Rng } from '../rng';

const CJK = /[\u3400-\u9fff]/;
const LATIN_WORD = /[A-Za-z]{2,}/;
const CN_DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** 1-99 in Chinese numerals (三, 十二, 二十一), as viewers type listing numbers. */
export function chineseNumber(n: number): string {
  if (n <= 10) return CN_DIGITS[n] ?? String(n);
  if (n < 20) return `十${CN_DIGITS[n % 10] === '零' ? '' : CN_DIGITS[n % 10]}`;
  if (n < 100) return `${CN_DIGITS[Math.floor(n / 10)]}十${n % 10 ? CN_DIGITS[n % 10] : ''}`;
  return String(n);
}

/** How a viewer names a product: its listing number in one of the usual forms, an alias, the title. */
export function productRef(p: Product, lang: 'en' | 'zh', rng: Rng): string {
  const n = p.number;
  const aliases = p.aliases.filter((a) => (lang === 'zh' ? true : !CJK.test(a)));
  const byName = (): string => {
    if (aliases.length && rng.chance(0.75)) {
      const a = rng.pick(aliases);
      return lang === 'en' && rng.chance(0.5) ? `the ${a}` : a;
    }
    return lang === 'en' ? p.title.toLowerCase() : p.title;
  };
  if (!n || rng.chance(0.45)) return byName();
  const k = Number(n);
  if (lang === 'zh') return rng.pick([`${n}号`, `${n}号链接`, `${n}号`, Number.isInteger(k) && k < 100 ? `${chineseNumber(k)}号` : `${n}号`]);
  return rng.pick([`#${n}`, `#${n}`, `number ${n}`, `link ${n}`, `no. ${n}`, `${n}`]);
}

export function fill(template: string, vars: Readonly<Record<string, string | undefined>>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => vars[k] ?? m);
}

/** The language of a line from the words of its template and of the names filled in (sizes aside: "XL" is no English). */
export function lineLang(template: string, names: string): 'en' | 'zh' | 'mixed' {
  const bare = `${template.replace(/\{(size|colour|n|name|price|stock|sizes|colours)\}/g, ' ')} ${names}`.replace(/\{\w+\}/g, ' ');
  const zh = CJK.test(bare);
  const en = LATIN_WORD.test(bare.replace(/#\d+/g, ''));
  return zh && en ? 'mixed' : zh ? 'zh' : 'en';
}

const EN_SLANG: readonly [RegExp, string][] = [
  [/\byou\b/g, 'u'],
  [/\byour\b/g, 'ur'],
  [/\bplease\b/g, 'pls'],
  [/\bwhat's\b/gi, 'whats'],
  [/\bI'm\b/g, 'im'],
  [/\bdon't\b/g, 'dont'],
  [/\bto be honest\b/g, 'tbh'],
];
const ZH_SLANG: readonly [RegExp, string][] = [
  [/吗/g, '嘛'],
  [/什么/g, '啥'],
  [/的/g, '滴'],
];

function typo(s: string, rng: Rng): string {
  const words = s.split(' ');
  const long = words.map((w, i) => (/^[a-z]{4,}$/.test(w) ? i : -1)).filter((i) => i >= 0);
  if (!long.length) return s;
  const i = rng.pick(long);
  const w = words[i] as string;
  const j = rng.int(1, w.length - 2);
  words[i] = w.slice(0, j) + w[j + 1] + w[j] + w.slice(j + 2);
  return words.join(' ');
}

/** Chat-style roughening: casing, slang, a typo, doubled punctuation, emoji. Never changes what is asked. */
export function roughen(text: string, lang: 'en' | 'zh' | 'mixed', emoji: readonly string[], rng: Rng): string {
  let s = text;
  if (lang === 'en') {
    if (rng.chance(0.25)) for (const [re, to] of EN_SLANG) s = s.replace(re, to);
    if (rng.chance(0.3)) s = s.replace(/^[A-Z](?=[a-z])/, (c) => c.toLowerCase());
    if (rng.chance(0.05)) s = typo(s, rng);
    if (rng.chance(0.04)) s = s.replace(/([aeiou])(?=[^aeiou]*$)/, '$1$1$1');
    if (s.length < 24 && rng.chance(0.04)) s = s.toUpperCase();
  } else {
    if (rng.chance(0.12)) for (const [re, to] of ZH_SLANG) if (rng.chance(0.5)) s = s.replace(re, to);
    if (/[吗呢多少几]$/.test(s) && rng.chance(0.35)) s += rng.pick(['？', '?', '？？', '呀', '啊']);
    if (rng.chance(0.06)) s = `${rng.pick(['亲，', '主播', '宝宝', '姐姐'])}${s}`;
  }
  if (/\?$/.test(s)) {
    if (rng.chance(0.2)) s = s.slice(0, -1);
    else if (rng.chance(0.12)) s += rng.pick(['?', '??']);
  }
  if (rng.chance(0.2)) s += `${rng.chance(0.3) ? '' : ' '}${rng.pick(emoji)}${rng.chance(0.3) ? rng.pick(emoji) : ''}`;
  return s;
}
