/**
 * The demo shops: an English TikTok LIVE shop and a Chinese Douyin shop, each a catalog CSV and an
 * FAQ JSON in formats.md's format (the files beside this module are the source of truth; the demo
 * imports them into the extension the way a user would). Node only: reads the files from disk.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCatalog, parseFaq, type FaqEntry, type Product } from '../../catalog';
import type { SimLang } from '../types';

export interface DemoShop {
  lang: SimLang;
  /** Shop handle: the TikTok @handle / the Douyin host's display name. */
  shop: string;
  catalogFile: string;
  faqFile: string;
  catalog: Product[];
  faq: FaqEntry[];
}

export const DEMO_SHOPS: Record<SimLang, { shop: string; catalog: string; faq: string }> = {
  en: { shop: 'glowthreads', catalog: 'en-tiktok-catalog.csv', faq: 'en-tiktok-faq.json' },
  zh: { shop: '暖暖衣橱', catalog: 'zh-douyin-catalog.csv', faq: 'zh-douyin-faq.json' },
};

// Joined by hand: bundlers rewrite `new URL('./x', import.meta.url)` into an asset URL.
const HERE = dirname(fileURLToPath(import.meta.url));

/** Absolute path of a file of the demo shops. */
export const demoShopFile = (name: string): string => join(HERE, name);

/** Loads and validates a demo shop; throws with the row errors if a file went bad. */
export function demoShop(lang: SimLang): DemoShop {
  const d = DEMO_SHOPS[lang];
  const catalogFile = demoShopFile(d.catalog);
  const faqFile = demoShopFile(d.faq);
  const c = parseCatalog(readFileSync(catalogFile, 'utf8'));
  const f = parseFaq(readFileSync(faqFile, 'utf8'), new Set(c.rows.map((p) => p.sku)));
  const problems = [c.fatal, f.fatal, ...c.errors.map((e) => `${d.catalog} line ${e.line}: ${e.message}`), ...f.errors.map((e) => `${d.faq} item ${e.line}: ${e.message}`)].filter(Boolean);
  if (problems.length) throw new Error(`demo shop ${lang} is invalid: ${problems.join('; ')}`);
  return { lang, shop: d.shop, catalogFile, faqFile, catalog: c.rows, faq: f.rows };
}
