/** The shipped classification heads: where their weights live and which features they read. */
import type { FeatureConfig } from './head-input';

export type HeadName = 'intent' | 'sentiment';

/** Training settings (models/train.ts), chosen on the dev split; defaults in models/lib/fit.ts. */
export interface FitSettings { epochs?: number; l2?: number; lr?: number }

export interface HeadSpec { dir: string; features: FeatureConfig; hidden: number; fit?: FitSettings }

export const HEADS: Record<HeadName, HeadSpec> = {
  // 8,192 buckets and a lighter L2: corpus v2 has ~2,000 templates, and 4,096 buckets collided (dev).
  intent: { dir: 'intent', features: { hashDim: 8192, useEmbedding: true, glossZh: true, glossTokens: true }, hidden: 0, fit: { epochs: 20, l2: 3e-6 } },
  // VADER features: UCI-train 5-fold CV 86.5 % -> 88.3 % (models/experiments/uci-cv.ts).
  sentiment: { dir: 'sentiment', features: { hashDim: 4096, useEmbedding: true, glossZh: true, glossTokens: true, lexicon: true }, hidden: 0 },
};

export const FEATURE_ASSETS = { emoji: 'features/emoji.json', gloss: 'features/cedict-gloss.json' } as const;
