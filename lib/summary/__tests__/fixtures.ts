import type { Product } from '../../catalog/types';
import type { LogEvent } from '../../events/event-log';
import type { CommentLabels, Intent, Sentiment } from '../../ml/labels';

/** Minute-aligned start, so minute buckets are easy to reason about in the tests. */
export const T0 = Date.UTC(2026, 0, 5, 20, 0, 0);
export const s = (sec: number) => T0 + sec * 1000;

export const CATALOG: Product[] = [
  { sku: 'HOOD', number: '1', title: 'Cloud Hoodie', aliases: ['hoodie'], sizes: [], colours: [], tags: [] },
  { sku: 'MUG', number: '2', title: 'Glaze Mug', aliases: [], sizes: [], colours: [], tags: [] },
];

export const lab = (sentiment: Sentiment, intent: Intent): CommentLabels => ({ lang: 'en', sentiment, sentimentScore: 0.9, intent, intentScore: 0.9 });

const base = { platform: 'tiktok' as const, streamKey: 'tiktok:glow' };
const who = (name: string, role: 'viewer' | 'owner' | 'moderator' | 'member' = 'viewer') => ({ name, role });

export const viewers = (id: string, sec: number, n: number): LogEvent => ({ ...base, kind: 'viewers', id, ts: s(sec), viewers: n });
export const comment = (id: string, sec: number, name: string, text: string, labels?: CommentLabels, extra: Partial<LogEvent> = {}): LogEvent => ({
  ...base, kind: 'comment', id, ts: s(sec), author: who(name), text, ...(labels ? { labels } : {}), ...extra,
});
export const ev = (kind: LogEvent['kind'], id: string, sec: number, name?: string, extra: Partial<LogEvent> = {}): LogEvent => ({
  ...base, kind, id, ts: s(sec), ...(name ? { author: who(name) } : {}), ...extra,
});

/**
 * The hand-made stream of the metric tests: three minutes, three readings, a gift streak re-sent,
 * a deleted spam comment, a pitch from a product event, a purchase, two questions.
 */
export const HAND_LOG: LogEvent[] = [
  viewers('v1', 0, 100),
  comment('c1', 10, 'amy', 'hi all', lab('positive', 'greeting')),
  comment('c2', 20, 'bob', 'how much is the hoodie?', lab('neutral', 'ask_price')),
  ev('gift', 'g1', 30, 'carl', { gift: 'Rose', count: 3 }),
  ev('gift', 'g1', 35, 'carl', { gift: 'Rose', count: 5 }),
  ev('like', 'l1', 40, 'dan', { count: 12 }),
  ev('join', 'j1', 45, 'eve'),
  ev('follow', 'f1', 50, 'eve'),
  viewers('v2', 60, 300),
  ev('product', 'p1', 60, undefined, { product: { ref: '#1', title: 'Cloud Hoodie' } }),
  { ...comment('c3', 70, 'amy', "I'll take the hoodie", lab('positive', 'purchase')), kind: 'superchat', amount: 5, currency: 'USD' },
  comment('c4', 80, 'fred', 'buy followers cheap', lab('negative', 'spam')),
  ev('deletion', 'd1', 90, undefined, { targetId: 'c4' }),
  ev('purchase', 'pu1', 100, 'gus'),
  viewers('v3', 120, 200),
  comment('c5', 150, 'bob', '#2 how much', lab('neutral', 'ask_price')),
  ev('like', 'l2', 180, 'amy', { count: 3 }),
];

/** The question grouping of HAND_LOG, written out by hand. */
export const HAND_QUESTIONS = {
  groups: [
    { id: 'c2', text: 'how much is the hoodie?', sku: 'HOOD', count: 1, askerCount: 1, firstTs: s(20), answered: false },
    { id: 'c5', text: '#2 how much', sku: 'MUG', count: 1, askerCount: 1, firstTs: s(150), answered: true },
  ],
  members: [
    { eventId: 'c2', groupId: 'c2', ts: s(20), author: 'bob' },
    { eventId: 'c5', groupId: 'c5', ts: s(150), author: 'bob' },
  ],
};
