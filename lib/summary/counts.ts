import type { EventKind } from '../events/live-event';
import { INTENTS, SENTIMENTS, type CommentLabels } from '../ml/labels';
import type { Counts } from './types';

/** The tally each event kind feeds (formats.md: comments are `comment` + `superchat`). */
export const COUNTED: Partial<Record<EventKind, keyof Omit<Counts, 'labelled' | 'sentiment' | 'intent'>>> = {
  comment: 'comments',
  superchat: 'comments',
  like: 'likes',
  gift: 'gifts',
  purchase: 'purchases',
  join: 'joins',
  follow: 'follows',
};

export const isCommentKind = (k: EventKind): boolean => k === 'comment' || k === 'superchat';

export const emptyCounts = (): Counts => ({
  comments: 0,
  likes: 0,
  gifts: 0,
  purchases: 0,
  joins: 0,
  follows: 0,
  labelled: 0,
  sentiment: SENTIMENTS.map(() => 0),
  intent: INTENTS.map(() => 0),
});

/** Adds (sign 1) or takes back (sign −1) one event's share of the tallies. */
export function tally(c: Counts, kind: EventKind, labels: CommentLabels | undefined, sign: 1 | -1): void {
  const k = COUNTED[kind];
  if (k) c[k] += sign;
  if (isCommentKind(kind) && labels) {
    c.labelled += sign;
    const s = SENTIMENTS.indexOf(labels.sentiment);
    const i = INTENTS.indexOf(labels.intent);
    if (s >= 0) c.sentiment[s]! += sign;
    if (i >= 0) c.intent[i]! += sign;
  }
}

export function addCounts(into: Counts, c: Counts): void {
  into.comments += c.comments;
  into.likes += c.likes;
  into.gifts += c.gifts;
  into.purchases += c.purchases;
  into.joins += c.joins;
  into.follows += c.follows;
  into.labelled += c.labelled;
  c.sentiment.forEach((v, i) => (into.sentiment[i] = (into.sentiment[i] ?? 0) + v));
  c.intent.forEach((v, i) => (into.intent[i] = (into.intent[i] ?? 0) + v));
}

/** Mood of a set of labelled comments: (positive − negative) / labelled, −1…1; null when none is labelled. */
export function moodOf(c: Pick<Counts, 'labelled' | 'sentiment'>): number | null {
  if (!c.labelled) return null;
  const pos = c.sentiment[SENTIMENTS.indexOf('positive')] ?? 0;
  const neg = c.sentiment[SENTIMENTS.indexOf('negative')] ?? 0;
  return (pos - neg) / c.labelled;
}

/** Fraction of labelled comments per class, every class a key; all zero when nothing is labelled. */
export function mixOf<K extends string>(classes: readonly K[], counts: readonly number[], labelled: number): Record<K, number> {
  const out = {} as Record<K, number>;
  classes.forEach((k, i) => (out[k] = labelled ? (counts[i] ?? 0) / labelled : 0));
  return out;
}
