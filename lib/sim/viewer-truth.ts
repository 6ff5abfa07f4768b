import type { ShopContext } from './context';
import type { Viewer } from './model/audience';
import type { ViewerTruth } from './types';

/** A viewer as the truth file shows them: tastes by sku and tag name, this stream's sessions and buys. */
export function viewerTruth(v: Viewer, shop: ShopContext, stream: number): ViewerTruth {
  const tags = shop.audience.tagNames;
  return {
    id: v.id,
    name: v.name,
    lang: v.lang,
    firstStream: v.firstStream,
    returning: v.firstStream >= 0 && v.firstStream < stream,
    spammer: v.spammer,
    propensity: Math.round(v.propensity * 1000) / 1000,
    interests: Object.fromEntries(shop.catalog.map((p, j) => [p.sku, v.interests[j] ?? 0])),
    tags: Object.fromEntries(tags.map((t, i) => [t, v.tags[i] ?? 0])),
    sessions: v.sessions.map(([a, b]) => [a, b]),
    bought: [...v.bought],
  };
}
