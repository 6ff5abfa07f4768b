import { describe, expect, it } from 'vitest';
import { streamSignals } from '../recommender';
import { CATALOG, comment, pitch, purchase } from './fixtures';

describe('signals from log events', () => {
  it('resolves numbers, names and deictic lines (to the pitched product) and keeps the intent', () => {
    const s = streamSignals([
      pitch(0, 'HOOD'),
      comment(1, 'a', 'how much is this one?', 'ask_price'),
      comment(2, 'b', '5号链接', 'purchase'),
      comment(3, 'c', 'love the scarf'),
      comment(4, 'd', 'buy followers cheap', 'spam'),
      purchase(5, 'e', '#4'),
      { ...comment(6, 'host', 'link 2 is up'), author: { name: 'host', role: 'owner' } },
    ], CATALOG).filter((x) => x.kind !== 'seen');
    expect(s.map((x) => [x.kind, x.sku, x.viewer])).toEqual([
      ['pitch', 'HOOD', null],
      ['question', 'HOOD', 'a'],
      ['intent', 'BEANIE', 'b'],
      ['mention', 'SCARF', 'c'],
      ['purchase', 'CAP', 'e'],
    ]);
  });
});
