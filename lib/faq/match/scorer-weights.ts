/**
 * The answer scorer's weights (features.ts, in FEATURE_NAMES order), fitted on the dev, dev2 and dev3
 * lines by `npx tsx lib/faq/eval/fit-scorer.ts --lambda 1 --write` (generated: do not edit by hand).
 */
import type { ScorerModel } from './features';

export const SCORER_WEIGHTS: ScorerModel = {
  en: { bias: -3.3072, w: [2.7414, 1.5851, 1.7912, 2.9680, 2.5207, 1.4194, -2.6469, -3.3442, -1.0800, -0.8501, 0.0000, 0.7692, 1.8315] },
  zh: { bias: -1.8854, w: [1.7387, 0.9257, 1.5337, 2.5244, 3.1278, 0.8819, -0.9217, -2.7198, -1.3427, -2.4892, 0.0000, 1.0210, 1.7736] },
  lexOnly: { bias: -1.3510, w: [0.0000, 0.0000, 2.8215, 0.0000, 4.7943, 1.6487, -2.1115, -3.3894, -1.3793, -1.9172, 0.0000, 1.7421, 2.5311] },
};
