/** The scorings of lib/suggest/eval/README.md, as pure functions over command outputs. */
import type { FaqEntry, Product } from '../../catalog/types';
import { normalizeText } from '../../ml/features/text-normalize';
import { MISSING_MARKERS } from '../reply/checker';
import type { ReplyDraft } from '../reply/types';

export interface Prf { precision: number; recall: number; f1: number; tp: number; predicted: number; gold: number }

export function prf(tp: number, predicted: number, gold: number): Prf {
  const precision = predicted ? tp / predicted : 1;
  const recall = gold ? tp / gold : 1;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0, tp, predicted, gold };
}

/** Detection over lines: [predicted, gold] booleans. */
export function detectionScore(pairs: readonly [boolean, boolean][]): Prf {
  return prf(pairs.filter(([p, g]) => p && g).length, pairs.filter(([p]) => p).length, pairs.filter(([, g]) => g).length);
}

/** Same-group pairs of one stream: lines i<j sharing a non-null label. */
function samePairs(labels: readonly (string | null)[]): Set<string> {
  const by = new Map<string, number[]>();
  labels.forEach((l, i) => { if (l !== null) by.set(l, [...(by.get(l) ?? []), i]); });
  const out = new Set<string>();
  for (const idx of by.values()) for (let a = 0; a < idx.length; a += 1) for (let b = a + 1; b < idx.length; b += 1) out.add(`${idx[a]}-${idx[b]}`);
  return out;
}

/** Pairwise counts for one stream (sum them over streams, then prf). */
export function pairCounts(predicted: readonly (string | null)[], gold: readonly (string | null)[]): { tp: number; predicted: number; gold: number } {
  const p = samePairs(predicted);
  const g = samePairs(gold);
  let tp = 0;
  for (const x of p) if (g.has(x)) tp += 1;
  return { tp, predicted: p.size, gold: g.size };
}

export type ExpectedFact =
  | { source: 'catalog'; field: 'price' | 'sizes' | 'colours' | 'stock' | 'description'; contains?: string }
  | { source: 'faq'; id: string }
  | 'missing' | 'sold_out' | 'which' | 'none';

export const isFactCase = (f: ExpectedFact): boolean => f !== 'which' && f !== 'none';

const has = (text: string, s: string): boolean => normalizeText(text).includes(normalizeText(s));
const numberIn = (text: string, n: number): boolean => [...text.matchAll(/\d+(?:\.\d+)?/g)].some((m) => Number(m[0]) === n);

/** Whether the drafts answer as expected (the top draft for facts; see README). */
export function factStated(drafts: readonly ReplyDraft[], f: ExpectedFact, product: Product | undefined, faq: readonly FaqEntry[]): boolean {
  const top = drafts[0]?.text ?? '';
  if (f === 'none') return drafts.length === 0;
  if (f === 'which') return /which|哪/i.test(top);
  if (f === 'missing') return MISSING_MARKERS.some((m) => top.includes(m));
  if (f === 'sold_out') return /sold out|售罄/i.test(top);
  if (f.source === 'faq') {
    const e = faq.find((x) => x.id === f.id);
    return !!e && e.answers.some((a) => top.includes(a));
  }
  if (!product) return false;
  switch (f.field) {
    case 'price': return product.price !== undefined && numberIn(top, product.price);
    case 'sizes': return product.sizes.length > 0 && product.sizes.every((s) => has(top, s));
    case 'colours': return product.colours.length > 0 && product.colours.every((c) => has(top, c));
    case 'stock': return product.stock !== undefined && (product.stock === 0 ? /sold out|售罄/i.test(top) : numberIn(top, product.stock));
    case 'description': return !!f.contains && has(top, f.contains);
  }
}
