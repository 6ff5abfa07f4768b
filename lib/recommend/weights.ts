/**
 * Default weights of the score's parts. Each part is first scaled to 0..1 across the candidates
 * (divided by the best candidate's value), so a weight is the part's share of the decision.
 * Chosen on the tuning setting only (demo en shop, seeds 1-10; README "Evaluation"); learned
 * weights replace them when a shop has enough recorded pitches (learn.ts).
 */
import type { Weights } from './types';

export const DEFAULT_WEIGHTS: Weights = { demand: 1, history: 0, present: 0, cf: 0.1, recency: 1, priority: 0.5 };

/** Minutes over which a pitch's recency penalty fades (e^-Δ/τ). */
export const RECENCY_TAU_MIN = 20;
/** "only N left" is worth saying at or below this. */
export const LOW_STOCK = 5;
