/**
 * Without the shop's catalog (the `questions` command takes only an event log), products can still be
 * told apart by what the log itself says: a product event's ref and title, and the host's first line
 * after a pitch starts ("2号链接高腰牛仔裤", "first up the heavyweight hoodie"), which usually names
 * the listing number and the product. Learned entries only ever add to a catalog, never override it.
 */
import type { Product } from '../../catalog/types';
import { findListingNumber } from '../../ml/product-mention';
import { normalizeText } from '../../ml/text-normalize';
import { listingKey } from '../slots/extract';

const blank = (sku: string, title: string, number?: string): Product => ({ sku, title, number, aliases: [], sizes: [], colours: [], tags: [] });

/** The product a host's intro line names: Chinese after the "N号链接" phrase; English after "the/our/this". */
export function introTitle(text: string): string | null {
  const t = normalizeText(text);
  const zh = t.replace(/[一二两三四五六七八九十\d]+\s?号(链接|宝贝)?|第[一二两三四五六七八九十\d]+(个|款)|链接\s?\d+/g, ' ').match(/\p{Script=Han}{2,}/gu);
  if (zh?.length) return zh[zh.length - 1] ?? null;
  for (const clause of t.split(/[,.!;:]/)) {
    const m = clause.match(/\b(?:the|our|this|these)\s+([a-z][a-z0-9 '-]{2,40})$/);
    if (m?.[1]) return m[1].trim();
  }
  return null;
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
