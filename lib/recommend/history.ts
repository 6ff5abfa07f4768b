/**
 * What past streams teach: per-product interest and conversion during its pitches, and the
 * viewer × product implicit-feedback matrix the collaborative filter and the "here now" part use.
 * Built once from recorded streams (the worker rebuilds it when a stream ends), never per event.
 */
import { DEMAND_WEIGHT, PER_VIEWER_CAP } from './live';
import type { Signal } from './types';

/** Implicit-feedback strength of each kind of signal (a purchase says more than a mention). */
export const FEEDBACK: Record<'mention' | 'question' | 'intent' | 'purchase', number> = { mention: 1, question: 1, intent: 2, purchase: 3 };

/** The shortest a past stream counts as, in minutes (per-minute rates of short recordings). */
export const MIN_STREAM_MIN = 10;

export interface History {
  streams: number;
  /** Summed length of the past streams in minutes (first to last signal). */
  minutes: number;
  /** Mentions + questions + purchase intents per stream, per sku. */
  interest: Map<string, number>;
  /** Purchases per stream, per sku, whenever they happened (pitched or not). */
  purchases: Map<string, number>;
  /**
   * Unprompted demand per stream, per sku: each viewer's weighted mentions, questions and purchase
   * intents about it made while it was NOT on screen (capped per viewer, like live demand). Talk
   * about the pitched product follows the pitch; talk about another one shows a want of its own.
   */
  unprompted: Map<string, number>;
  /** How many distinct viewers those unprompted wants came from, per sku (for the reason). */
  unpromptedViewers: Map<string, number>;
  /** Purchases during its own pitch per pitched minute, per sku (absent: never pitched). */
  conversion: Map<string, number>;
  /** viewer → sku → summed feedback. */
  viewers: Map<string, Map<string, number>>;
  /** sku → viewers who asked about it, wanted it or bought it. */
  fans: Map<string, Set<string>>;
}

export function emptyHistory(): History {
  return { streams: 0, minutes: 0, interest: new Map(), purchases: new Map(), unprompted: new Map(), unpromptedViewers: new Map(), conversion: new Map(), viewers: new Map(), fans: new Map() };
}

function bump<K>(m: Map<K, number>, k: K, w: number): void {
  m.set(k, (m.get(k) ?? 0) + w);
}

/** History from past streams, each given as its signals in time order. */
export function buildHistory(streams: readonly (readonly Signal[])[]): History {
  const h = emptyHistory();
  h.streams = streams.length;
  const counts = new Map<string, number>();
  const bought = new Map<string, number>();
  const pitchedMs = new Map<string, number>();
  const pitchBuys = new Map<string, number>();
  const unprompted = new Map<string, number>();
  const wanters = new Map<string, Set<string>>();
  for (const signals of streams) {
    const want = new Map<string, number>();
    let pitching: string | null = null;
    let since = 0;
    let last = 0;
    // At least 10 minutes a stream: a short recording's few wants are not a high rate of wanting.
    h.minutes += Math.max(MIN_STREAM_MIN, signals.length ? ((signals[signals.length - 1]?.ts ?? 0) - (signals[0]?.ts ?? 0)) / 60_000 : 0);
    for (const s of signals) {
      last = s.ts;
      if (s.kind === 'pitch') {
        if (pitching) bump(pitchedMs, pitching, s.ts - since);
        pitching = s.sku;
        since = s.ts;
        continue;
      }
      if (s.kind === 'seen' || !s.sku || !s.viewer) continue;
      if (s.kind !== 'purchase') {
        bump(counts, s.sku, 1);
        if (s.sku !== pitching) {
          bump(want, `${s.viewer}|${s.sku}`, DEMAND_WEIGHT[s.kind]);
          let w = wanters.get(s.sku);
          if (!w) wanters.set(s.sku, (w = new Set()));
          w.add(s.viewer);
        }
      } else {
        bump(bought, s.sku, 1);
        if (s.sku === pitching) bump(pitchBuys, s.sku, 1);
      }
      let row = h.viewers.get(s.viewer);
      if (!row) h.viewers.set(s.viewer, (row = new Map()));
      bump(row, s.sku, FEEDBACK[s.kind]);
      if (s.kind !== 'mention') {
        let f = h.fans.get(s.sku);
        if (!f) h.fans.set(s.sku, (f = new Set()));
        f.add(s.viewer);
      }
    }
    if (pitching) bump(pitchedMs, pitching, last - since);
    for (const [k, v] of want) bump(unprompted, k.slice(k.indexOf('|') + 1), Math.min(PER_VIEWER_CAP, v));
  }
  for (const [sku, n] of unprompted) h.unprompted.set(sku, n / Math.max(1, h.streams));
  for (const [sku, w] of wanters) h.unpromptedViewers.set(sku, w.size);
  for (const [sku, n] of counts) h.interest.set(sku, n / Math.max(1, h.streams));
  for (const [sku, n] of bought) h.purchases.set(sku, n / Math.max(1, h.streams));
  for (const [sku, ms] of pitchedMs) if (ms > 0) h.conversion.set(sku, (pitchBuys.get(sku) ?? 0) / (ms / 60_000));
  return h;
}
