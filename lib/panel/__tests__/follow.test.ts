import { describe, expect, it } from 'vitest';
import { atBottom, follow, FOLLOWING, isFollowing, unseenCount } from '../follow';

const seqs = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_v, i) => ({ seq: from + i }));

describe('feed auto-scroll', () => {
  it('follows until the pointer is over the feed, and counts what arrives meanwhile', () => {
    let s = follow(FOLLOWING, { type: 'hover', on: true, lastSeq: 10 });
    expect(isFollowing(s)).toBe(false);
    expect(unseenCount(seqs(0, 14), s)).toBe(4);
    s = follow(s, { type: 'hover', on: false, lastSeq: 14 });
    expect(isFollowing(s)).toBe(true);
    expect(unseenCount(seqs(0, 14), s)).toBe(0);
  });

  it('scrolling up pauses even after the pointer leaves; back at the bottom it follows again', () => {
    let s = follow(FOLLOWING, { type: 'hover', on: true, lastSeq: 5 });
    s = follow(s, { type: 'scrolled', atBottom: false, lastSeq: 8 });
    s = follow(s, { type: 'hover', on: false, lastSeq: 9 });
    expect(isFollowing(s)).toBe(false);
    // Paused since the first pause, not the later events.
    expect(unseenCount(seqs(0, 9), s)).toBe(4);
    s = follow(s, { type: 'scrolled', atBottom: true, lastSeq: 9 });
    expect(s).toEqual(FOLLOWING);
  });

  it('"N new" jumps back and follows, even with the pointer still over the feed', () => {
    let s = follow(FOLLOWING, { type: 'hover', on: true, lastSeq: 1 });
    s = follow(s, { type: 'scrolled', atBottom: false, lastSeq: 1 });
    expect(follow(s, { type: 'jump' })).toEqual(FOLLOWING);
  });

  it('counts only the rows shown (a filter hides some) that came after the pause', () => {
    const s = follow(FOLLOWING, { type: 'hover', on: true, lastSeq: 10 });
    expect(unseenCount([{ seq: 3 }, { seq: 11 }, { seq: 15 }], s)).toBe(2);
  });

  it('at the bottom within a small slack', () => {
    expect(atBottom({ scrollTop: 480, scrollHeight: 1000, clientHeight: 500 })).toBe(true);
    expect(atBottom({ scrollTop: 400, scrollHeight: 1000, clientHeight: 500 })).toBe(false);
  });
});
