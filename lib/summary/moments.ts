/**
 * Key moments (formats.md `moments`), by a rolling z-score over per-minute series:
 *
 * - viewer_peak — the first reading at the stream's peak, when the peak is not the first reading.
 * - viewer_spike / viewer_drop — the viewer level at each minute's end (the last reading so far) is
 *   differenced minute to minute; a minute is flagged when its change Δ is at least
 *   `VIEWER_MIN_CHANGE` of the level before it (and ≥ `VIEWER_MIN_ABS` viewers) and lies
 *   `Z` standard deviations from the mean of the previous `WINDOW` changes (the deviation floored at
 *   `VIEWER_SD_FLOOR` of the level, so a flat curve does not make every wobble a moment). Runs of
 *   flagged minutes in one direction are one moment, at the run's largest change; its ts is the last
 *   reading in that minute, its value the change Δ.
 * - mood_swing — mood = (positive − negative) / labelled comments per minute, for minutes with at
 *   least `MOOD_MIN_LABELLED` labelled comments; a minute is flagged when its mood differs from the
 *   mean of the previous (up to `WINDOW`, at least 2) such minutes by ≥ `MOOD_MIN_SWING` and by ≥ `Z`
 *   of their deviation (floored at `MOOD_SD_FLOOR`). Runs merge the same way; ts = the minute's
 *   start, value = the difference.
 *
 * Every moment is attributed to the product being pitched at its ts.
 */
import { moodOf } from './counts';
import type { MinuteBucket, Moment } from './types';
import type { Reading } from './viewers';

export const MOMENT_RULE = {
  WINDOW: 10,
  Z: 3,
  VIEWER_MIN_CHANGE: 0.1,
  VIEWER_MIN_ABS: 5,
  VIEWER_SD_FLOOR: 0.02,
  MOOD_MIN_LABELLED: 5,
  MOOD_MIN_SWING: 0.4,
  MOOD_SD_FLOOR: 0.1,
} as const;

const R = MOMENT_RULE;

interface Flag {
  minute: number;
  ts: number;
  value: number;
}

function meanSd(xs: readonly number[]): { mean: number; sd: number } {
  if (!xs.length) return { mean: 0, sd: 0 };
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  const v = xs.reduce((a, b) => a + (b - mean) ** 2, 0) / xs.length;
  return { mean, sd: Math.sqrt(v) };
}

/** Consecutive flagged minutes with the same sign → one moment at the largest |value|. */
function runs(flags: readonly Flag[]): Flag[] {
  const out: Flag[] = [];
  let prev: Flag | null = null;
  for (const f of flags) {
    const last = out[out.length - 1];
    if (prev && last && f.minute === prev.minute + 1 && Math.sign(f.value) === Math.sign(prev.value)) {
      if (Math.abs(f.value) > Math.abs(last.value)) out[out.length - 1] = f;
    } else out.push(f);
    prev = f;
  }
  return out;
}

export function viewerMoments(readings: readonly Reading[], lastTs: number | null): Omit<Moment, 'pitching'>[] {
  if (readings.length < 2) return [];
  const out: Omit<Moment, 'pitching'>[] = [];
  let peak = readings[0]!;
  for (const r of readings) if (r.viewers > peak.viewers) peak = r;
  if (peak !== readings[0]) out.push({ ts: peak.ts, kind: 'viewer_peak', value: peak.viewers });

  // Level at each minute's end, and the last reading inside each minute.
  const m0 = Math.floor(readings[0]!.ts / 60_000);
  const m1 = Math.floor(Math.max(lastTs ?? 0, readings[readings.length - 1]!.ts) / 60_000);
  const flags: Flag[] = [];
  const deltas: number[] = [];
  let i = 0;
  let level = readings[0]!.viewers;
  for (let m = m0; m <= m1; m++) {
    const before = level;
    let lastIn: Reading | null = null;
    while (i < readings.length && Math.floor(readings[i]!.ts / 60_000) <= m) lastIn = readings[i++]!;
    if (lastIn) level = lastIn.viewers;
    if (m === m0) continue;
    const d = level - before;
    const { mean, sd } = meanSd(deltas.slice(-R.WINDOW));
    const sdEff = Math.max(sd, R.VIEWER_SD_FLOOR * before, 1);
    if (lastIn && Math.abs(d) >= Math.max(R.VIEWER_MIN_ABS, R.VIEWER_MIN_CHANGE * before) && Math.abs(d - mean) / sdEff >= R.Z) flags.push({ minute: m, ts: lastIn.ts, value: d });
    deltas.push(d);
  }
  for (const f of runs(flags)) out.push({ ts: f.ts, kind: f.value > 0 ? 'viewer_spike' : 'viewer_drop', value: f.value });
  return out;
}

export function moodMoments(buckets: readonly MinuteBucket[]): Omit<Moment, 'pitching'>[] {
  const flags: Flag[] = [];
  const moods: number[] = [];
  for (const b of buckets) {
    if (b.labelled < R.MOOD_MIN_LABELLED) continue;
    const mood = moodOf(b) as number;
    const prev = moods.slice(-R.WINDOW);
    if (prev.length >= 2) {
      const { mean, sd } = meanSd(prev);
      const swing = mood - mean;
      if (Math.abs(swing) >= R.MOOD_MIN_SWING && Math.abs(swing) / Math.max(sd, R.MOOD_SD_FLOOR) >= R.Z) flags.push({ minute: b.minute, ts: b.minute * 60_000, value: swing });
    }
    moods.push(mood);
  }
  return runs(flags).map((f) => ({ ts: f.ts, kind: 'mood_swing' as const, value: f.value }));
}
