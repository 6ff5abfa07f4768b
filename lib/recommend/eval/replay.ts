/**
 * Replays one simulated shop (several streams, returning viewers): for every stream after the
 * first, history = the earlier streams; at each pitch change, the recommender's and the baselines'
 * rankings (from the events before that moment) are scored against the demanded product.
 */
import type { Product } from '../../catalog/types';
import type { LogEvent } from '../../events/event-log';
import type { SimShop, StreamTruth } from '../../sim/types';
import { buildHistory } from '../history';
import { createRecommenderFrom, streamSignals } from '../recommender';
import { candidates } from '../score';
import type { LiveParams } from '../live';
import type { Signal, Weights } from '../types';
import { DEFAULT_LIVE_PARAMS } from '../weights';
import { BASELINES, baselineRanking, type Baseline } from './baselines';
import { scoreRanking, type Scores } from './metrics';
import { createRng } from '../../sim/rng';
import { demandAt, demanded } from './target';

export interface ShopResult {
  recommender: Scores[];
  baselines: Record<Baseline, Scores[]>;
}

/** The simulator's intents as the events' labels (oracle labels: the labeller is measured in models/README.md). */
export function withTruthLabels(events: readonly LogEvent[], truth: StreamTruth): LogEvent[] {
  const byId = new Map(truth.comments.map((c) => [c.id, c]));
  return events.map((e) => {
    const c = e.kind === 'comment' ? byId.get(e.id) : undefined;
    return c ? { ...e, labels: { lang: c.lang, sentiment: c.sentiment, sentimentScore: 1, intent: c.intent, intentScore: 1 } } : e;
  });
}

/** Each stream's signals, computed once per shop and replayed under every weight variant. */
export function shopSignals(shop: SimShop): Signal[][] {
  return shop.streams.map((s) => streamSignals(withTruthLabels(s.events, s.truth), shop.catalog));
}

export function replayShop(shop: SimShop, signals: readonly Signal[][], weights: Weights, seed: number, params: LiveParams = DEFAULT_LIVE_PARAMS): ShopResult {
  const catalog: Product[] = shop.catalog;
  const order = catalog.map((p) => p.sku);
  const r = createRng(seed * 7919 + 17);
  const out: ShopResult = { recommender: [], baselines: { most_mentioned: [], round_robin: [], random: [], popular: [], popular_interest: [] } };
  const past: Signal[][] = [];
  shop.streams.forEach((s, k) => {
    const sigs = signals[k] as Signal[];
    if (past.length > 0) {
      const rec = createRecommenderFrom(catalog, buildHistory(past), weights, undefined, params);
      const changes = s.truth.segments.filter((g) => g.kind === 'pitch').map((g) => g.start);
      let i = 0;
      const score = (t: number): void => {
        const cands = candidates(catalog, rec.live).map((p) => p.sku);
        const target = demanded(demandAt(s.truth, t, cands));
        if (!target) return;
        rec.live.now = t;
        out.recommender.push(scoreRanking(rec.rank(t).map((x) => x.sku), target));
        for (const b of BASELINES) out.baselines[b].push(scoreRanking(baselineRanking(b, cands, order, rec.live, rec.history, r), target));
      };
      for (const sg of sigs) {
        while (i < changes.length && (changes[i] as number) <= sg.ts) score(changes[i++] as number);
        rec.pushSignal(sg);
      }
    }
    past.push(sigs);
  });
  return out;
}
