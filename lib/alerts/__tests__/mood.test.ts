import { describe, expect, it } from 'vitest';
import { moodAlert, moodOf, tallyMood, type MoodMinute } from '../mood';

/** Minutes with n labelled comments: neg/pos counts. */
const min = (minute: number, neg: number, neu: number, pos: number): MoodMinute => ({ minute, labelled: neg + neu + pos, sentiment: [neg, neu, pos] });

const calm = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_v, i) => min(from + i, 1, 5, 4));

describe('negative-mood swing rule', () => {
  it('tallies a stretch of minutes', () => {
    const t = tallyMood([min(1, 1, 2, 3), min(2, 2, 0, 0), min(5, 9, 9, 9)], 1, 2);
    expect(t).toEqual({ labelled: 8, negative: 3, positive: 3 });
    expect(moodOf(t)).toBe(0);
    expect(moodOf({ labelled: 0, negative: 0, positive: 0 })).toBeNull();
  });

  it('is quiet while the mood holds', () => {
    expect(moodAlert(calm(0, 10), 10)).toBeNull();
  });

  it('warns when the last two minutes turn negative against the five before', () => {
    const minutes = [...calm(0, 8), min(9, 5, 3, 1), min(10, 4, 2, 1)];
    const a = moodAlert(minutes, 10);
    expect(a).toMatchObject({ kind: 'mood_negative', severity: 'warn' });
    expect(a!.values.before).toBe(30);
    expect(a!.values.now).toBeLessThan(0);
    expect(a!.values.negative).toBe(56);
  });

  it('a fall from very positive to neutral is not a negative swing', () => {
    const happy = Array.from({ length: 9 }, (_v, i) => min(i, 0, 1, 9));
    expect(moodAlert([...happy, min(9, 1, 8, 1), min(10, 0, 9, 1)], 10)).toBeNull();
  });

  it('needs enough labelled comments on both sides', () => {
    expect(moodAlert([...calm(0, 8), min(9, 3, 0, 0), min(10, 2, 0, 0)], 10)).toBeNull();
    expect(moodAlert([min(7, 0, 1, 3), min(8, 0, 1, 3), min(9, 6, 2, 0), min(10, 6, 2, 0)], 10)).toBeNull();
  });

  it('clears once the swing minutes leave the recent stretch', () => {
    const minutes = [...calm(0, 8), min(9, 5, 3, 1), min(10, 4, 2, 1), ...calm(11, 12)];
    expect(moodAlert(minutes, 10)).not.toBeNull();
    expect(moodAlert(minutes, 12)).toBeNull();
  });
});
