/**
 * Types of the next-product recommender (issue 13). The core is pure: it reads observed signals
 * (what viewers said and did, what was pitched) and never the simulator's hidden truth.
 */
import type { Intent } from '../ml/labels';

/** One observation about a product or a viewer, derived from a log event (signals.ts). */
export type SignalKind = 'mention' | 'question' | 'intent' | 'purchase' | 'seen' | 'pitch';

export interface Signal {
  ts: number;
  kind: SignalKind;
  /** The product it is about (null for 'seen', and for a pitch stop). */
  sku: string | null;
  /** The viewer (author id or name); null for pitch marks. */
  viewer: string | null;
  /** The comment's intent when known. */
  intent?: Intent;
}

/** The parts of the score; each is removable for the ablation. */
export const COMPONENTS = ['demand', 'history', 'conversion', 'present', 'cf', 'recency', 'priority'] as const;
export type Component = (typeof COMPONENTS)[number];
export type Weights = Record<Component, number>;

/** A reason is structured so the UI renders it in its language (i18next `recommend`), the CLI in English. */
export type ReasonKey = 'asked' | 'intents' | 'pastWanted' | 'presentAsked' | 'boughtTogether' | 'similarTo' | 'converted' | 'notPitched' | 'neverPitched' | 'pitchedRecently' | 'onlyLeft' | 'priority';
export interface Reason {
  key: ReasonKey;
  params: Record<string, string | number>;
}

export interface Ranked {
  sku: string;
  score: number;
  /** Each part's weighted contribution, for debugging and the ablation. */
  parts: Record<Component, number>;
  reasons: Reason[];
}
