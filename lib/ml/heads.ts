/** The shipped classification heads: where their weights live and which features they read. */
import type { FeatureConfig } from './head-input';

export type HeadName = 'intent' | 'sentiment';

export interface HeadSpec {
  dir: string; features: FeatureConfig; hidden: number;
  /** Training settings chosen on dev (models/train.ts); unused at inference. */
  fit?: { lr?: number; epochs?: number; classWeight?: boolean };
}

export const HEADS: Record<HeadName, HeadSpec> = {
  // Intent: one hidden layer of 64 (ReLU, dropout 0.2) won on dev (macro-F1 0.934 -> 0.942); keyword-rule
  // features, CC-CEDICT word n-grams (zhWords), class weighting and 128 units did not.
  intent: { dir: 'intent', features: { hashDim: 4096, useEmbedding: true, glossZh: true, glossTokens: true }, hidden: 64, fit: { lr: 0.003, epochs: 20 } },
  sentiment: { dir: 'sentiment', features: { hashDim: 4096, useEmbedding: true, glossZh: true, glossTokens: true }, hidden: 0 },
};

export const FEATURE_ASSETS = { emoji: 'features/emoji.json', gloss: 'features/cedict-gloss.json' } as const;
