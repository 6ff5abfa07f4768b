/**
 * Sudden viewer drop or spike, live (the report's minute-by-minute z-score moments need minutes of
 * history; the host needs to know within a minute).
 *
 * Rule: the current level is the latest reading. The baseline is the median of the readings taken
 * `BASE_FROM_MS`…`BASE_TO_MS` before it (the level a minute or two ago; the median ignores a single
 * odd reading), or, when none was taken then, the last reading before that stretch ended. A drop is
 * a fall of at least `DROP_REL` of the baseline and at least `MIN_ABS` viewers; a spike a rise of at
 * least `SPIKE_REL` and `MIN_ABS`. No alert when the latest reading is older than `STALE_MS` (the
 * capture alerts cover a page that stopped reading). The alert clears itself once the baseline
 * window has moved past the change.
 */
import type { Alert } from './types';

export const VIEWER_RULE = {
  BASE_FROM_MS: 180_000,
  BASE_TO_MS: 60_000,
  DROP_REL: 0.2,
  SPIKE_REL: 0.3,
  MIN_ABS: 10,
  STALE_MS: 120_000,
} as const;

export interface Reading {
  ts: number;
  viewers: number;
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** The baseline level for a reading at `ts`, or null without readings old enough. */
export function viewerBaseline(readings: readonly Reading[], ts: number, rule = VIEWER_RULE): number | null {
  const from = ts - rule.BASE_FROM_MS;
  const to = ts - rule.BASE_TO_MS;
  const inWindow = readings.filter((r) => r.ts >= from && r.ts <= to).map((r) => r.viewers);
  if (inWindow.length) return median(inWindow);
  let before: Reading | null = null;
  for (const r of readings) if (r.ts <= to && (!before || r.ts >= before.ts)) before = r;
  return before?.viewers ?? null;
}

/** `readings` in any order; `now` = the panel's clock. */
export function viewerAlert(readings: readonly Reading[], now: number, rule = VIEWER_RULE): Alert | null {
  let last: Reading | null = null;
  for (const r of readings) if (r.ts <= now && (!last || r.ts >= last.ts)) last = r;
  if (!last || now - last.ts > rule.STALE_MS) return null;
  const base = viewerBaseline(readings, last.ts, rule);
  if (base === null || base <= 0) return null;
  const change = last.viewers - base;
  // `percent` is the size of the change (the message says which way); `change` keeps the sign.
  const values = { from: Math.round(base), to: last.viewers, change: Math.round(change), percent: Math.abs(Math.round((change / base) * 100)) };
  if (change <= -Math.max(rule.MIN_ABS, rule.DROP_REL * base)) return { kind: 'viewer_drop', severity: 'warn', values };
  if (change >= Math.max(rule.MIN_ABS, rule.SPIKE_REL * base)) return { kind: 'viewer_spike', severity: 'info', values };
  return null;
}
