import type { Product } from '../../catalog/types';
import type { LogEvent } from '../../events/event-log';
import type { Intent } from '../../ml/labels';

export const CATALOG: Product[] = [
  { sku: 'HOOD', number: '1', title: 'Classic Cotton Hoodie', aliases: ['hoodie'], stock: 40, sizes: [], colours: [], tags: ['tops', 'winter'], description: 'Soft cotton fleece hoodie.' },
  { sku: 'SCARF', number: '2', title: 'Wool Scarf', aliases: ['scarf'], stock: 3, sizes: [], colours: [], tags: ['accessories', 'winter'], description: 'Warm wool scarf.' },
  { sku: 'TEE', number: '3', title: 'Linen Tee', aliases: ['tee'], stock: 0, sizes: [], colours: [], tags: ['tops', 'summer'], description: 'Light linen tee.' },
  { sku: 'CAP', number: '4', title: 'Baseball Cap', aliases: ['cap'], sizes: [], colours: [], tags: ['accessories', 'summer'], description: 'Cotton cap.' },
  { sku: 'BEANIE', number: '5', title: 'Knit Beanie', aliases: ['beanie'], stock: 10, sizes: [], colours: [], tags: ['accessories', 'winter'], description: 'Warm wool knit beanie.' },
];

let n = 0;
export function comment(ts: number, viewer: string, text: string, intent?: Intent): LogEvent {
  return {
    platform: 'tiktok', streamKey: 'tiktok:shop', kind: 'comment', id: `c${n++}`, ts, author: { name: viewer, id: viewer, role: 'viewer' }, text,
    ...(intent ? { labels: { lang: 'en', sentiment: 'neutral', sentimentScore: 1, intent, intentScore: 1 } } : {}),
  };
}
export function pitch(ts: number, sku: string | null): LogEvent {
  return { platform: 'tiktok', streamKey: 'tiktok:shop', kind: 'product', id: `p${n++}`, ts, author: { name: 'host', role: 'owner' }, pitch: { sku } };
}
export function purchase(ts: number, viewer: string, ref: string): LogEvent {
  return { platform: 'tiktok', streamKey: 'tiktok:shop', kind: 'purchase', id: `b${n++}`, ts, author: { name: viewer, id: viewer, role: 'viewer' }, product: { ref } };
}
