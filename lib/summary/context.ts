import type { Product } from '../catalog/types';
import type { ProductRef } from '../events/live-event';
import { findProductMention } from '../ml/product-mention';
import { normalizeText } from '../ml/features/text-normalize';
import { refResolver } from '../suggest/offline/analyse';
import type { FoldContext } from './contribution';
import { pitchTimeline, type PitchChange } from './pitch-timeline';

/** The confidence a mention needs to count: the deictic rule's ("this one" while a product is pitched), as `npm run suggest` uses. */
export const MENTION_MIN_CONFIDENCE = 0.75;

/**
 * The catalog sku a page's product (a `product` or `purchase` event's `product`) is, or null: its
 * exact title first (one browser may hold several shops' catalogs, whose listing numbers repeat),
 * then its ref (sku, "#3", title) as lib/suggest resolves refs.
 */
export function catalogProductResolver(catalog: readonly Product[]): (p: ProductRef) => string | null {
  if (!catalog.length) return () => null;
  const byRef = refResolver(catalog);
  const titles = new Map<string, string | null>();
  for (const c of catalog) {
    const k = normalizeText(c.title);
    titles.set(k, titles.has(k) ? null : c.sku);
  }
  return (p) => (p.title ? titles.get(normalizeText(p.title)) : null) ?? byRef(p.ref) ?? (p.title ? byRef(p.title) : null);
}

/** Pitch changes a product event makes (markers come from the log's `pitch` fields / the pitches table). */
export function productPitch(e: { kind: string; ts: number; product?: ProductRef }, resolve: (p: ProductRef) => string | null): PitchChange | null {
  if (e.kind !== 'product' || !e.product) return null;
  const sku = resolve(e.product);
  return sku ? { ts: e.ts, sku, source: 'product' } : null;
}

/**
 * The fold context over a catalog and the stream's pitch changes; `questionSku` is the question
 * grouping's answer for a comment (undefined = not a question). Mentions are cached by text and
 * pitched product: chat repeats itself ("扣1", "#3").
 */
export function foldContext(catalog: readonly Product[], changes: readonly PitchChange[], questionSku: (eventId: string) => string | null | undefined): FoldContext {
  const skus = new Set(catalog.map((p) => p.sku));
  const timeline = pitchTimeline(changes);
  const resolve = catalogProductResolver(catalog);
  const cache = new Map<string, string | null>();
  return {
    pitchAt: timeline.at,
    mention(text, pitched) {
      if (!catalog.length) return null;
      const key = `${pitched ?? ''}\u0000${text}`;
      let sku = cache.get(key);
      if (sku === undefined) {
        const m = findProductMention(text, catalog, pitched);
        sku = m && m.confidence >= MENTION_MIN_CONFIDENCE && skus.has(m.sku) ? m.sku : null;
        if (cache.size > 50_000) cache.clear();
        cache.set(key, sku);
      }
      return sku;
    },
    resolveProduct: resolve,
    question(eventId) {
      const sku = questionSku(eventId);
      if (sku === undefined) return null;
      return { sku: sku && skus.has(sku) ? sku : null };
    },
  };
}
