/**
 * What a viewer says next, decided from their state: how much they like what is pitched, whether they
 * just arrived, whether the show is dull. Returns an act; `chat/lines.ts` turns it into words.
 */
import type { Product } from '../../catalog';
import type { Viewer } from '../model/audience';
import type { Rng } from '../rng';
import type { ProductQuestion, Segment, ShopQuestion } from '../types';

export type Act =
  /** `variant`: undefined = any wording; null = one naming no size/colour; a value = one naming exactly it (re-asks). */
  | { kind: 'question'; type: ProductQuestion; product: Product; deictic: boolean; variant?: string | null }
  | { kind: 'shopQuestion'; type: ShopQuestion }
  | { kind: 'purchase'; product: Product; deictic: boolean }
  | { kind: 'praise'; product: Product | null }
  | { kind: 'complaint'; product: Product | null }
  | { kind: 'greeting' | 'chitchat' | 'spam' };

export interface ActContext {
  catalog: readonly Product[];
  /** Catalog index of the pitched product, -1 when none. */
  pitched: number;
  seg: Segment;
  now: number;
  soldOut: (p: Product) => boolean;
  rng: Rng;
}

const SHOP_WEIGHTS: readonly (readonly [ShopQuestion, number])[] = [
  ['shipping_time', 0.25],
  ['shipping_cost', 0.18],
  ['international', 0.07],
  ['returns', 0.15],
  ['payment', 0.08],
  ['authenticity', 0.07],
  ['discount', 0.13],
  ['next_live', 0.07],
];

function productQuestion(p: Product, soldOut: boolean, rng: Rng): ProductQuestion {
  const hasSizes = p.sizes.length > 1;
  // "Does it run small" fits clothes and shoes, not 250g/500g packs.
  const wearable = p.sizes.some((s) => /^(X*S|M|X*L|\dXL|\d{2})$/i.test(s));
  const types: ProductQuestion[] = ['price', 'size', 'colour', 'stock', 'material', 'fit'];
  const w = [0.32, hasSizes ? 0.18 : 0.06, p.colours.length > 1 ? 0.14 : 0.05, soldOut ? 0.4 : 0.1, 0.11, wearable ? 0.12 : 0.02];
  return types[rng.weighted(w)] as ProductQuestion;
}

/** A product the viewer cares about other than the pitched one (interest cubed: favourites dominate). */
function favourite(v: Viewer, c: ActContext): Product {
  const w = c.catalog.map((_, j) => (j === c.pitched ? 0 : (v.interests[j] ?? 0) ** 3 + 1e-6));
  return c.catalog[c.rng.weighted(w)] as Product;
}

export function chooseAct(v: Viewer, c: ActContext): Act {
  const r = c.rng;
  if (v.spammer) return { kind: 'spam' };
  const p = c.pitched >= 0 ? (c.catalog[c.pitched] as Product) : null;
  const I = p ? (v.interests[c.pitched] ?? 0) : 0;
  const maxI = Math.max(...v.interests);
  const quiet = c.seg.kind !== 'pitch';
  const fresh = !v.greeted && c.now - v.joinedAt < 90_000;
  const w = [
    fresh ? 3 : 0.08, // greeting
    p ? 1.8 * (0.25 + I) : 0, // question about the pitched product
    (quiet ? 0.8 : 0.35) * (0.3 + maxI), // question about another product
    0.45, // shop question (shipping, returns…)
    p ? (v.bought.has(p.sku) ? 0 : 3 * I * I * v.propensity) : 0.12 * v.propensity, // wanting to buy (not what they already bought)
    p ? 1.1 * I + 0.1 : 0.15, // praise of the product
    0.25, // cheering the host
    0.18 + (c.seg.kind === 'dull' ? 0.25 : 0) + (p && c.soldOut(p) ? 0.8 : 0), // complaint
    0.9 * (quiet ? 2 : 1), // chit-chat
  ];
  switch (r.weighted(w)) {
    case 0:
      return { kind: 'greeting' };
    case 1: {
      const q = p as Product;
      return { kind: 'question', type: productQuestion(q, c.soldOut(q), r), product: q, deictic: r.chance(0.65) };
    }
    case 2: {
      const q = favourite(v, c);
      return { kind: 'question', type: productQuestion(q, c.soldOut(q), r), product: q, deictic: false };
    }
    case 3:
      return { kind: 'shopQuestion', type: (SHOP_WEIGHTS[r.weighted(SHOP_WEIGHTS.map((x) => x[1]))] as (typeof SHOP_WEIGHTS)[number])[0] };
    case 4:
      return p ? { kind: 'purchase', product: p, deictic: r.chance(0.6) } : { kind: 'purchase', product: favourite(v, c), deictic: false };
    case 5:
      return { kind: 'praise', product: p };
    case 6:
      return { kind: 'praise', product: null };
    case 7:
      return { kind: 'complaint', product: p && r.chance(0.4) ? p : null };
    default:
      return { kind: 'chitchat' };
  }
}
