/**
 * The report's charts as plain arrays (uPlot's aligned-data shape, x in seconds), built from a
 * SummaryReport. Pure, so what each chart shows is tested without a canvas.
 */
import { INTENTS, type Intent } from '../ml/labels';
import type { Moment, ProductSummary, SummaryReport } from './types';

const sec = (ms: number) => ms / 1000;

export interface ViewerMoodData {
  x: number[];
  /** Viewer readings at their own times (null between them: drawn as steps across). */
  viewers: (number | null)[];
  /** Mood per minute at the minute's middle (null elsewhere). */
  mood: (number | null)[];
  pitches: { sku: string; from: number; to: number }[];
  moments: (Omit<Moment, 'ts'> & { x: number })[];
}

export function viewerMoodData(r: Pick<SummaryReport, 'readings' | 'series' | 'pitches' | 'summary'>): ViewerMoodData {
  const points = new Map<number, { v: number | null; m: number | null }>();
  const at = (ts: number) => {
    let p = points.get(ts);
    if (!p) points.set(ts, (p = { v: null, m: null }));
    return p;
  };
  for (const reading of r.readings) at(reading.ts).v = reading.viewers;
  for (const p of r.series) if (p.mood !== null) at(p.ts + 30_000).m = p.mood;
  const xs = [...points.keys()].sort((a, b) => a - b);
  return {
    x: xs.map(sec),
    viewers: xs.map((t) => points.get(t)!.v),
    mood: xs.map((t) => points.get(t)!.m),
    pitches: r.pitches.map((p) => ({ sku: p.sku, from: sec(p.from), to: sec(p.to) })),
    moments: r.summary.moments.map(({ ts, ...m }) => ({ ...m, x: sec(ts) })),
  };
}

export interface IntentStackData {
  x: number[];
  /** Intents with any labelled comment, in INTENTS order. */
  intents: Intent[];
  /** Per shown intent: its count per minute. */
  counts: number[][];
  /** Per shown intent: the running total up to and including it (what a stacked bar draws). */
  stacked: number[][];
}

export function intentStackData(series: SummaryReport['series']): IntentStackData {
  const shown = INTENTS.map((intent, i) => ({ intent, i })).filter(({ i }) => series.some((p) => (p.intent[i] ?? 0) > 0));
  const counts = shown.map(({ i }) => series.map((p) => p.intent[i] ?? 0));
  const stacked: number[][] = [];
  counts.forEach((c, k) => stacked.push(c.map((v, j) => v + (k ? stacked[k - 1]![j]! : 0))));
  return { x: series.map((p) => sec(p.ts)), intents: shown.map((s) => s.intent), counts, stacked };
}

export interface DemandData {
  skus: string[];
  /** Mentions + questions + purchase signals while the product was pitched. */
  during: number[];
  /** The same at any time (during + outside its pitch). */
  total: number[];
}

export function demandData(products: readonly ProductSummary[], limit = 12): DemandData {
  const top = products.slice(0, limit);
  const sum = (d: { mentions: number; questions: number; purchaseSignals: number }) => d.mentions + d.questions + d.purchaseSignals;
  return { skus: top.map((p) => p.sku), during: top.map((p) => sum(p.duringPitch)), total: top.map((p) => sum(p)) };
}
