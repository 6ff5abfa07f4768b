/**
 * Without the shop's catalog (the `questions` command takes only an event log), products can still be
 * told apart by what the log itself says: a product event's ref and title, and the host's first line
 * after a pitch starts ("2号链接高腰牛仔裤", "first up the heavyweight hoodie"), which usually names
 * the listing number and the product. Learned entries only ever add to a catalog, never override it.
 */
import type { Product } from '../../catalog/types';
import { findListingNumber } from '../../ml/product-mention';
import { normalizeText } from '../../ml/features/text-normalize';
import { listingKey } from '../slots/extract';

const blank = (sku: string, title: string, number?: string): Product => ({ sku, title, number, aliases: [], sizes: [], colours: [], tags: [] });

const ZH_NUMBER_PHRASE = /[一二两三四五六七八九十\d]+\s?号(链接|宝贝)?|第[一二两三四五六七八九十\d]+(个|款)|链接\s?\d+/;
// Status words a host says after the name ("3号猫爬架，已经卖完了", "2号耳机卖完了").
const ZH_STATUS = /(已经|卖完了?|售罄|没了|来了|上架了?|开抢了?|返场了?|最后|哦|啦|了)+$/;

/**
 * The product a host's intro line names: Chinese, the run right after the "N号链接" phrase (else
 * the longest run); English, the words after the last "the/our/this" of a clause (not "one of our…", "for the…").
 */
export function introTitle(text: string): string | null {
  const t = normalizeText(text);
  const num = t.match(ZH_NUMBER_PHRASE);
  const after = num ? t.slice((num.index ?? 0) + num[0].length).match(/^\s*(\p{Script=Han}{2,})/u)?.[1] : undefined;
  const runs = t.replace(ZH_NUMBER_PHRASE, ' ').match(/\p{Script=Han}{2,}/gu) ?? [];
  const zh = after ?? [...runs].sort((a, b) => b.length - a.length)[0];
  if (zh) return zh.replace(ZH_STATUS, '') || zh;
  const found = t.split(/[,.!;:]/).map((c) => c.match(/(?<!\b(?:of|for)\s)\b(?:the|our|this|these)\s+([a-z][a-z0-9 '-]{2,40})$/)?.[1]).filter((x): x is string => !!x);
  return found.length ? (found[found.length - 1] as string).trim() : null;
}

export interface StreamCatalog {
  products(): Product[];
  /** A product event or pitch marker seen: make sure the sku exists (with a title when given). */
  see(sku: string, title?: string): void;
  /** The host's first line after `sku` started being pitched. */
  intro(sku: string, text: string): void;
}

export function createStreamCatalog(base: readonly Product[]): StreamCatalog {
  const known = new Set(base.map((p) => p.sku));
  const learned = new Map<string, Product>();
  const get = (sku: string): Product | null => {
    if (known.has(sku)) return null;
    let p = learned.get(sku);
    if (!p) {
      const n = sku.startsWith('#') ? sku.slice(1) : undefined;
      p = blank(sku, '', n);
      learned.set(sku, p);
    }
    return p;
  };
  return {
    products: () => [...base, ...[...learned.values()].filter((p) => p.title || p.number)],
    see(sku, title) {
      const p = get(sku);
      if (p && title && !p.title) p.title = title;
    },
    intro(sku, text) {
      const p = get(sku);
      if (!p) return;
      const n = findListingNumber(text);
      if (n && !p.number && ![...learned.values(), ...base].some((x) => x.number === n)) p.number = n;
      const title = introTitle(text);
      if (title && !p.title) p.title = title;
    },
  };
}

export { listingKey };
