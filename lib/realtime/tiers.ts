/**
 * The labelling interface every model tier implements: 'fast' (the distilled student, first labels)
 * and 'accurate' (USE-lite plus the heads: refining and embeddings), each in its own model worker
 * (lib/offscreen/model-host.ts, tier-router.ts). Where no fast tier is loaded, fast requests get
 * 'accurate' labels.
 */
import type { CommentLabels } from '../ml/labels';

export const TIER_NAMES = ['accurate', 'fast'] as const;
export type TierName = (typeof TIER_NAMES)[number];

export interface LabelTier {
  readonly name: TierName;
  /** Labels for each text, in order; null where the tier could not label a text (kept unlabelled). */
  classify(texts: string[]): Promise<(CommentLabels | null)[]>;
}

/** What a classify call answers: the labels and the tier that produced them. */
export interface TieredLabels {
  tier: TierName;
  labels: (CommentLabels | null)[];
}
