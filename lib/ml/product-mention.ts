/**
 * Links a comment to a catalog product: by listing number ("#3", "3号链接", "link 3", "第3个",
 * "三号"), by name or alias, or — for deictic references ("this one", "这个") — to the product being
 * pitched. Pure and rule-based: catalogs change per stream, so there is nothing to train; confidences
 * are fixed per rule and measured in models/cards/product-mention.md.
 */
import type { Product } from '../catalog/types';
import { normalizeText } from './features/text-normalize';

/** The catalog fields a mention can be resolved from (formats.md's catalog). */
export type MentionProduct = Pick<Product, 'sku' | 'number' | 'title' | 'aliases'>;
export type MentionVia = 'number' | 'name' | 'alias' | 'title-word' | 'deictic';
export interface ProductMention { sku: string; confidence: number; via: MentionVia }

const NUMBER_RULES: [RegExp, number][] = [
  [/#\s?(\d{1,3})(?!\d)/, 0.95],
  [/(\d{1,3})\s?号(?:链接|宝贝|商品|款)?/, 0.95],
  [/(?:链接|宝贝)\s?(\d{1,3})(?!\d)/, 0.9],
  [/第\s?(\d{1,3})\s?(?:个|款|件|号)/, 0.9],
  [/\b(?:link|item|number|no\.?|num|product|listing)\s?#?\s?(\d{1,3})\b/i, 0.85],
];

const DEICTIC_EN = /\b(this|that|these|those|the current)\s(one|item|product|dress|top|set|color|colour|thing|piece)s?\b/i;
// A bare "this"/"it" often means the product on screen, but also the stream ("is this live?").
const WEAK_EN = /\b(this|it)\b/i;
const DEICTIC_ZH = /(这个|这款|这件|这条|这双|这套|这只|这支|那个|那款|现在这个|手上这个|正在讲的)/;

// Chinese numerals in listing-number positions ("三号链接", "第二个") become digits first.
const ZH_DIGITS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const EN_NUMBERS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 };

function zhNumeral(s: string): number | null {
  if (s === '十') return 10;
  const m = s.match(/^([一二两三四五六七八九])?(十)?([一二三四五六七八九])?$/);
  if (!m || (!m[1] && !m[2])) return null;
  if (!m[2]) return m[3] ? null : (ZH_DIGITS[m[1] as string] ?? null);
  return (m[1] ? (ZH_DIGITS[m[1]] ?? 0) : 1) * 10 + (m[3] ? (ZH_DIGITS[m[3]] ?? 0) : 0);
}

/** "三号" → "3号", "第二个" → "第2个", "number two" / "link two" → "number 2". */
function digitsForNumbers(t: string): string {
  return t
    .replace(/([一二两三四五六七八九十]{1,3})(?=\s?(?:号|个|款|件))/g, (w) => String(zhNumeral(w) ?? w))
    .replace(/((?:链接|宝贝)\s?)([一二三四五六七八九十]{1,3})/g, (_w, p: string, n: string) => `${p}${zhNumeral(n) ?? n}`)
    .replace(/\b(link|item|number|no\.?|num|product|listing)\s?#?\s?(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b/gi, (_w, k: string, n: string) => `${k} ${EN_NUMBERS[n.toLowerCase()] ?? n}`);
}

/** The listing number as a plain integer string ("#03" → "3"), or null when it is not numeric. */
export function normalizeListingNumber(n: string | undefined): string | null {
  const m = (n ?? '').trim().replace(/^#/, '').match(/^0*(\d{1,4})$/);
  return m ? String(Number(m[1])) : null;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Memo of a per-name (per-title) computation: every comment is checked against every catalog name,
 * so normalising names and compiling their patterns once matters (it was most of a summary's fold
 * time). Bounded: catalogs change, the memo is cleared when it grows past the cap.
 */
function memo<T>(f: (key: string) => T, cap = 20_000): (key: string) => T {
  const m = new Map<string, T>();
  return (key) => {
    let v = m.get(key);
    if (v === undefined) {
      if (m.size >= cap) m.clear();
      v = f(key);
      m.set(key, v);
    }
    return v;
  };
}

/** Matches a name inside text: Chinese by substring, Latin script on word boundaries, either number ("treats" ~ "treat"). */
const nameMatcher = memo((name: string): ((text: string) => boolean) => {
  const n = normalizeText(name);
  if (!n) return () => false;
  if (/\p{Script=Han}/u.test(n)) return (text) => text.includes(n);
  const stem = n.length > 4 && n.endsWith('s') && !n.endsWith('ss') ? n.slice(0, -1) : n;
  const re = new RegExp(`(^|[^a-z0-9])${escapeRe(stem)}(?:s|es)?([^a-z0-9]|$)`, 'i');
  return (text) => re.test(text);
});

function contains(text: string, name: string): boolean {
  return nameMatcher(name)(text);
}

/**
 * Short keys viewers use for a title: an English title's head word ("Classic Cotton Hoodie" →
 * "hoodie"); every two-character window of a Chinese title ("冷萃咖啡液" → 冷萃, 萃咖, 咖啡, 啡液).
 * A key counts only when exactly one product has it.
 */
const titleKeys = memo((title: string): readonly string[] => {
  const t = normalizeText(title);
  const han = [...(t.match(/\p{Script=Han}+/gu) ?? [])].join('');
  if (han.length >= 2) return [...new Set(Array.from({ length: han.length - 1 }, (_v, i) => han.slice(i, i + 2)))];
  const words = t.match(/[a-z]{3,}/g);
  const last = words?.[words.length - 1];
  return last ? [last] : [];
});

/** The listing number a comment names ("#3", "三号链接", "link two" → "3"), catalog or not. */
export function findListingNumber(text: string): string | null {
  const t = digitsForNumbers(normalizeText(text));
  for (const [re] of NUMBER_RULES) {
    const m = t.match(re);
    if (m?.[1]) return String(Number(m[1]));
  }
  return null;
}

export interface MentionOptions {
  /**
   * Title keys that name a property rather than a product ("快充" in "编织快充数据线"): a caller that
   * knows attribute words passes them here so "支持快充吗" is not read as naming the cable.
   */
  genericKey?: (key: string) => boolean;
}

export function findProductMention(text: string, catalog: readonly MentionProduct[], pitchedSku?: string | null, opts: MentionOptions = {}): ProductMention | null {
  const t = digitsForNumbers(normalizeText(text));
  for (const [re, confidence] of NUMBER_RULES) {
    const m = t.match(re);
    const num = m?.[1] ? String(Number(m[1])) : null;
    const p = num ? catalog.find((x) => normalizeListingNumber(x.number) === num) : undefined;
    if (p) return { sku: p.sku, confidence, via: 'number' };
  }
  // Longest name/alias wins so "phone case" beats "phone".
  let best: { p: MentionProduct; len: number; via: 'name' | 'alias' } | null = null;
  for (const p of catalog) {
    const names: [string, 'name' | 'alias'][] = [[p.title, 'name'], ...p.aliases.map((a): [string, 'alias'] => [a, 'alias'])];
    for (const [n, via] of names) {
      if (contains(t, n) && (!best || n.length > best.len)) best = { p, len: n.length, via };
    }
  }
  if (best) return { sku: best.p.sku, confidence: best.via === 'name' ? 0.9 : 0.85, via: best.via };
  const keys = catalog.map((p) => titleKeys(p.title).filter((k) => !opts.genericKey?.(k)));
  const owners = new Map<string, number>();
  for (const ks of keys) for (const k of ks) owners.set(k, (owners.get(k) ?? 0) + 1);
  const hits = catalog.filter((_p, i) => (keys[i] ?? []).some((k) => owners.get(k) === 1 && contains(t, k)));
  if (hits.length === 1 && hits[0]) return { sku: hits[0].sku, confidence: 0.8, via: 'title-word' };
  if (!pitchedSku) return null;
  if (DEICTIC_EN.test(t) || DEICTIC_ZH.test(t)) return { sku: pitchedSku, confidence: 0.75, via: 'deictic' };
  if (WEAK_EN.test(t)) return { sku: pitchedSku, confidence: 0.5, via: 'deictic' };
  return null;
}
