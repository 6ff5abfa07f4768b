export interface Reading {
  ts: number;
  viewers: number;
}

/**
 * formats.md `viewers`: the peak reading, and the time-weighted average — each reading holds until
 * the next one, from the first reading to the stream's last event. Readings come sorted by time.
 * When that span is empty (every reading at the last instant) the average is the last reading.
 */
export function viewerStats(readings: readonly Reading[], lastTs: number | null): { peak: number | null; avg: number | null } {
  if (!readings.length) return { peak: null, avg: null };
  let peak = -Infinity;
  for (const r of readings) peak = Math.max(peak, r.viewers);
  const first = readings[0]!;
  const end = Math.max(lastTs ?? first.ts, readings[readings.length - 1]!.ts);
  let area = 0;
  for (let i = 0; i < readings.length; i++) {
    const r = readings[i]!;
    const until = i + 1 < readings.length ? readings[i + 1]!.ts : end;
    area += r.viewers * (until - r.ts);
  }
  const span = end - first.ts;
  return { peak, avg: span > 0 ? area / span : readings[readings.length - 1]!.viewers };
}

export const byTime = <T extends { ts: number }>(a: T, b: T): number => a.ts - b.ts;
