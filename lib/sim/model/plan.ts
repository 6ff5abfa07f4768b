/**
 * The host's plan for one show: a short intro, then products pitched one after another (each for a
 * few minutes), now and then a dull stretch (small talk, a break, waiting for a giveaway), and a short
 * outro. Products in stock are pitched in a shuffled order; the list starts over when it runs out.
 */
import type { Product } from '../../catalog';
import type { Rng } from '../rng';
import type { Segment } from '../types';

const MIN = 60_000;

export function planShow(catalog: readonly Product[], start: number, minutes: number, rng: Rng): Segment[] {
  const end = start + Math.round(minutes * MIN);
  const total = end - start;
  // Short test streams keep the same shape at a smaller scale.
  const scale = Math.min(1, minutes / 30);
  const pitchable = catalog.filter((p) => p.stock !== 0);
  const order: Product[] = [];
  const segments: Segment[] = [];
  let t = start;
  const push = (kind: Segment['kind'], sku: string | null, len: number): void => {
    const e = Math.min(end, t + Math.max(15_000, Math.round(len)));
    if (e > t) segments.push({ start: t, end: e, kind, sku });
    t = e;
  };
  push('intro', null, (1.5 + rng.next() * 1.5) * MIN * scale);
  const outroLen = Math.min((1 + rng.next()) * MIN * scale, total * 0.1);
  let last: string | null = null;
  while (t < end - outroLen - 30_000 && pitchable.length) {
    if (!order.length) order.push(...shuffle(pitchable, rng));
    let p = order.shift() as Product;
    if (p.sku === last && order.length) {
      order.push(p);
      p = order.shift() as Product;
    }
    push('pitch', p.sku, (3 + rng.next() * 4) * MIN * scale);
    last = p.sku;
    if (rng.chance(0.22) && t < end - outroLen - 60_000) push('dull', null, (1.5 + rng.next() * 2) * MIN * scale);
  }
  if (t < end) push('outro', null, end - t);
  // The last segment always reaches the end of the show.
  const lastSeg = segments[segments.length - 1];
  if (lastSeg) lastSeg.end = end;
  return segments;
}

function shuffle<T>(xs: readonly T[], rng: Rng): T[] {
  const a = [...xs];
  for (let i = a.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [a[i], a[j]] = [a[j] as T, a[i] as T];
  }
  return a;
}
