/**
 * From aggregates to formats.md's metrics and the report's series. Both paths end here: the pure
 * path with aggregates it folded from a whole log, the store with the rows the worker keeps.
 */
import { INTENTS, SENTIMENTS } from '../ml/labels';
import { emptyCounts, mixOf, moodOf } from './counts';
import { moodMoments, viewerMoments } from './moments';
import { pitchedMsBySku, pitchTimeline, type PitchChange } from './pitch-timeline';
import type { MinuteBucket, MinutePoint, Moment, ProductDemandRow, ProductSummary, QuestionSummary, SummaryReport, SummaryState } from './types';
import { viewerStats, type Reading } from './viewers';

export interface SummaryParts {
  state: Pick<SummaryState, keyof ReturnType<typeof emptyCounts> | 'firstTs' | 'lastTs' | 'uniqueCommenters'>;
  /** Sorted by minute. */
  buckets: readonly MinuteBucket[];
  products: readonly ProductDemandRow[];
  /** Sorted by time. */
  readings: readonly Reading[];
  pitches: readonly PitchChange[];
  questions: QuestionSummary[];
  /** Only catalog products are listed. */
  catalogSkus: ReadonlySet<string>;
}

/** A series never spans more minutes than this (a log with a stray far-off timestamp stays drawable). */
export const MAX_SERIES_MINUTES = 7 * 24 * 60;

export function streamRange(p: Pick<SummaryParts, 'state' | 'readings' | 'pitches'>): { firstTs: number | null; lastTs: number | null } {
  const ts = [p.state.firstTs, p.state.lastTs, p.readings[0]?.ts, p.readings[p.readings.length - 1]?.ts, ...p.pitches.filter((c) => c.source === 'marker').map((c) => c.ts)].filter((t): t is number => typeof t === 'number');
  return ts.length ? { firstTs: Math.min(...ts), lastTs: Math.max(...ts) } : { firstTs: null, lastTs: null };
}

export function finalize(p: SummaryParts): SummaryReport {
  const { firstTs, lastTs } = streamRange(p);
  const durationMs = firstTs === null || lastTs === null ? 0 : lastTs - firstTs;
  const viewers = viewerStats(p.readings, lastTs);
  const s = p.state;
  const timeline = pitchTimeline(p.pitches);
  const segments = lastTs === null ? [] : timeline.segments(lastTs);
  const pitched = pitchedMsBySku(segments);

  const products = new Map<string, ProductSummary>();
  const product = (sku: string): ProductSummary => {
    let x = products.get(sku);
    if (!x) products.set(sku, (x = { sku, mentions: 0, questions: 0, purchaseSignals: 0, pitchedMs: 0, duringPitch: { mentions: 0, questions: 0, purchaseSignals: 0 } }));
    return x;
  };
  for (const r of p.products) {
    if (!p.catalogSkus.has(r.sku) || !(r.mentions || r.questions || r.purchaseSignals)) continue;
    Object.assign(product(r.sku), { mentions: r.mentions, questions: r.questions, purchaseSignals: r.purchaseSignals, duringPitch: { ...r.during } });
  }
  for (const [sku, ms] of pitched) if (p.catalogSkus.has(sku)) product(sku).pitchedMs = ms;
  const demand = (x: ProductSummary) => x.mentions + x.questions + x.purchaseSignals;

  const moments: Moment[] = [...viewerMoments(p.readings, lastTs), ...moodMoments(p.buckets)]
    .map((m) => ({ ...m, pitching: timeline.at(m.ts) }))
    .sort((a, b) => a.ts - b.ts);

  return {
    summary: {
      durationMs,
      viewers,
      comments: { total: s.comments, perMinute: durationMs > 0 ? s.comments / (durationMs / 60_000) : null, uniqueCommenters: s.uniqueCommenters },
      interactionRate: viewers.peak ? s.uniqueCommenters / viewers.peak : null,
      likes: s.likes,
      gifts: s.gifts,
      purchases: s.purchases,
      joins: s.joins,
      follows: s.follows,
      sentimentMix: mixOf(SENTIMENTS, s.sentiment, s.labelled),
      intentMix: mixOf(INTENTS, s.intent, s.labelled),
      questions: p.questions,
      products: [...products.values()].sort((a, b) => demand(b) - demand(a) || b.pitchedMs - a.pitchedMs || (a.sku < b.sku ? -1 : 1)),
      moments,
    },
    series: firstTs === null || lastTs === null ? [] : minuteSeries(p.buckets, p.readings, timeline.at, firstTs, lastTs),
    readings: [...p.readings],
    pitches: segments,
    firstTs,
    lastTs,
  };
}

function minuteSeries(buckets: readonly MinuteBucket[], readings: readonly Reading[], pitchAt: (ts: number) => string | null, firstTs: number, lastTs: number): MinutePoint[] {
  const byMinute = new Map(buckets.map((b) => [b.minute, b]));
  const m0 = Math.floor(firstTs / 60_000);
  const m1 = Math.min(Math.floor(lastTs / 60_000), m0 + MAX_SERIES_MINUTES);
  const out: MinutePoint[] = [];
  let r = 0;
  let level: number | null = null;
  for (let m = m0; m <= m1; m++) {
    while (r < readings.length && readings[r]!.ts < (m + 1) * 60_000) level = readings[r++]!.viewers;
    const b = byMinute.get(m) ?? { ...emptyCounts(), streamId: 0, minute: m };
    out.push({
      ts: m * 60_000,
      viewers: level,
      mood: moodOf(b),
      comments: b.comments,
      likes: b.likes,
      gifts: b.gifts,
      purchases: b.purchases,
      joins: b.joins,
      follows: b.follows,
      labelled: b.labelled,
      intent: [...b.intent],
      pitching: pitchAt(m * 60_000),
    });
  }
  return out;
}
