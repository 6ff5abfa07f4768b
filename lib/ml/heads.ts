/** The shipped classification heads: where their weights live and which features they read. */
import type { FeatureConfig } from './head-input';

export type HeadName = 'intent' | 'sentiment';

export interface HeadSpec { dir: string; features: FeatureConfig; hidden: number }

export const HEADS: Record<HeadName, HeadSpec> = {
  intent: { dir: 'intent', features: { hashDim: 4096, useEmbedding: true, glossZh: true, glossTokens: true }, hidden: 0 },
  sentiment: { dir: 'sentiment', features: { hashDim: 4096, useEmbedding: true, glossZh: true, glossTokens: true }, hidden: 0 },
};

export const FEATURE_ASSETS = { emoji: 'features/emoji.json', gloss: 'features/cedict-gloss.json' } as const;
