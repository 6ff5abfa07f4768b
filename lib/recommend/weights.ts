/**
 * Default weights of the score's parts. Each part is first scaled to 0..1 across the candidates
 * (divided by the best candidate's value), so a weight is the part's share of the decision — except
 * live demand and the history prior, which share one scale (score.ts): `history` is how many live
 * wants one past want per half-life is worth.
 * Fit by coordinate search on the tuning setting only (demo en shop, seeds 1-10, with and without
 * lurkers: `npx tsx lib/recommend/eval/tune.ts`; README "Evaluation"). Every shop uses these: weights
 * are not yet learned per shop from its own recordings.
 */
import type { LiveParams } from './live';
import type { Weights } from './types';

export const DEFAULT_WEIGHTS: Weights = { demand: 1, history: 1, conversion: 0, present: 0, cf: 0, recency: 0.25, priority: 0.5 };

/** Live demand's half-life and the weight of talk about the product on screen (live.ts). */
export const DEFAULT_LIVE_PARAMS: LiveParams = { halfLifeMs: 20 * 60_000, prompted: 0.1 };

/** Minutes over which a pitch's recency penalty fades (e^-Δ/τ). */
export const RECENCY_TAU_MIN = 20;
/** "only N left" is worth saying at or below this. */
export const LOW_STOCK = 5;
