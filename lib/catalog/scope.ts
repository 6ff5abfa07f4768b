/**
 * Which products a stream is about. Two shops can share one browser (the demo plays an English
 * TikTok shop and a Chinese Douyin shop), and listing numbers collide across their catalogs: "12号"
 * on the Douyin stream must not resolve to the English shop's #12. Each stored product remembers
 * the catalog (imported file) it came from; a stream is linked to one catalog, and product
 * resolution, drafts, pitches and the recommender see only that catalog's products (plus products
 * that belong to no catalog: added by hand, they are the seller's everywhere).
 *
 * The link: the one the host chose for the stream; else the one chosen for the same room's (shop's)
 * latest stream; else for the same platform's latest stream; else the only catalog whose currency
 * is the platform's market's (CNY on Douyin, Kuaishou and Taobao; any other currency elsewhere);
 * else the only catalog there is. Otherwise none is linked and every product is in scope — the
 * panel says so and asks the host to choose.
 */
import type { PlatformId } from '../events/live-event';
import type { Product } from './types';

/** A product with the catalog it was imported from (absent: added by hand, in every scope). */
export type CatalogProduct = Product & { catalog?: string };

export type LinkVia = 'stream' | 'room' | 'platform' | 'currency' | 'only';

export interface CatalogLink {
  /** The linked catalog's name, or null: none linked (every product in scope). */
  name: string | null;
  via: LinkVia | null;
  /** The catalogs there are, by name (for the host to choose from). */
  names: string[];
}

/** What the link needs to know about a stream and the earlier ones. */
export interface StreamForLink {
  id?: number;
  roomKey: string;
  platform: PlatformId;
  startedAt: number;
  catalog?: string;
}

const CNY_PLATFORMS: ReadonlySet<PlatformId> = new Set(['douyin', 'kuaishou', 'taobao']);

/** The name a catalog file is stored under: its file name without folder and extension. */
export function catalogNameOf(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  return base.replace(/\.(csv|json)$/i, '').trim() || base;
}

export function catalogNames(products: readonly CatalogProduct[]): string[] {
  return [...new Set(products.flatMap((p) => (p.catalog ? [p.catalog] : [])))].sort();
}

/** The catalog a stream is linked to, and why (see the file header for the order). */
export function linkCatalog(stream: StreamForLink, earlier: readonly StreamForLink[], products: readonly CatalogProduct[]): CatalogLink {
  const names = catalogNames(products);
  const exists = (n: string | undefined): n is string => n !== undefined && names.includes(n);
  const link = (name: string, via: LinkVia): CatalogLink => ({ name, via, names });
  if (exists(stream.catalog)) return link(stream.catalog, 'stream');
  const before = earlier.filter((s) => s.id !== stream.id && s.startedAt <= stream.startedAt && exists(s.catalog)).sort((a, b) => b.startedAt - a.startedAt);
  const room = before.find((s) => s.roomKey === stream.roomKey);
  if (room) return link(room.catalog as string, 'room');
  const platform = before.find((s) => s.platform === stream.platform);
  if (platform) return link(platform.catalog as string, 'platform');
  const cny = CNY_PLATFORMS.has(stream.platform);
  const fits = names.filter((n) => {
    const currencies = new Set(products.filter((p) => p.catalog === n && p.currency).map((p) => p.currency!.toUpperCase()));
    return currencies.size > 0 && [...currencies].every((c) => (c === 'CNY' || c === 'RMB') === cny);
  });
  if (fits.length === 1) return link(fits[0]!, 'currency');
  if (names.length === 1) return link(names[0]!, 'only');
  return { name: null, via: null, names };
}

/** The products a stream with this link is about. */
export function productsInScope<P extends CatalogProduct>(products: readonly P[], name: string | null): P[] {
  return name === null ? [...products] : products.filter((p) => p.catalog === undefined || p.catalog === name);
}
