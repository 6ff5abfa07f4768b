/**
 * The current stream's state, updated one signal at a time in O(1) amortised (the worker keeps one
 * per stream): exponentially decayed demand per product, a sliding window of who asked/wanted what
 * for the reasons, who is here now, what was pitched when, and units sold since the stream began.
 */
import type { Signal } from './types';

/** Demand weight of each kind of live signal: wanting to buy says most, a passing mention least. */
export const DEMAND_WEIGHT = { mention: 1, question: 1.5, intent: 3, purchase: 2 } as const;
export const HALF_LIFE_MS = 3 * 60_000;
/** The window the reasons count in ("… in the last 5 min"). */
export const WINDOW_MS = 5 * 60_000;
/** Demand looks back this far (older signals weigh under 1/8 anyway). */
export const DEMAND_MS = 10 * 60_000;
/** One viewer's demand for one product is capped, so a single insistent viewer is not a crowd. */
export const PER_VIEWER_CAP = 4;
/** A viewer counts as here now when seen (spoke, joined, bought) within this. */
export const PRESENT_MS = 10 * 60_000;

type DemandKind = keyof typeof DEMAND_WEIGHT;

export interface LiveState {
  now: number;
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

export function newLiveState(): LiveState {
  return { now: 0, pitching: null, window: [], lastSeen: new Map(), lastPitched: new Map(), sold: new Map(), bought: new Set(), today: new Map() };
}

/** Weight of a signal `age` ms old: halves every HALF_LIFE_MS, 0 past DEMAND_MS or in the future. */
export function decay(age: number): number {
  return age < 0 || age > DEMAND_MS ? 0 : 0.5 ** (age / HALF_LIFE_MS);
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
  if (st.window.length > 256 && (st.window[0]?.ts ?? 0) < s.ts - DEMAND_MS) pruneWindow(st, s.ts);
  if (s.kind === 'purchase') {
    st.sold.set(s.sku, (st.sold.get(s.sku) ?? 0) + 1);
    st.bought.add(`${s.viewer}|${s.sku}`);
  }
  let row = st.today.get(s.viewer);
  if (!row) st.today.set(s.viewer, (row = new Map()));
  row.set(s.sku, (row.get(s.sku) ?? 0) + (s.kind === 'purchase' ? 3 : s.kind === 'intent' ? 2 : 1));
}

export function pruneWindow(st: LiveState, now: number): void {
  let i = 0;
  while (i < st.window.length && (st.window[i]?.ts ?? 0) < now - DEMAND_MS) i++;
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
 * (capped per viewer), leaving out viewers who have since bought it. Purchases themselves add no
 * demand — the buyer's want is met.
 */
export function liveDemand(st: LiveState, now: number): Map<string, number> {
  const per = new Map<string, number>();
  for (const w of st.window) {
    if (w.kind === 'purchase' || st.bought.has(`${w.viewer}|${w.sku}`)) continue;
    const d = decay(now - w.ts);
    if (d > 0) per.set(`${w.viewer}|${w.sku}`, (per.get(`${w.viewer}|${w.sku}`) ?? 0) + DEMAND_WEIGHT[w.kind] * d);
  }
  const out = new Map<string, number>();
  for (const [k, v] of per) {
    const sku = k.slice(k.indexOf('|') + 1);
    out.set(sku, (out.get(sku) ?? 0) + Math.min(PER_VIEWER_CAP, v));
  }
  return out;
}
