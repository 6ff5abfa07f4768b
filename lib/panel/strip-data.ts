/**
 * The mood and audience strip's figures, from the summary's per-minute buckets (lib/summary keeps
 * them in the worker) and the viewer readings. Pure; the reads are in use-strip.ts.
 *
 * - Mood gauge: (positive − negative) / labelled comments over the last `MOOD_MINUTES` minutes
 *   (current minute included), with the positive and negative shares.
 * - Comments per minute: comments in the buckets of the last `RATE_MINUTES` minutes divided by the
 *   time they cover (from the window's start, or the stream's, to now; at least half a minute so a
 *   stream's first seconds do not read as a flood).
 * - Viewers: readings of the last `SPARK_MINUTES` minutes as a stepped line, with the latest level.
 */
import { moodOf, tallyMood, type MoodMinute } from '../alerts/mood';

export const STRIP = { MOOD_MINUTES: 5, RATE_MINUTES: 5, SPARK_MINUTES: 10 } as const;

export interface StripMinute extends MoodMinute {
  comments: number;
}

export interface StripData {
  mood: { value: number | null; positive: number; negative: number; labelled: number };
  commentsPerMin: number | null;
  /** Comments per minute, one per minute of the sparkline window (x = minute start, seconds). */
  rate: { x: number[]; y: number[] };
  viewers: { x: number[]; y: number[]; current: number | null };
}

const MIN = 60_000;

export function stripData(minutes: readonly StripMinute[], readings: readonly { ts: number; viewers: number }[], now: number, startedAt: number): StripData {
  const nowMinute = Math.floor(now / MIN);
  const t = tallyMood(minutes, nowMinute - STRIP.MOOD_MINUTES + 1, nowMinute);
  const rateFrom = nowMinute - STRIP.RATE_MINUTES + 1;
  const inRate = minutes.filter((m) => m.minute >= rateFrom && m.minute <= nowMinute);
  const span = Math.max(0.5, (now - Math.max(rateFrom * MIN, startedAt)) / MIN);
  const sparkFrom = nowMinute - STRIP.SPARK_MINUTES + 1;
  const perMinute = new Map(minutes.map((m) => [m.minute, m.comments]));
  const rateX: number[] = [];
  const rateY: number[] = [];
  for (let m = Math.max(sparkFrom, Math.floor(startedAt / MIN)); m <= nowMinute; m++) {
    rateX.push((m * MIN) / 1000);
    rateY.push(perMinute.get(m) ?? 0);
  }
  const recent = readings.filter((r) => r.ts >= now - STRIP.SPARK_MINUTES * MIN && r.ts <= now).sort((a, b) => a.ts - b.ts);
  const latest = [...readings].filter((r) => r.ts <= now).sort((a, b) => a.ts - b.ts).at(-1);
  return {
    mood: {
      value: moodOf(t),
      positive: t.labelled ? t.positive / t.labelled : 0,
      negative: t.labelled ? t.negative / t.labelled : 0,
      labelled: t.labelled,
    },
    commentsPerMin: inRate.length || now - startedAt >= MIN ? Math.round((inRate.reduce((a, m) => a + m.comments, 0) / span) * 10) / 10 : null,
    rate: { x: rateX, y: rateY },
    viewers: { x: recent.map((r) => r.ts / 1000), y: recent.map((r) => r.viewers), current: latest?.viewers ?? null },
  };
}

/** A word for the gauge: tense, mixed or upbeat (thresholds on the −1…1 mood). */
export type MoodWord = 'tense' | 'mixed' | 'calm' | 'upbeat';
export function moodWord(mood: number | null, negativeShare: number): MoodWord | null {
  if (mood === null) return null;
  if (mood <= -0.2 || negativeShare >= 0.35) return 'tense';
  if (mood >= 0.3) return 'upbeat';
  if (negativeShare >= 0.2) return 'mixed';
  return 'calm';
}
