/**
 * The per-stream summary of formats.md ("Summary metrics") and the aggregates it is computed from.
 * One shape for the popup, the report, the CSV/JSON/HTML exports and `npm run summary`.
 */
import type { Intent, Sentiment } from '../ml/labels';

export type MomentKind = 'viewer_peak' | 'viewer_drop' | 'viewer_spike' | 'mood_swing';

export interface Moment {
  ts: number;
  kind: MomentKind;
  /** viewer_peak: the peak reading; viewer_drop/spike: the change in viewers over its minute (signed); mood_swing: the change in mood (signed, −2…2). */
  value: number;
  /** The sku being pitched at `ts`, or null. */
  pitching: string | null;
}

export interface QuestionSummary {
  /** The question group's id (its first question's event id). */
  group: string;
  /** The group's first (not deleted) question. */
  text: string;
  count: number;
  /** Distinct askers. */
  askers: number;
  firstTs: number;
  answered: boolean;
}

export interface DemandCounts {
  mentions: number;
  questions: number;
  purchaseSignals: number;
}

export interface ProductSummary extends DemandCounts {
  sku: string;
  /** How long the product was being pitched, in ms. */
  pitchedMs: number;
  /** The part of the counts that happened while this product was being pitched. */
  duringPitch: DemandCounts;
}

/** Exactly the metrics formats.md lists, in its order. */
export interface StreamSummary {
  durationMs: number;
  viewers: { peak: number | null; avg: number | null };
  comments: { total: number; perMinute: number | null; uniqueCommenters: number };
  interactionRate: number | null;
  likes: number;
  gifts: number;
  purchases: number;
  joins: number;
  follows: number;
  sentimentMix: Record<Sentiment, number>;
  intentMix: Record<Intent, number>;
  questions: QuestionSummary[];
  products: ProductSummary[];
  moments: Moment[];
}

/** Event tallies: per stream (the state row) and per minute (the chart buckets). */
export interface Counts {
  /** `comment` + `superchat` events. */
  comments: number;
  likes: number;
  gifts: number;
  purchases: number;
  joins: number;
  follows: number;
  /** Comments that carry model labels. */
  labelled: number;
  /** Labelled comments per sentiment, in SENTIMENTS order. */
  sentiment: number[];
  /** Labelled comments per intent, in INTENTS order. */
  intent: number[];
}

/** One minute of a stream: `minute` = floor(ts / 60 000) (absolute, so buckets never move as events arrive). */
export interface MinuteBucket extends Counts {
  streamId: number;
  minute: number;
}

/**
 * The running summary of one stream, kept by the worker (lib/summary/store): everything up to event
 * `seq` folded in. Events after `seq` (not labelled yet) are folded in by the reader, in memory.
 */
export interface SummaryState extends Counts {
  streamId: number;
  /** Last event seq folded in; −1 = none. */
  seq: number;
  /** Earliest / latest `ts` of the folded events (deleted comments excluded); null when none. */
  firstTs: number | null;
  lastTs: number | null;
  uniqueCommenters: number;
  /** Ids of every event a deletion removed (excluded throughout, whenever the deletion came). */
  excluded: string[];
}

/** One viewer in one stream: the summary's commenters and the audience across streams. */
export interface StreamViewerRow {
  streamId: number;
  /** The shop: the room key the stream was captured from ("tiktok:glowshop"). */
  shop: string;
  name: string;
  role: string;
  /** When the stream started (orders a viewer's streams: new vs returning). */
  startedAt: number;
  /** Every not-deleted event of theirs (joins, likes, gifts… included). */
  events: number;
  comments: number;
  questions: number;
  purchases: number;
  firstTs: number;
  lastTs: number;
}

/** Per-product demand of one stream, as folded in (questions from the question grouping). */
export interface ProductDemandRow {
  streamId: number;
  sku: string;
  mentions: number;
  questions: number;
  purchaseSignals: number;
  during: DemandCounts;
}

/** One point of the per-minute series (charts, CSV). */
export interface MinutePoint {
  /** Minute start, epoch ms. */
  ts: number;
  /** Viewers at the end of the minute (the last reading so far); null before the first reading. */
  viewers: number | null;
  /** (positive − negative) / labelled comments of the minute, −1…1; null without labelled comments. */
  mood: number | null;
  comments: number;
  likes: number;
  gifts: number;
  purchases: number;
  joins: number;
  follows: number;
  labelled: number;
  /** Labelled comments per intent (INTENTS order). */
  intent: number[];
  /** The sku being pitched at the minute's start. */
  pitching: string | null;
}

export interface PitchSegment {
  sku: string;
  from: number;
  to: number;
}

/** Everything the report shows and the JSON export holds. */
export interface SummaryReport {
  summary: StreamSummary;
  series: MinutePoint[];
  /** Viewer readings in time order (the curve). */
  readings: { ts: number; viewers: number }[];
  pitches: PitchSegment[];
  firstTs: number | null;
  lastTs: number | null;
}
