/**
 * A negative-mood swing, live.
 *
 * Mood of a stretch = (positive − negative) / labelled comments, from the per-minute buckets the
 * summary keeps (lib/summary). Rule: the recent stretch is the current minute and the one before
 * (`RECENT_MINUTES`); the baseline is the `BASE_MINUTES` minutes before it. Alert when the recent
 * stretch has at least `MIN_RECENT` labelled comments and the baseline `MIN_BASE`, the mood fell by
 * at least `MIN_SWING`, and at least `MIN_NEG_SHARE` of the recent comments are negative (a fall
 * from very positive to neutral is not trouble). Clears once the recent stretch recovers.
 */
import type { Alert } from './types';

export const MOOD_RULE = {
  RECENT_MINUTES: 2,
  BASE_MINUTES: 5,
  MIN_RECENT: 8,
  MIN_BASE: 15,
  MIN_SWING: 0.3,
  MIN_NEG_SHARE: 0.25,
} as const;

/** A minute's labelled comments per sentiment (SENTIMENTS order: negative, neutral, positive). */
export interface MoodMinute {
  minute: number;
  labelled: number;
  sentiment: readonly number[];
}

export interface MoodTally {
  labelled: number;
  negative: number;
  positive: number;
}

export function tallyMood(minutes: readonly MoodMinute[], from: number, to: number): MoodTally {
  const t: MoodTally = { labelled: 0, negative: 0, positive: 0 };
  for (const m of minutes) {
    if (m.minute < from || m.minute > to) continue;
    t.labelled += m.labelled;
    t.negative += m.sentiment[0] ?? 0;
    t.positive += m.sentiment[2] ?? 0;
  }
  return t;
}

/** −1…1, null without labelled comments. */
export const moodOf = (t: MoodTally): number | null => (t.labelled ? (t.positive - t.negative) / t.labelled : null);

/** `nowMinute` = floor(now / 60 000). */
export function moodAlert(minutes: readonly MoodMinute[], nowMinute: number, rule = MOOD_RULE): Alert | null {
  const recentFrom = nowMinute - rule.RECENT_MINUTES + 1;
  const recent = tallyMood(minutes, recentFrom, nowMinute);
  const base = tallyMood(minutes, recentFrom - rule.BASE_MINUTES, recentFrom - 1);
  if (recent.labelled < rule.MIN_RECENT || base.labelled < rule.MIN_BASE) return null;
  const now = moodOf(recent)!;
  const before = moodOf(base)!;
  const negShare = recent.negative / recent.labelled;
  if (before - now < rule.MIN_SWING || negShare < rule.MIN_NEG_SHARE) return null;
  const pct = (x: number) => Math.round(x * 100);
  return { kind: 'mood_negative', severity: 'warn', values: { before: pct(before), now: pct(now), negative: pct(negShare) } };
}
