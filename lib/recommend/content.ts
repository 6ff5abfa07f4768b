/**
 * Content similarity between products (tags, title, description words) — the cold-start fallback
 * when a product has no viewer history yet. Tags count double: they are the seller's own categories.
 */
import type { Product } from '../catalog/types';
import { normalizeText } from '../ml/features/text-normalize';

const STOP = new Set(['the', 'and', 'with', 'for', 'a', 'an', 'of', 'in', 'to', 'is', 'it', 'on', 'or', 'our', 'your', 'this']);

function words(s: string): string[] {
  const t = normalizeText(s);
  const latin = (t.match(/[a-z]{3,}/g) ?? []).filter((w) => !STOP.has(w));
  const han = [...(t.match(/\p{Script=Han}+/gu) ?? [])].flatMap((run) => Array.from({ length: Math.max(0, run.length - 1) }, (_v, i) => run.slice(i, i + 2)));
  return [...latin, ...han];
}

export function contentVector(p: Product): Map<string, number> {
  const v = new Map<string, number>();
  const add = (k: string, w: number): void => { v.set(k, (v.get(k) ?? 0) + w); };
  for (const t of p.tags) add(`tag:${normalizeText(t)}`, 2);
  for (const w of words(p.title)) add(w, 1);
  for (const w of words(p.description ?? '')) add(w, 0.5);
  return v;
}

export function cosine(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [k, x] of a) { na += x * x; const y = b.get(k); if (y) dot += x * y; }
  for (const y of b.values()) nb += y * y;
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}

/** sku → sku → content cosine. */
export function contentSimilarity(catalog: readonly Product[]): Map<string, Map<string, number>> {
  const vecs = catalog.map((p) => [p.sku, contentVector(p)] as const);
  const out = new Map<string, Map<string, number>>();
  for (const [a, va] of vecs) out.set(a, new Map(vecs.filter(([b]) => b !== a).map(([b, vb]) => [b, cosine(va, vb)])));
  return out;
}
