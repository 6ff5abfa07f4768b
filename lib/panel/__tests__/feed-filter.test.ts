import { describe, expect, it } from 'vitest';
import type { StoredEvent } from '../../db/schema';
import type { CommentLabels, Intent, Sentiment } from '../../ml/labels';
import type { AuthorRole } from '../../events/live-event';
import { filterRows, isFiltering, NO_FILTER, passes, toggle } from '../feed-filter';

const ev = (id: string, role: AuthorRole, l?: [Intent, Sentiment], kind: StoredEvent['kind'] = 'comment'): StoredEvent => ({
  platform: 'tiktok', streamKey: 't:x', kind, id, ts: 0, streamId: 1, seq: 0, author: { name: id, role }, text: id,
  ...(l ? { labels: { lang: 'en', intent: l[0], sentiment: l[1], intentScore: 1, sentimentScore: 1 } as CommentLabels } : {}),
});

const rows = [
  ev('a', 'viewer', ['ask_price', 'neutral']),
  ev('b', 'moderator', ['chitchat', 'positive']),
  ev('c', 'viewer', ['complaint', 'negative']),
  ev('d', 'viewer'),
  ev('j', 'viewer', undefined, 'join'),
  ev('o', 'owner', ['praise', 'positive']),
];
const ids = (r: readonly StoredEvent[]) => r.map((x) => x.id);

describe('feed filters', () => {
  it('no filter shows everything (the same array)', () => {
    expect(isFiltering(NO_FILTER)).toBe(false);
    expect(filterRows(rows, NO_FILTER)).toBe(rows);
  });

  it('filters by intent, sentiment and role, each an allow-list, combined with AND', () => {
    expect(ids(filterRows(rows, { ...NO_FILTER, intents: ['ask_price', 'complaint'] }))).toEqual(['a', 'c']);
    expect(ids(filterRows(rows, { ...NO_FILTER, sentiments: ['positive'] }))).toEqual(['b', 'o']);
    expect(ids(filterRows(rows, { ...NO_FILTER, roles: ['owner', 'moderator'] }))).toEqual(['b', 'o']);
    expect(ids(filterRows(rows, { intents: [], sentiments: ['positive'], roles: ['owner'] }))).toEqual(['o']);
  });

  it('unlabelled rows and joins/likes leave a mood or intent view, not a role view', () => {
    expect(passes(rows[3]!, { ...NO_FILTER, sentiments: ['neutral'] })).toBe(false);
    expect(passes(rows[4]!, { ...NO_FILTER, intents: ['chitchat'] })).toBe(false);
    expect(ids(filterRows(rows, { ...NO_FILTER, roles: ['viewer'] }))).toEqual(['a', 'c', 'd', 'j']);
  });

  it('toggles a value in an allow-list', () => {
    expect(toggle(['a'], 'b')).toEqual(['a', 'b']);
    expect(toggle(['a', 'b'], 'a')).toEqual(['b']);
  });
});
