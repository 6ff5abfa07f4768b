/**
 * Generated catalogs: any number of products of mixed kinds, seeded, in the shop's language, so an
 * evaluation can run on a shop nobody tuned on. Like the demo shops, every catalog has one sold-out
 * product and one with unknown stock (when it has at least three products).
 */
import type { Product } from '../../catalog';
import { createRng, hash32 } from '../rng';
import type { SimLang } from '../types';
import { COLOURS, ITEM_KINDS, VARIANTS, type ItemKind } from './items';

const EN_STYLE = ['Classic', 'Everyday', 'Mini', 'Oversized', 'Cloud', 'Studio', 'Weekend', 'Luxe', 'Soft', 'Travel'];
const ZH_STYLE = ['经典', '日常', '迷你', '宽松', '云朵', '工作室', '周末', '轻奢', '柔软', '旅行'];

export interface CatalogOptions {
  seed: number;
  lang: SimLang;
  products: number;
}

function price(k: ItemKind, lang: SimLang, r: number): number {
  const usd = k.usd[0] + r * (k.usd[1] - k.usd[0]);
  if (lang === 'en') return Math.max(1, Math.round(usd)) - 0.01;
  const cny = usd * 7;
  // Chinese shops end prices in 9 (59, 129) or .9 for small ones (29.9).
  return cny < 40 ? Math.floor(cny) + 0.9 : Math.floor(cny / 10) * 10 + 9;
}

export function generateCatalog(o: CatalogOptions): Product[] {
  if (!(Number.isInteger(o.products) && o.products >= 1 && o.products <= 10_000)) throw new Error('products must be a whole number from 1 to 10000');
  const rng = createRng(hash32(`catalog:${o.seed}:${o.lang}`));
  const zh = o.lang === 'zh';
  const order = ITEM_KINDS.map((_, i) => i);
  const products: Product[] = [];
  for (let i = 0; i < o.products; i++) {
    // Each kind once before any repeats; repeats get a style word and differ in price and variants.
    if (i % ITEM_KINDS.length === 0) for (let a = order.length - 1; a > 0; a--) {
      const b = rng.int(0, a);
      [order[a], order[b]] = [order[b] as number, order[a] as number];
    }
    const k = ITEM_KINDS[order[i % ITEM_KINDS.length] as number] as ItemKind;
    const round = Math.floor(i / ITEM_KINDS.length);
    const style = round === 0 ? '' : zh ? (ZH_STYLE[(round - 1) % ZH_STYLE.length] as string) : `${EN_STYLE[(round - 1) % EN_STYLE.length]} `;
    const extra = round > EN_STYLE.length ? ` ${round}` : '';
    const title = `${style}${zh ? k.zh : k.en}${extra}`;
    const sizes = k.sizes === 'none' ? [] : pickRun(VARIANTS[k.sizes], k.sizes === 'clothing' || k.sizes === 'shoe' ? 5 : 3, rng);
    const colours = k.colours === 'none' ? [] : pickSome((zh ? COLOURS[k.colours].zh : COLOURS[k.colours].en), rng.int(2, 4), rng);
    const lang = zh ? 1 : 0;
    const description = [k.material[lang], k.fit?.[lang], k.care[lang]].filter(Boolean).join(zh ? '' : ' ');
    products.push({
      sku: `G${o.seed}-${String(i + 1).padStart(3, '0')}`,
      number: String(i + 1),
      title,
      aliases: [...(zh ? k.zhAliases : k.enAliases), ...(zh ? k.enAliases.slice(0, 1) : k.zhAliases.slice(0, 1))],
      price: Math.round(price(k, o.lang, rng.next()) * 100) / 100,
      currency: zh ? 'CNY' : 'USD',
      stock: rng.int(5, 200),
      sizes,
      colours,
      tags: [...k.tags],
      description,
    });
  }
  if (products.length >= 3) {
    const soldOut = rng.int(0, products.length - 1);
    let unknown = rng.int(0, products.length - 2);
    if (unknown >= soldOut) unknown++;
    (products[soldOut] as Product).stock = 0;
    delete (products[unknown] as Product).stock;
  }
  return products;
}

/** A contiguous run of n variants (sizes go S-XL, not S, XL). */
function pickRun(xs: readonly string[], n: number, rng: ReturnType<typeof createRng>): string[] {
  if (xs.length <= n) return [...xs];
  const start = rng.int(0, xs.length - n);
  return xs.slice(start, start + n);
}

function pickSome(xs: readonly string[], n: number, rng: ReturnType<typeof createRng>): string[] {
  const a = [...xs];
  for (let i = a.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [a[i], a[j]] = [a[j] as string, a[i] as string];
  }
  return a.slice(0, Math.min(n, a.length));
}
