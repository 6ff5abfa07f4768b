import { describe, expect, it } from 'vitest';
import { moodWord, STRIP, stripData, type StripMinute } from '../strip-data';

const MIN = 60_000;
const m = (minute: number, comments: number, [neg, neu, pos]: [number, number, number]): StripMinute => ({ minute, comments, labelled: neg + neu + pos, sentiment: [neg, neu, pos] });

describe('strip figures', () => {
  const start = 100 * MIN;
  it('mood over the last five minutes, comments per minute, viewer sparkline', () => {
    const minutes = [m(100, 999, [9, 0, 0]), m(104, 30, [2, 10, 8]), m(105, 60, [3, 20, 7]), m(109, 40, [0, 5, 5])];
    const now = 109.5 * MIN;
    const readings = [{ ts: 98 * MIN, viewers: 1 }, { ts: 101 * MIN, viewers: 200 }, { ts: 109 * MIN, viewers: 260 }];
    const d = stripData(minutes, readings, now, start);
    // Minutes 105…109: 60 + 40 comments over 4.5 minutes.
    expect(d.commentsPerMin).toBeCloseTo(22.2, 1);
    expect(d.mood.labelled).toBe(40);
    expect(d.mood.value).toBeCloseTo((12 - 3) / 40);
    expect(d.mood.negative).toBeCloseTo(3 / 40);
    // Ten minutes of rate bars, missing minutes as 0; readings of the last ten minutes.
    expect(d.rate.x).toHaveLength(STRIP.SPARK_MINUTES);
    expect(d.rate.y).toEqual([999, 0, 0, 0, 30, 60, 0, 0, 0, 40]);
    expect(d.viewers.y).toEqual([200, 260]);
    expect(d.viewers.current).toBe(260);
  });

  it('a stream’s first seconds: rate over at least half a minute, nothing labelled yet', () => {
    const d = stripData([m(100, 5, [0, 0, 0])], [], start + 10_000, start);
    expect(d.commentsPerMin).toBe(10);
    expect(d.mood.value).toBeNull();
    expect(d.viewers.current).toBeNull();
    expect(d.rate.x).toHaveLength(1);
  });

  it('names the mood', () => {
    expect(moodWord(null, 0)).toBeNull();
    expect(moodWord(-0.3, 0.4)).toBe('tense');
    expect(moodWord(0.1, 0.4)).toBe('tense');
    expect(moodWord(0.1, 0.25)).toBe('mixed');
    expect(moodWord(0.1, 0.05)).toBe('calm');
    expect(moodWord(0.5, 0.05)).toBe('upbeat');
  });
});
