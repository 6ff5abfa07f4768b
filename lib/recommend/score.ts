/**
 * The ranking: for each product in stock (never a sold-out one, never the one on now), the
 * weighted sum of its parts, each scaled to 0..1 over the candidates, with reasons taken from the
 * same numbers.
 */
import type { Product } from '../catalog/types';
import type { ItemSimilarity } from './cf';
import type { History } from './history';
import { liveDemand, presentViewers, windowCounts, WINDOW_MS, type LiveState } from './live';
import { LOW_STOCK, RECENCY_TAU_MIN } from './weights';
import { COMPONENTS, type Component, type Ranked, type Reason, type Weights } from './types';

export interface RankInput {
  catalog: readonly Product[];
  live: LiveState;
  history: History;
  similarity: ItemSimilarity;
  weights: Weights;
  /** Seller priorities 0..1 per sku (absent = 0). */
  priorities?: Readonly<Record<string, number>>;
  now?: number;
}

/** Units left: catalog stock minus this stream's purchases; undefined = unknown. */
export function stockLeft(p: Product, live: LiveState): number | undefined {
  return p.stock === undefined ? undefined : Math.max(0, p.stock - (live.sold.get(p.sku) ?? 0));
}

export function candidates(catalog: readonly Product[], live: LiveState): Product[] {
  return catalog.filter((p) => stockLeft(p, live) !== 0 && p.sku !== live.pitching);
}

export function refOf(p: Product): string {
  return p.number ? `#${p.number}` : p.title;
}

export function rank(inp: RankInput): Ranked[] {
  const { live, history, similarity, weights } = inp;
  const now = inp.now ?? live.now;
  const cands = candidates(inp.catalog, live);
  const present = presentViewers(live, now);
  const counts = windowCounts(live, now);
  const demand = liveDemand(live, now);
  const bySku = new Map(inp.catalog.map((p) => [p.sku, p]));
  const raw = new Map<string, Record<Component, number>>();
  const extra = new Map<string, { presentFans: number; cfFrom: string | null; cfSupport: number }>();
  const maxConv = Math.max(0, ...history.conversion.values());
  for (const p of cands) {
    let presentScore = 0;
    let presentFans = 0;
    let cf = 0;
    const cfBy = new Map<string, number>();
    const simRow = similarity.sim.get(p.sku);
    for (const v of present) {
      const past = history.viewers.get(v);
      const w = past?.get(p.sku) ?? 0;
      if (w > 0) { presentScore += Math.log1p(w); if (history.fans.get(p.sku)?.has(v)) presentFans++; }
      for (const row of [past, live.today.get(v)]) {
        if (!row || !simRow) continue;
        for (const [q, r] of row) {
          if (q === p.sku) continue;
          const c = (simRow.get(q) ?? 0) * Math.log1p(r);
          if (c > 0) { cf += c; cfBy.set(q, (cfBy.get(q) ?? 0) + c); }
        }
      }
    }
    const conv = history.conversion.get(p.sku);
    // The past streams' unprompted demand per minute, as the live demand it would keep up at this
    // half-life (a steady rate r of decayed signals sums to r·H/ln 2): the prior on the same scale.
    const hist = history.minutes > 0 ? ((history.unprompted.get(p.sku) ?? 0) / history.minutes) * (live.params.halfLifeMs / 60_000 / Math.LN2) : 0;
    const conversion = maxConv > 0 && conv !== undefined ? conv / maxConv : 0;
    const last = live.lastPitched.get(p.sku);
    const recency = last === undefined ? 0 : Math.exp(-(now - last) / 60_000 / RECENCY_TAU_MIN);
    raw.set(p.sku, { demand: demand.get(p.sku) ?? 0, history: hist, conversion, present: presentScore, cf, recency, priority: inp.priorities?.[p.sku] ?? 0 });
    const cfFrom = [...cfBy].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
    extra.set(p.sku, { presentFans, cfFrom, cfSupport: cfFrom ? (similarity.support.get(p.sku)?.get(cfFrom) ?? 0) : 0 });
  }
  // Scale the unbounded parts to 0..1 over the candidates (conversion, recency and priority already
  // are). Live demand and the history prior are in the same units (wants), so they are scaled
  // together — their weighted sum over the best candidate's is 1 — and a surge in the chat can
  // outweigh a product's past, as a product with no chat today can still lead on its past.
  const max = Object.fromEntries(COMPONENTS.map((c) => [c, Math.max(0, ...[...raw.values()].map((r) => r[c]))])) as Record<Component, number>;
  const maxWant = Math.max(0, ...[...raw.values()].map((r) => weights.demand * r.demand + weights.history * r.history));
  const scaled = (c: Component, v: number): number => (c === 'demand' || c === 'history' ? (maxWant > 0 ? v / maxWant : 0) : c === 'present' || c === 'cf' ? (max[c] > 0 ? v / max[c] : 0) : v);
  const out: Ranked[] = cands.map((p) => {
    const r = raw.get(p.sku) as Record<Component, number>;
    const parts = Object.fromEntries(COMPONENTS.map((c) => [c, (c === 'recency' ? -1 : 1) * weights[c] * scaled(c, r[c])])) as Record<Component, number>;
    const score = COMPONENTS.reduce((a, c) => a + parts[c], 0);
    const e = extra.get(p.sku) as { presentFans: number; cfFrom: string | null; cfSupport: number };
    return { sku: p.sku, score: Math.round(score * 1000) / 1000, parts, reasons: reasonsFor(p, { now, live, history, similarity, counts, extra: e, bySku, priority: r.priority }) };
  });
  return out.sort((a, b) => b.score - a.score || a.sku.localeCompare(b.sku));
}

interface ReasonCtx {
  now: number;
  live: LiveState;
  history: History;
  similarity: ItemSimilarity;
  counts: ReturnType<typeof windowCounts>;
  extra: { presentFans: number; cfFrom: string | null; cfSupport: number };
  bySku: Map<string, Product>;
  priority: number;
}

/** Every reason states a number computed above — nothing else is claimed. */
function reasonsFor(p: Product, x: ReasonCtx): Reason[] {
  const out: Reason[] = [];
  const minutes = Math.round(WINDOW_MS / 60_000);
  const c = x.counts.get(p.sku);
  if (c?.askers) out.push({ key: 'asked', params: { count: c.askers, minutes } });
  if (c?.intents) out.push({ key: 'intents', params: { count: c.intents, minutes } });
  const past = x.history.unpromptedViewers.get(p.sku);
  if (past) out.push({ key: 'pastWanted', params: { count: past } });
  if (x.extra.presentFans) out.push({ key: 'presentAsked', params: { count: x.extra.presentFans } });
  const from = x.extra.cfFrom ? x.bySku.get(x.extra.cfFrom) : undefined;
  if (from && x.extra.cfSupport > 0 && !x.similarity.cold.has(p.sku)) out.push({ key: 'boughtTogether', params: { ref: refOf(from), count: x.extra.cfSupport } });
  else if (from && x.similarity.cold.has(p.sku)) out.push({ key: 'similarTo', params: { ref: refOf(from) } });
  const conv = x.history.conversion.get(p.sku);
  if (conv !== undefined && conv > 0) out.push({ key: 'converted', params: { rate: Math.round(conv * 10) / 10 } });
  const last = x.live.lastPitched.get(p.sku);
  if (last === undefined) out.push({ key: 'neverPitched', params: {} });
  else {
    const min = Math.round((x.now - last) / 60_000);
    out.push({ key: min >= 15 ? 'notPitched' : 'pitchedRecently', params: { minutes: min } });
  }
  const left = stockLeft(p, x.live);
  if (left !== undefined && left <= LOW_STOCK) out.push({ key: 'onlyLeft', params: { count: left } });
  if (x.priority > 0) out.push({ key: 'priority', params: {} });
  return out;
}
