/**
 * The current stream's state, updated one signal at a time in O(1) amortised (the worker keeps one
 * per stream): exponentially decayed demand per viewer and product, a sliding window of who
 * asked/wanted what for the reasons, who is here now, what was pitched when, and units sold since
 * the stream began.
 *
 * Demand is a latent want that lasts (a viewer who wants the jeans still wants them ten minutes
 * later), so it decays slowly; and talk about the product ON SCREEN is prompted by the pitch itself
 * (everyone asks "how much is this one"), so it says less about what the audience wants next than a
 * product named while something else is shown. Both constants are fit on the tuning seeds only
 * (README "Evaluation").
 */
import type { Signal } from './types';
import { DEFAULT_LIVE_PARAMS } from './weights';

/** Demand weight of each kind of live signal: wanting to buy says most, a passing mention least. */
export const DEMAND_WEIGHT = { mention: 1, question: 1.5, intent: 3, purchase: 2 } as const;
export interface LiveParams {
  /** Demand halves every this many ms. */
  halfLifeMs: number;
  /** Weight of a signal about the product being pitched at that moment (an unprompted one weighs 1). */
  prompted: number;
}
/** The window the reasons count in ("… in the last 5 min"). */
export const WINDOW_MS = 5 * 60_000;
/** The window of raw signals kept (reasons, the most-mentioned baseline). */
export const KEEP_MS = 10 * 60_000;
/** One viewer's demand for one product is capped, so a single insistent viewer is not a crowd. */
export const PER_VIEWER_CAP = 4;
/** A viewer counts as here now when seen (spoke, joined, bought) within this. */
export const PRESENT_MS = 10 * 60_000;

type DemandKind = keyof typeof DEMAND_WEIGHT;

export interface LiveState {
  now: number;
  params: LiveParams;
  /** `${viewer}|${sku}` → decayed demand `v` as of `ts` (decayed lazily). */
  acc: Map<string, { v: number; ts: number }>;
  pitching: string | null;
  /** Recent demand signals (ts order) for the windowed counts. */
  window: { ts: number; sku: string; viewer: string; kind: DemandKind }[];
  lastSeen: Map<string, number>;
  lastPitched: Map<string, number>;
  sold: Map<string, number>;
  /** `${viewer}|${sku}` bought in this stream (their demand for it is met). */
  bought: Set<string>;
  /** viewer → sku → feedback in this stream (the CF uses today's interactions too). */
  today: Map<string, Map<string, number>>;
}

export function newLiveState(params: LiveParams = DEFAULT_LIVE_PARAMS): LiveState {
  return { now: 0, params, acc: new Map(), pitching: null, window: [], lastSeen: new Map(), lastPitched: new Map(), sold: new Map(), bought: new Set(), today: new Map() };
}

/** Weight of a signal `age` ms old: halves every half-life, 0 in the future. */
export function decay(age: number, halfLifeMs: number): number {
  return age < 0 ? 0 : 0.5 ** (age / halfLifeMs);
}

export function applySignal(st: LiveState, s: Signal): void {
  st.now = Math.max(st.now, s.ts);
  if (s.kind === 'pitch') {
    if (st.pitching) st.lastPitched.set(st.pitching, s.ts);
    st.pitching = s.sku;
    if (s.sku) st.lastPitched.set(s.sku, s.ts);
    return;
  }
  if (s.viewer) st.lastSeen.set(s.viewer, s.ts);
  if (s.kind === 'seen' || !s.sku || !s.viewer) return;
  st.window.push({ ts: s.ts, sku: s.sku, viewer: s.viewer, kind: s.kind });
  if (st.window.length > 256 && (st.window[0]?.ts ?? 0) < s.ts - KEEP_MS) pruneWindow(st, s.ts);
  if (s.kind !== 'purchase') addDemand(st, `${s.viewer}|${s.sku}`, DEMAND_WEIGHT[s.kind] * (s.sku === st.pitching ? st.params.prompted : 1), s.ts);
  if (s.kind === 'purchase') {
    st.sold.set(s.sku, (st.sold.get(s.sku) ?? 0) + 1);
    st.bought.add(`${s.viewer}|${s.sku}`);
  }
  let row = st.today.get(s.viewer);
  if (!row) st.today.set(s.viewer, (row = new Map()));
  row.set(s.sku, (row.get(s.sku) ?? 0) + (s.kind === 'purchase' ? 3 : s.kind === 'intent' ? 2 : 1));
}

function addDemand(st: LiveState, key: string, w: number, ts: number): void {
  const a = st.acc.get(key);
  if (a) { a.v = a.v * decay(ts - a.ts, st.params.halfLifeMs) + w; a.ts = ts; }
  else st.acc.set(key, { v: w, ts });
  // Forget what has decayed to nothing, so a long stream's state stays small.
  if (st.acc.size > 20_000) for (const [k, x] of st.acc) if (x.v * decay(ts - x.ts, st.params.halfLifeMs) < 0.01) st.acc.delete(k);
}

export function pruneWindow(st: LiveState, now: number): void {
  let i = 0;
  while (i < st.window.length && (st.window[i]?.ts ?? 0) < now - KEEP_MS) i++;
  if (i) st.window.splice(0, i);
}

/** Viewers seen within PRESENT_MS of `now`. */
export function presentViewers(st: LiveState, now: number): string[] {
  const out: string[] = [];
  for (const [v, ts] of st.lastSeen) if (ts >= now - PRESENT_MS) out.push(v);
  return out;
}

/** Distinct viewers who asked about / mentioned each sku, and purchase intents, in the window. */
export function windowCounts(st: LiveState, now: number): Map<string, { askers: number; intents: number }> {
  const askers = new Map<string, Set<string>>();
  const intents = new Map<string, number>();
  for (const w of st.window) {
    if (w.ts < now - WINDOW_MS || w.ts > now) continue;
    if (w.kind === 'intent') intents.set(w.sku, (intents.get(w.sku) ?? 0) + 1);
    else if (w.kind !== 'purchase') {
      let s = askers.get(w.sku);
      if (!s) askers.set(w.sku, (s = new Set()));
      s.add(w.viewer);
    }
  }
  const out = new Map<string, { askers: number; intents: number }>();
  for (const sku of new Set([...askers.keys(), ...intents.keys()])) out.set(sku, { askers: askers.get(sku)?.size ?? 0, intents: intents.get(sku) ?? 0 });
  return out;
}

/**
 * Live demand per sku at `now`: each viewer's decayed mentions, questions and purchase intents
 * (prompted ones discounted, capped per viewer), leaving out viewers who have since bought it.
 * Purchases themselves add no demand — the buyer's want is met.
 */
export function liveDemand(st: LiveState, now: number): Map<string, number> {
  const out = new Map<string, number>();
  for (const [k, a] of st.acc) {
    if (a.ts > now || st.bought.has(k)) continue;
    const sku = k.slice(k.indexOf('|') + 1);
    out.set(sku, (out.get(sku) ?? 0) + Math.min(PER_VIEWER_CAP, a.v * decay(now - a.ts, st.params.halfLifeMs)));
  }
  return out;
}
