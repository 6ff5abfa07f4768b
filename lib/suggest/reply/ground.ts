/**
 * What a reply may say: the catalog and FAQ facts that answer a question's slots, or the honest
 * statement that they are missing. Language-free plans; phrases-en/zh turn them into sentences.
 * Nothing here writes a value that is not copied from a catalog field or an FAQ answer.
 */
import type { FaqEntry, Product } from '../../catalog/types';
import { normalizeText } from '../../ml/features/text-normalize';
import { POLICY_ATTRIBUTES, type Attribute } from '../slots/attributes';
import type { QuestionSlots } from '../slots/extract';
import { colourKey, sizeKey } from '../slots/values';
import { relevantSentences } from './description';
import type { Fact } from './types';

export type Plan =
  | { kind: 'price'; price: number; currency?: string }
  | { kind: 'variants'; field: 'sizes' | 'colours'; list: string[]; asked: string | null; has: boolean | null }
  | { kind: 'stock'; stock: number }
  | { kind: 'faq'; entry: FaqEntry }
  | { kind: 'quote'; sentences: string[] }
  | { kind: 'missing'; topic: Attribute }
  | { kind: 'which' }
  /** The question names a listing number or product the catalog does not have ("#7"). */
  | { kind: 'unknown'; ref: string };

export interface Grounding {
  product: Product | null;
  /** Main answer first; later plans add context (e.g. the size list after missing fit advice). */
  plans: Plan[];
  facts: Fact[];
  soldOut: boolean;
}

const PRODUCT_FREE: ReadonlySet<Attribute> = new Set([...POLICY_ATTRIBUTES, 'other', 'discount', 'restock']);


function askedVariant(value: string | null, list: readonly string[], field: 'sizes' | 'colours'): { asked: string | null; has: boolean | null } {
  const want = field === 'colours' ? value?.startsWith('c:') && value.slice(2) : value?.startsWith('s:') && value.slice(2);
  if (!want) return { asked: null, has: null };
  const hit = list.find((v) => (field === 'colours' ? (colourKey(v) ?? normalizeText(v)) : (sizeKey(v) ?? normalizeText(v))) === want);
  return { asked: hit ?? displayValue(want, field), has: hit !== undefined };
}

/** A canonical key back to a readable word (only ever quoted as "not in the catalog"). */
function displayValue(key: string, field: 'sizes' | 'colours'): string {
  return field === 'sizes' ? key.toUpperCase() : key;
}

export interface GroundInput {
  /** The question as asked (description sentences are matched against its words). */
  text: string;
  slots: QuestionSlots;
  /** The product being pitched: an 'other' question with no product may still be about it. */
  pitchedSku?: string | null;
  catalog: readonly Product[];
  /** The FAQ entry that answers the question, when one was found (see faq-pick.ts). */
  faq: FaqEntry | null;
}

export function ground({ text, slots, catalog, faq, pitchedSku }: GroundInput): Grounding {
  const attr = slots.attribute;
  const sku = slots.sku ?? (attr === 'other' ? (pitchedSku ?? null) : null);
  const p = sku ? (catalog.find((x) => x.sku === sku) ?? null) : null;
  const facts: Fact[] = [];
  const plans: Plan[] = [];
  const soldOut = p?.stock === 0;
  const out = (): Grounding => {
    if (soldOut && p && !plans.some((x) => x.kind === 'stock')) {
      plans.push({ kind: 'stock', stock: 0 });
      facts.push({ source: 'catalog', sku: p.sku, field: 'stock', value: 0 });
    }
    return { product: p, plans, facts, soldOut };
  };
  if (faq) {
    plans.push({ kind: 'faq', entry: faq });
    facts.push({ source: 'faq', id: faq.id, ...(faq.product ? { sku: faq.product } : {}), value: faq.answers[0] ?? '' });
    return out();
  }
  const cat = (field: string, value: string | number): void => { facts.push({ source: 'catalog', sku: p?.sku, field, value }); };
  const quote = (): boolean => {
    const sentences = p ? relevantSentences(p.description, text, attr, [p.title, ...p.aliases]) : [];
    if (!sentences.length) return false;
    plans.push({ kind: 'quote', sentences });
    cat('description', sentences.join(' '));
    return true;
  };
  // An 'other' question is answered only by the FAQ or a description sentence sharing its words;
  // otherwise there is nothing grounded to say: no draft at all.
  if (attr === 'other') {
    quote();
    return plans.length ? out() : { product: p, plans, facts, soldOut: false };
  }
  if (!p && slots.sku && !slots.sku.startsWith('@')) {
    plans.push({ kind: 'unknown', ref: slots.sku });
    return out();
  }
  if (!p) {
    if (PRODUCT_FREE.has(attr)) plans.push({ kind: 'missing', topic: attr });
    else plans.push({ kind: 'which' });
    return out();
  }
  const variants = (field: 'sizes' | 'colours'): boolean => {
    const list = p[field];
    if (!list.length) return false;
    plans.push({ kind: 'variants', field, list, ...askedVariant(slots.value, list, field) });
    cat(field, list.join('|'));
    return true;
  };
  switch (attr) {
    case 'price':
      if (p.price !== undefined) {
        plans.push({ kind: 'price', price: p.price, currency: p.currency });
        cat('price', p.price);
        if (p.currency) cat('currency', p.currency);
      } else plans.push({ kind: 'missing', topic: 'price' });
      break;
    case 'size':
    case 'colour':
      if (!variants(attr === 'size' ? 'sizes' : 'colours')) plans.push({ kind: 'missing', topic: attr });
      break;
    case 'stock':
      if (slots.value?.startsWith('c:')) variants('colours');
      if (slots.value?.startsWith('s:')) variants('sizes');
      if (p.stock !== undefined) {
        plans.unshift({ kind: 'stock', stock: p.stock });
        cat('stock', p.stock);
      } else plans.unshift({ kind: 'missing', topic: 'stock' });
      break;
    case 'restock':
      if (p.stock !== undefined && p.stock > 0) {
        plans.push({ kind: 'stock', stock: p.stock });
        cat('stock', p.stock);
      } else plans.push({ kind: 'missing', topic: 'restock' });
      break;
    default:
      if (!quote()) {
        plans.push({ kind: 'missing', topic: attr });
        if (attr === 'fit') variants('sizes');
      }
  }
  return out();
}
