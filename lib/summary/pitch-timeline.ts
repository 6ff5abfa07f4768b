import type { PitchSegment } from './types';

/**
 * A pitch change: a pitch marker / pitch record (`marker`), or a `product` event whose ref resolves
 * to a catalog product (formats.md counts it as a pitch start).
 */
export interface PitchChange {
  ts: number;
  sku: string | null;
  source: 'marker' | 'product';
}

export interface PitchTimeline {
  /** The sku being pitched at `ts` (a change at `ts` already applies), or null. */
  at(ts: number): string | null;
  /** Pitch segments up to `endTs` (the stream's last event), zero-length ones left out. */
  segments(endTs: number): PitchSegment[];
}

/**
 * Orders changes by time; at one instant a product event comes before a marker, so the marker wins.
 * (An exported stream keeps a product line's pitch marker on that same line, and the importer stores
 * it as a pitch record beside the product event: both orders of reading give the same timeline.)
 */
export function pitchTimeline(changes: readonly PitchChange[]): PitchTimeline {
  const sorted = changes
    .map((c, i) => ({ c, i }))
    .sort((a, b) => a.c.ts - b.c.ts || rank(a.c) - rank(b.c) || a.i - b.i)
    .map((x) => x.c);
  const times = sorted.map((c) => c.ts);
  const at = (ts: number): string | null => {
    // Last change at or before ts (binary search: called once per comment).
    let lo = 0;
    let hi = times.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (times[mid]! <= ts) lo = mid + 1;
      else hi = mid;
    }
    return lo ? sorted[lo - 1]!.sku : null;
  };
  const segments = (endTs: number): PitchSegment[] => {
    const out: PitchSegment[] = [];
    sorted.forEach((c, i) => {
      if (!c.sku) return;
      const to = Math.max(c.ts, Math.min(sorted[i + 1]?.ts ?? endTs, endTs));
      if (to <= c.ts) return;
      const prev = out[out.length - 1];
      // The same product marked again while it is on: one segment.
      if (prev && prev.sku === c.sku && prev.to === c.ts) prev.to = to;
      else out.push({ sku: c.sku, from: c.ts, to });
    });
    return out;
  };
  return { at, segments };
}

const rank = (c: PitchChange): number => (c.source === 'product' ? 0 : 1);

/** Total pitched time per sku. */
export function pitchedMsBySku(segments: readonly PitchSegment[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const s of segments) out.set(s.sku, (out.get(s.sku) ?? 0) + (s.to - s.from));
  return out;
}
