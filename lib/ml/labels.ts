/** The label vocabularies of the in-browser models: one source of truth for model code and UI. */
export const INTENTS = [
  'ask_price',
  'ask_spec',
  'ask_stock',
  'ask_shipping',
  'purchase',
  'complaint',
  'praise',
  'greeting',
  'other_question',
  'chitchat',
  'spam',
] as const;
export type Intent = (typeof INTENTS)[number];

export const SENTIMENTS = ['negative', 'neutral', 'positive'] as const;
export type Sentiment = (typeof SENTIMENTS)[number];

/** Output order of the polarity head (sentiment sign of a non-neutral line). */
export const POLARITIES = ['negative', 'positive'] as const;

export type Lang = 'en' | 'zh' | 'mixed' | 'other';

export interface CommentLabels {
  lang: Lang;
  sentiment: Sentiment;
  /** Probability of the chosen sentiment class, 0..1. */
  sentimentScore: number;
  intent: Intent;
  /** Probability of the chosen intent, 0..1. */
  intentScore: number;
}

export type MlBackend = 'webgl' | 'wasm' | 'cpu';
export type MlBackendChoice = 'auto' | MlBackend;

export interface MlStatus {
  state: 'loading' | 'ready' | 'failed';
  backend?: MlBackend;
  /** Human-readable reason when state is 'failed' or a fallback happened. */
  message?: string;
  models: { name: string; loaded: boolean; error?: string }[];
}
