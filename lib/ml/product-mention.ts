/**
 * Links a comment to a catalog product: by listing number ("#3", "3号链接", "link 3", "第3个"),
 * by name or alias, or — for deictic references ("this one", "这个") — to the product being pitched.
 * Pure and rule-based: catalogs change per stream, so there is nothing to train; confidences are
 * fixed per rule and measured in models/cards/product-mention.md.
 */
import { normalizeText } from './text-normalize';

export interface CatalogProduct { id: string; number?: number; name: string; aliases?: string[] }
export interface ProductMention { productId: string; confidence: number; via: 'number' | 'name' | 'alias' | 'deictic' }

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

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Matches a name inside text: Chinese by substring, Latin script on word boundaries. */
function contains(text: string, name: string): boolean {
  const n = normalizeText(name);
  if (!n) return false;
  if (/\p{Script=Han}/u.test(n)) return text.includes(n);
  return new RegExp(`(^|[^a-z0-9])${escapeRe(n)}s?([^a-z0-9]|$)`, 'i').test(text);
}

export function findProductMention(text: string, catalog: CatalogProduct[], pitchedId?: string | null): ProductMention | null {
  const t = normalizeText(text);
  for (const [re, confidence] of NUMBER_RULES) {
    const m = t.match(re);
    const num = m?.[1] ? Number(m[1]) : NaN;
    const p = catalog.find((x) => x.number === num);
    if (p) return { productId: p.id, confidence, via: 'number' };
  }
  // Longest name/alias wins so "phone case" beats "phone".
  let best: { p: CatalogProduct; len: number; via: 'name' | 'alias' } | null = null;
  for (const p of catalog) {
    const names: [string, 'name' | 'alias'][] = [[p.name, 'name'], ...(p.aliases ?? []).map((a): [string, 'alias'] => [a, 'alias'])];
    for (const [n, via] of names) {
      if (contains(t, n) && (!best || n.length > best.len)) best = { p, len: n.length, via };
    }
  }
  if (best) return { productId: best.p.id, confidence: best.via === 'name' ? 0.9 : 0.85, via: best.via };
  if (!pitchedId) return null;
  if (DEICTIC_EN.test(t) || DEICTIC_ZH.test(t)) return { productId: pitchedId, confidence: 0.75, via: 'deictic' };
  if (WEAK_EN.test(t)) return { productId: pitchedId, confidence: 0.5, via: 'deictic' };
  return null;
}
