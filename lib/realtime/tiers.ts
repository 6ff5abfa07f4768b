/**
 * The labelling interface every model tier implements. Today one tier runs: 'accurate' (USE-lite
 * plus the heads, lib/ml/runtime.ts). A distilled student plugs in as 'fast' by implementing the
 * same interface in the offscreen document (lib/offscreen/model-host.ts); the worker's labeller asks
 * for 'fast' while a backlog is large (lib/realtime/batch-policy.ts) and gets 'accurate' labels
 * wherever no fast tier is loaded.
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
