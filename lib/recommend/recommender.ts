/**
 * One stream's recommender: history and item similarity computed once, then events pushed one at
 * a time (the worker, the CLI and the evaluation all drive it the same way) and ranked on demand.
 */
import type { Product } from '../catalog/types';
import type { LogEvent } from '../events/event-log';
import { itemSimilarity, type ItemSimilarity } from './cf';
import { contentSimilarity } from './content';
import { buildHistory, type History } from './history';
import { applySignal, newLiveState, type LiveParams, type LiveState } from './live';
import { rank } from './score';
import { signalsOf } from './signals';
import type { Ranked, Signal, Weights } from './types';
import { DEFAULT_LIVE_PARAMS, DEFAULT_WEIGHTS } from './weights';

export interface RecommenderOptions {
  catalog: readonly Product[];
  /** Past streams of this shop, each as its events in order. */
  history?: readonly (readonly LogEvent[])[];
  weights?: Weights;
  priorities?: Readonly<Record<string, number>>;
  live?: LiveParams;
}

export interface Recommender {
  readonly live: LiveState;
  readonly history: History;
  readonly similarity: ItemSimilarity;
  push(e: LogEvent): void;
  pushSignal(s: Signal): void;
  rank(now?: number): Ranked[];
}

/** Signals of a whole stream, in order (pitch state followed along). */
export function streamSignals(events: readonly LogEvent[], catalog: readonly Product[]): Signal[] {
  let pitching: string | null = null;
  const out: Signal[] = [];
  for (const e of events) {
    for (const s of signalsOf(e, catalog, pitching)) {
      if (s.kind === 'pitch') pitching = s.sku;
      out.push(s);
    }
  }
  return out;
}

export function createRecommender(o: RecommenderOptions): Recommender {
  const history = buildHistory((o.history ?? []).map((evs) => streamSignals(evs, o.catalog)));
  return createRecommenderFrom(o.catalog, history, o.weights, o.priorities, o.live);
}

export function createRecommenderFrom(catalog: readonly Product[], history: History, weights: Weights = DEFAULT_WEIGHTS, priorities?: Readonly<Record<string, number>>, params: LiveParams = DEFAULT_LIVE_PARAMS): Recommender {
  const similarity = itemSimilarity(catalog.map((p) => p.sku), history, contentSimilarity(catalog));
  const live = newLiveState(params);
  return {
    live,
    history,
    similarity,
    pushSignal: (s) => applySignal(live, s),
    push(e) {
      for (const s of signalsOf(e, catalog, live.pitching)) applySignal(live, s);
    },
    rank: (now) => rank({ catalog, live, history, similarity, weights, priorities, now }),
  };
}
