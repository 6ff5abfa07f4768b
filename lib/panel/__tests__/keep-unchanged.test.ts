import { describe, expect, it } from 'vitest';
import { keepUnchanged } from '../keep-unchanged';

const key = (x: { id: string }) => x.id;

describe('keepUnchanged', () => {
  it('keeps the earlier object of a record that did not change, and takes changed and new ones', () => {
    const prev = [{ id: 'a', n: 1 }, { id: 'b', n: 2 }];
    const next = [{ id: 'b', n: 3 }, { id: 'a', n: 1 }, { id: 'c', n: 0 }];
    const out = keepUnchanged(prev, next, key);
    expect(out).toEqual(next);
    expect(out[1]).toBe(prev[0]);
    expect(out[0]).toBe(next[0]);
    expect(out[2]).toBe(next[2]);
  });
  it('returns the new list as it is with nothing read before', () => {
    const next = [{ id: 'a' }];
    expect(keepUnchanged(undefined, next, key)).toBe(next);
  });
});
