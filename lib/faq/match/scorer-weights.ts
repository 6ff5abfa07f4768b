/**
 * The answer scorer's weights (features.ts, in FEATURE_NAMES order), fitted on the dev, dev2 and dev3
 * lines by `npx tsx lib/faq/eval/fit-scorer.ts --lambda 1 --write` (generated: do not edit by hand).
 */
import type { ScorerModel } from './features';

export const SCORER_WEIGHTS: ScorerModel = {
  en: { bias: -3.9464, w: [2.5397, 1.3257, 1.7151, 2.8169, 2.5484, 1.4816, -2.5935, -3.3469, -1.0731, -0.0993, 0.0000, 0.6093, 1.7474, 1.0757, -0.9041] },
  zh: { bias: -2.6032, w: [1.5850, 0.8582, 1.3981, 2.4891, 3.1035, 0.8674, -0.9137, -2.6798, -1.2717, -2.1497, 0.0000, 0.9254, 1.7100, 1.0820, -0.3990] },
  lexOnly: { bias: -1.3510, w: [0.0000, 0.0000, 2.8215, 0.0000, 4.7943, 1.6487, -2.1115, -3.3894, -1.3793, -1.9172, 0.0000, 1.7421, 2.5311, 0.0000, 0.0000] },
};
