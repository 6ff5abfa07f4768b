/**
 * The feed's filters: by intent, sentiment and author role (each an allow-list; empty = all).
 * Rows the models have not labelled yet pass an intent/sentiment filter only when that filter is
 * off — a filtered view shows what is known, and unlabelled rows join it once labelled.
 */
import type { AuthorRole, EventKind } from '../events/live-event';
import type { Intent, Sentiment } from '../ml/labels';
import type { StoredEvent } from '../db/schema';

export interface FeedFilter {
  intents: readonly Intent[];
  sentiments: readonly Sentiment[];
  roles: readonly AuthorRole[];
}

export const NO_FILTER: FeedFilter = { intents: [], sentiments: [], roles: [] };

/** Kinds the intent/sentiment filters apply to (the ones the models label). */
const TEXT_KINDS = new Set<EventKind>(['comment', 'superchat', 'membership']);

export const isFiltering = (f: FeedFilter): boolean => f.intents.length + f.sentiments.length + f.roles.length > 0;

export function passes(e: StoredEvent, f: FeedFilter): boolean {
  if (f.roles.length && !f.roles.includes(e.author?.role ?? 'viewer')) return false;
  if (!f.intents.length && !f.sentiments.length) return true;
  // Joins, likes, gifts… have no intent or mood: a mood/intent filter is about what people say.
  if (!TEXT_KINDS.has(e.kind) || !e.labels) return false;
  if (f.intents.length && !f.intents.includes(e.labels.intent)) return false;
  if (f.sentiments.length && !f.sentiments.includes(e.labels.sentiment)) return false;
  return true;
}

export const filterRows = (rows: readonly StoredEvent[], f: FeedFilter): readonly StoredEvent[] => (isFiltering(f) ? rows.filter((r) => passes(r, f)) : rows);

/** Adds or removes one value of an allow-list. */
export function toggle<T>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}
