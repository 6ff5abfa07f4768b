import { describe, expect, it } from 'vitest';
import { isLiveEvent, liveEventProblem, partitionEvents } from '../guards';
import type { LiveEvent } from '../live-event';

const comment: LiveEvent = {
  platform: 'youtube',
  streamKey: 'youtube:abc',
  kind: 'comment',
  id: 'm1',
  ts: 1700000000000,
  author: { name: 'Ann', role: 'viewer', badges: ['Member (2 months)'] },
  text: 'how much is #3?',
};

describe('live event guards', () => {
  it('accepts a well-formed comment and a viewers reading', () => {
    expect(isLiveEvent(comment)).toBe(true);
    expect(isLiveEvent({ ...comment, kind: 'viewers', id: 'v1', viewers: 1200, author: undefined, text: undefined })).toBe(true);
  });

  it.each([
    [{ ...comment, platform: 'myspace' }, 'unknown platform "myspace"'],
    [{ ...comment, kind: 'shout' }, 'unknown kind "shout"'],
    [{ ...comment, id: '' }, 'missing id'],
    [{ ...comment, ts: Number.NaN }, 'ts is not a finite number'],
    [{ ...comment, author: { name: 'x', role: 'king' } }, 'malformed author'],
    [{ ...comment, amount: Number.POSITIVE_INFINITY }, 'amount/count/viewers must be finite numbers'],
    [{ ...comment, kind: 'viewers' }, 'viewers event without a viewer count'],
    [{ ...comment, kind: 'deletion' }, 'deletion without targetId'],
    [{ ...comment, text: 42 }, 'text/currency/gift must be strings'],
    ['hello', 'not an object'],
  ])('rejects %# with a clear reason', (value, reason) => {
    expect(liveEventProblem(value)).toBe(reason);
  });

  it('partitions a batch so one bad row does not sink the rest', () => {
    const out = partitionEvents([comment, { nope: 1 }, { ...comment, id: 'm2' }]);
    expect(out.valid.map((e) => e.id)).toEqual(['m1', 'm2']);
    expect(out.rejected).toEqual([{ index: 1, reason: 'not an event: no platform (an event needs platform, kind, streamKey, id, ts)' }]);
  });
});
