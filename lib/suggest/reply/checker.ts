/**
 * Scans any reply text for facts that the catalog and FAQ do not hold: numbers (prices, counts,
 * days), sizes, colours, policy claims (free shipping, refunds, payment methods…) and stock claims
 * (sold out / in stock). Used by the unit tests and by `suggest:eval`'s "invented facts" count, and
 * usable on any draft, ours or typed by a person.
 * Clauses that say a fact is missing ("XL is not in the catalog", "目录里没有XL") claim nothing and
 * are skipped; @mentions are skipped (names may hold digits).
 */
import type { FaqEntry, Product } from '../../catalog/types';
import { normalizeText } from '../../ml/features/text-normalize';
import { COLOURS, colourKey, sizeKey } from './../slots/values';

export interface Invented {
  kind: 'number' | 'size' | 'colour' | 'policy' | 'stock';
  token: string;
}

export interface GroundTruth {
  catalog: readonly Product[];
  faq: readonly FaqEntry[];
  /** The question itself: a draft may repeat its numbers ("#2", "160 cm"). */
  question?: string;
  /** The product the draft is about: stock claims are checked against it (else any product). */
  sku?: string | null;
}

export const MISSING_MARKERS = ['not in the catalog', '目录里没有'];

const POLICY_TERMS = [
  'free shipping', 'free delivery', 'free returns', 'free return', 'refund', 'refunds', 'refundable', 'money back', 'exchange', 'exchanges',
  'warranty', 'guarantee', 'cash on delivery', 'paypal', 'klarna', 'afterpay', 'installment', 'installments', 'apple pay', 'credit card',
  'express', 'overnight', 'next-day', 'next day', 'same day', 'same-day', 'international', 'worldwide', 'tracking',
  '包邮', '免运费', '退款', '退换', '换货', '无理由', '包退', '包换', '保修', '质保', '货到付款', '花呗', '分期', '信用卡', '顺丰', '京东', '次日达',
  '当天发', '运费险', '全国', '偏远',
];
const SOLD_OUT = /sold out|out of stock|none left|售罄|卖完|没货|断货/;
const IN_STOCK = /in stock|有货|现货|还有\d/;

function clauses(text: string): string[] {
  return normalizeText(text.replace(/@[^\s@]+/g, ' '))
    .split(/[;!?。；！？—()（）\n]|\.(?!\d)|,(?!\d)|，/)
    .map((c) => c.trim())
    .filter((c) => c && !MISSING_MARKERS.some((m) => c.includes(m)));
}

const numbersIn = (t: string): number[] => [...t.matchAll(/\d+(?:\.\d+)?/g)].map((m) => Number(m[0]));

function groundText(g: GroundTruth): string {
  const parts: string[] = [g.question ?? ''];
  for (const p of g.catalog) {
    parts.push(p.sku, p.number ?? '', p.title, ...p.aliases, String(p.price ?? ''), p.currency ?? '', String(p.stock ?? ''), ...p.sizes, ...p.colours, ...p.tags, p.description ?? '');
  }
  for (const f of g.faq) parts.push(...f.questions, ...f.answers);
  return normalizeText(parts.join('\n'));
}

const SIZE_TOKEN = /(?<![a-z0-9])(xxs|xs|xxxl|xxl|2xl|3xl|xl|s|m|l)(?![a-z0-9'’])|均码|one size|(\d{2,3})\s?码/gi;

export function inventedFacts(draft: string, g: GroundTruth): Invented[] {
  const ground = groundText(g);
  const nums = new Set(numbersIn(ground));
  const sizes = new Set(g.catalog.flatMap((p) => p.sizes.map((s) => sizeKey(s) ?? normalizeText(s))));
  const colours = new Set(g.catalog.flatMap((p) => p.colours.map((c) => colourKey(c) ?? normalizeText(c))));
  const about = g.sku ? g.catalog.filter((p) => p.sku === g.sku) : g.catalog;
  const stock0 = about.some((p) => p.stock === 0);
  const stockPos = about.some((p) => (p.stock ?? 0) > 0);
  const out: Invented[] = [];
  const raw = draft.replace(/@[^\s@]+/g, ' ');
  for (const c of clauses(draft)) {
    for (const n of numbersIn(c)) if (!nums.has(n)) out.push({ kind: 'number', token: String(n) });
    // Sizes: letter sizes only where the original text wrote them in capitals ("S", "XL"), so the
    // English words "s"/"m" in "it's"/"I'm" are not sizes.
    for (const m of c.matchAll(SIZE_TOKEN)) {
      const tok = m[0];
      if (/^[sml]$/i.test(tok) && !new RegExp(`(?<![A-Za-z0-9])${tok.toUpperCase()}(?![A-Za-z0-9'’])`).test(raw)) continue;
      const key = m[2] ? m[2] : (sizeKey(tok) ?? tok);
      if (!sizes.has(key) && !ground.includes(normalizeText(tok))) out.push({ kind: 'size', token: tok });
    }
    for (const [key, names] of Object.entries(COLOURS)) {
      for (const w of [...names.en, ...names.zh]) {
        const hit = /\p{Script=Han}/u.test(w) ? w.length > 1 && c.includes(w) : new RegExp(`(^|[^a-z])${w}([^a-z]|$)`).test(c);
        if (hit && !colours.has(key) && !ground.includes(w)) out.push({ kind: 'colour', token: w });
      }
    }
    for (const term of POLICY_TERMS) if (c.includes(term) && !ground.includes(term)) out.push({ kind: 'policy', token: term });
    if (SOLD_OUT.test(c) && !stock0) out.push({ kind: 'stock', token: c.match(SOLD_OUT)?.[0] ?? 'sold out' });
    if (IN_STOCK.test(c) && !stockPos) out.push({ kind: 'stock', token: c.match(IN_STOCK)?.[0] ?? 'in stock' });
  }
  return out;
}
