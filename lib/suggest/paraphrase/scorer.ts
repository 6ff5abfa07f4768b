/**
 * The shared "same question?" scorer: the probability that two questions of one language ask the
 * same thing (features.ts, per-language logistic weights in weights.ts, fitted by
 * train/fit.ts on written training pairs only). Used by question grouping (lib/suggest/group) and by
 * FAQ matching (lib/faq/match: a line against an entry's question variants).
 */
import { paraFeatures, type ParaLang, type ParaText } from './features';
import { PARA_WEIGHTS, type ParaWeights } from './weights';

export function scoreWith(w: ParaWeights, x: readonly number[]): number {
  let z = w.bias;
  for (let i = 0; i < x.length; i += 1) z += (w.w[i] ?? 0) * x[i]!;
  return 1 / (1 + Math.exp(-z));
}

export function sameQuestion(lang: ParaLang, a: ParaText, b: ParaText, weights = PARA_WEIGHTS): number {
  return scoreWith(weights[lang], paraFeatures(lang, a, b));
}
