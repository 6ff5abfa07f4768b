import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { anchoredCopies, matchCopies } from '../rerender';

const old = (prints: string[], seqs?: number[]) => prints.map((print, i) => ({ print, seq: seqs?.[i] ?? i, item: `${print}#${i}` }));

describe('anchoredCopies', () => {
  it('the new list starts with copies of the last rows; what follows is news, repeats included', () => {
    expect(anchoredCopies(['A', 'B', '扣1', '扣1'], ['Z', 'A', 'B', '扣1'])).toEqual([1, 2, 3]);
    // The last two rows copied, then the viewer who said 扣1 three rows back says it again.
    expect(anchoredCopies(['X', 'Y', '扣1'], ['扣1', 'X', 'Y'])).toEqual([1, 2]);
  });

  it('a row that matches only an older row is news: copies always end on the last row', () => {
    expect(anchoredCopies(['扣1'], ['扣1', 'X', 'Y'])).toEqual([]);
    expect(anchoredCopies(['Q'], ['A', 'B'])).toEqual([]);
  });

  it('a row dropped from the middle of the copied run (a deleted message) does not break it', () => {
    expect(anchoredCopies(['A', 'C', 'D', 'new'], ['A', 'B', 'C', 'D'])).toEqual([0, 2, 3]);
  });

  it('property: copies are never taken for news; news that the old list never said is never taken for a copy', () => {
    const word = fc.constantFrom('扣1', '+1', 'hi', 'price?', 'A', 'B');
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 30 }), fc.nat(), fc.array(fc.constantFrom('new1', 'new2'), { maxLength: 5 }), (o, kk, news) => {
        const k = kk % (o.length + 1);
        const fresh = [...o.slice(o.length - k), ...news];
        expect(anchoredCopies(fresh, o)).toHaveLength(k);
      }),
    );
  });

  it('property: with repeated words, at least the copies are matched and at most one row more per repeat', () => {
    const word = fc.constantFrom('扣1', '+1', 'hi');
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 30 }), fc.nat(), fc.array(word, { maxLength: 5 }), (o, kk, news) => {
        const k = kk % (o.length + 1);
        const at = anchoredCopies([...o.slice(o.length - k), ...news], o);
        expect(at.length).toBeGreaterThanOrEqual(k);
        // Matched indices are strictly increasing and end on the last old row.
        at.forEach((j, i) => i && expect(j).toBeGreaterThan(at[i - 1]!));
        if (at.length) expect(at.at(-1)).toBe(o.length - 1);
      }),
    );
  });
});

describe('matchCopies', () => {
  it('each new region is matched against the old region that explains most of it, once', () => {
    const list = old(['a', 'b', 'c']);
    const ticker = old(['joined'], [9]);
    const out = matchCopies([['b', 'c', 'd'], ['joined']], [list, ticker]);
    expect(out).toEqual([['b#1', 'c#2', undefined], ['joined#0']]);
  });

  it('a recycled list rebuilt in send order is matched by send order', () => {
    // Page order of the old slots is not send order: slot 0 was recycled for the newest message.
    const slots = old(['newest', 'm2', 'm3'], [10, 2, 3]);
    expect(matchCopies([['m2', 'm3', 'newest']], [slots])).toEqual([['m2#1', 'm3#2', 'newest#0']]);
  });
});
