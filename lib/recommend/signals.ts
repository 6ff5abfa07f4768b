/**
 * Turns log events into recommender signals: which product a comment is about (the same rule-based
 * resolver the suggestions use — `findProductMention`, deictic lines → the pitched product), what it
 * asks (the models' intent when the event carries labels), purchases, pitch marks, and who is here.
 */
import type { Product } from '../catalog/types';
import type { LogEvent } from '../events/event-log';
import type { Intent } from '../ml/labels';
import { findProductMention } from '../ml/product-mention';
import type { Signal } from './types';

const QUESTIONS: ReadonlySet<Intent> = new Set<Intent>(['ask_price', 'ask_spec', 'ask_stock', 'ask_shipping', 'other_question']);

export function viewerOf(e: LogEvent): string | null {
  const a = e.author;
  if (!a || a.role === 'owner' || a.role === 'moderator') return null;
  return a.id ?? (a.name || null);
}

/** A product ref or title ("#3", "Classic Hoodie") → sku. */
export function skuOfRef(ref: { ref: string; title?: string }, catalog: readonly Product[]): string | null {
  return findProductMention(ref.ref, catalog)?.sku ?? (ref.title ? (catalog.find((p) => p.title === ref.title)?.sku ?? findProductMention(ref.title, catalog)?.sku ?? null) : null);
}

/** Signals of one event, given the product being pitched at that moment. */
export function signalsOf(e: LogEvent, catalog: readonly Product[], pitching: string | null): Signal[] {
  const viewer = viewerOf(e);
  if (e.pitch !== undefined) return [{ ts: e.ts, kind: 'pitch', sku: e.pitch.sku, viewer: null }];
  if (e.kind === 'product' && e.product) {
    const sku = skuOfRef(e.product, catalog);
    return sku ? [{ ts: e.ts, kind: 'pitch', sku, viewer: null }] : [];
  }
  if (!viewer) return [];
  const seen: Signal = { ts: e.ts, kind: 'seen', sku: null, viewer };
  if (e.kind === 'purchase' && e.product) {
    const sku = skuOfRef(e.product, catalog);
    return sku ? [seen, { ts: e.ts, kind: 'purchase', sku, viewer }] : [seen];
  }
  if (e.kind !== 'comment' || !e.text) return [seen];
  const intent = e.labels?.intent;
  if (intent === 'spam') return [seen];
  const m = findProductMention(e.text, catalog, pitching);
  if (!m) return [seen];
  const kind = intent === 'purchase' ? 'intent' : intent && QUESTIONS.has(intent) ? 'question' : 'mention';
  return [seen, { ts: e.ts, kind, sku: m.sku, viewer, ...(intent ? { intent } : {}) }];
}
