/**
 * The "same question?" scorer's weights (features.ts, in PARA_FEATURES order), fitted by
 * `npx tsx lib/suggest/paraphrase/train/fit.ts --lambda 1 --sources written,group,faq --write` (generated: do not edit by hand).
 */
export interface ParaWeights { bias: number; w: number[] }

export const PARA_WEIGHTS: Record<'en' | 'zh', ParaWeights> = {
  en: { bias: -1.6263, w: [2.3641, 2.9080, 0.7149, -0.6829, 1.7295, 0.3233, -2.1699, -1.3687, -0.7292, -0.8947, 0.4184, -0.2970, -1.8156] },
  zh: { bias: -1.0893, w: [1.5528, 3.5311, 0.0000, 0.2339, 0.0000, 0.0660, -1.8713, -1.3146, -0.3135, -0.3051, 0.2739, -1.0329, -1.4052] },
};
