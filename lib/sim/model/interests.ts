/**
 * Latent tastes. Each product has a shop-wide appeal; each viewer has a few favourite tags. A viewer's
 * interest in a product mixes the product's appeal with the viewer's affinity for its tags, so
 * products that share tags share fans — the co-interest a recommender can learn across streams.
 */
import type { Product } from '../../catalog';
import type { Rng } from '../rng';

export interface ShopTastes {
  /** Appeal of each product (catalog order), a standard-normal-ish score. */
  appeal: number[];
  /** Every tag of the catalog, with how many products carry it. */
  tags: string[];
  tagWeight: number[];
}

const round3 = (x: number): number => Math.round(x * 1000) / 1000;
const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));

export function shopTastes(catalog: readonly Product[], rng: Rng): ShopTastes {
  const counts = new Map<string, number>();
  for (const p of catalog) for (const t of p.tags) counts.set(t, (counts.get(t) ?? 0) + 1);
  const tags = [...counts.keys()];
  // A clear spread of appeal, so "popular" and "niche" products exist in every shop.
  const appeal = catalog.map(() => rng.normal() * 0.9);
  return { appeal, tags, tagWeight: tags.map((t) => counts.get(t) ?? 1) };
}

/** A viewer's tag affinities (0..1): one to three favourites, the rest low. */
export function drawTagAffinity(t: ShopTastes, rng: Rng): number[] {
  const aff = t.tags.map(() => rng.next() * 0.25);
  const favourites = rng.int(1, Math.min(3, t.tags.length));
  for (let i = 0; i < favourites && t.tags.length; i++) aff[rng.weighted(t.tagWeight)] = 0.6 + rng.next() * 0.4;
  return aff.map(round3);
}

/** Interest (0..1, 3 decimals) in each catalog product, from appeal, tag affinity and personal noise. */
export function drawInterests(catalog: readonly Product[], t: ShopTastes, aff: readonly number[], rng: Rng): number[] {
  const tagIndex = new Map(t.tags.map((tag, i) => [tag, i]));
  return catalog.map((p, j) => {
    const a = p.tags.map((tag) => aff[tagIndex.get(tag) ?? -1] ?? 0);
    const tagScore = a.length ? Math.max(...a) * 0.6 + (a.reduce((s, x) => s + x, 0) / a.length) * 0.4 : 0.2;
    return round3(sigmoid(-1.6 + 1.0 * (t.appeal[j] ?? 0) + 2.6 * tagScore + 0.7 * rng.normal()));
  });
}
