import type { LiveEvent, PlatformId } from '../events/live-event';
import type { CommentLabels } from '../ml/labels';
import type { TierName } from '../realtime/tiers';
import type { FaqEntry, Product } from '../catalog/types';
import type { Attribute } from '../suggest/slots/attributes';
import type { FaqDecision } from '../faq/decide';
import type { FaqMode } from '../faq/types';

/** 'imported': a stream created from an event-log file (it ended at its last event). */
export type EndReason = 'closed' | 'left' | 'silence' | 'imported';

export interface StreamRecord {
  id?: number;
  /** The room this stream was captured from, e.g. "youtube:VIDEO_ID". */
  roomKey: string;
  platform: PlatformId;
  title?: string;
  url: string;
  startedAt: number;
  lastEventAt: number;
  endedAt?: number;
  endReason?: EndReason;
  eventCount: number;
  commentCount: number;
  peakViewers?: number;
  lastViewers?: number;
  /** The event-log file this stream was imported from (popup import); absent for captured streams. */
  importedFrom?: string;
  /** Highest event seq the models have looked at (labelling resumes from here after a restart). */
  labelledSeq?: number;
  /**
   * Highest event seq the refine pass has looked at (lib/background/refiner.ts): events up to here
   * that the fast tier labelled carry the accurate tier's labels now. Absent: none refined yet.
   */
  refinedSeq?: number;
  /**
   * Highest event seq handed on to the question queue, summary and FAQ auto-answer, with final
   * labels or — when refining trails too far (lib/realtime/hand-on.ts) — with first labels.
   * Written once they are done with it. Absent: a stream from before, up to refinedSeq went on.
   */
  handedSeq?: number;
  /** FAQ auto-answer mode chosen for this stream (absent: the settings' default). */
  faqMode?: FaqMode;
  /** The user's own chat name(s) on this stream, learnt when a sent reply came back in chat. */
  faqSelf?: string[];
  /** The catalog the host linked this stream to (lib/catalog/scope.ts; absent: the default link). */
  catalog?: string;
}

export interface StoredEvent extends LiveEvent {
  streamId: number;
  /** Arrival order within the stream, assigned by the worker in the write transaction. */
  seq: number;
  deleted?: boolean;
  labels?: CommentLabels;
  /**
   * The model tier that produced `labels` (absent: labels given by an imported event log, or
   * written before tiers were recorded — both are kept as they are, never refined).
   */
  labelTier?: TierName;
}

export interface ViewerSample {
  streamId: number;
  id: string;
  ts: number;
  viewers: number;
}

/** A catalog product as stored (formats.md's fields; `id` is Dexie's key, `sku` is unique). */
export interface ProductRecord extends Product {
  id?: number;
  /** Last change, for the options page's sort and the recommender's freshness. */
  updatedAt?: number;
  /** The catalog (imported file's name) it came from; absent: added by hand (lib/catalog/scope.ts). */
  catalog?: string;
}

/** An FAQ entry as stored: formats.md's fields, keyed by its own `id`. */
export interface FaqRecord extends FaqEntry {
  updatedAt?: number;
}

/**
 * The host started (sku) or stopped (null) pitching a product at `ts`: from the side panel's
 * "now pitching" control, the page's pinned product, or an imported event log's pitch markers.
 */
export interface PitchRecord {
  id?: number;
  streamId: number;
  ts: number;
  sku: string | null;
  source: 'host' | 'page' | 'import';
}

/** Who or what marked a question group answered. */
export interface AnsweredMark {
  by: 'host' | 'moderator' | 'manual' | 'faq';
  ts: number;
  /** The staff chat message or FAQ auto-answer's question that answered it. */
  eventId?: string;
  faqId?: string;
}

/**
 * One question group of a stream's queue (lib/suggest): kept up to date by the worker as comments
 * are labelled, so the side panel reads a few indexed rows instead of recomputing from events.
 * Ordering (lib/suggest/group/order.ts): open first, most distinct askers, most asks, oldest first
 * ask — exactly the `[streamId+open+askerCount+count+negFirstTs]` index read in reverse.
 */
export interface QuestionGroupRecord {
  streamId: number;
  /** Event id of the group's first question: stable for the life of the stream. */
  groupId: string;
  /** The first question's text (what the queue shows). */
  text: string;
  lang: 'en' | 'zh';
  sku: string | null;
  attribute: Attribute;
  /** Named variant, "c:black" / "s:xl", or null. */
  value: string | null;
  /** What was pitched when the first question was asked (absent in rows written before it was kept). */
  pitched?: string | null;
  count: number;
  /** Distinct askers in order of first ask (capped at QUESTION_ASKERS_KEPT; askerCount is exact). */
  askers: string[];
  askerCount: number;
  firstTs: number;
  lastTs: number;
  /** The latest ask: whom a reply @mentions and which comment it answers. */
  lastEventId: string;
  lastAsker: string | null;
  /** A few member texts the worker re-embeds to match new questions after a restart. */
  samples: string[];
  /** 1 while unanswered (IndexedDB cannot index booleans). */
  open: 0 | 1;
  answered?: AnsweredMark;
  /** −firstTs, so one descending index read gives "oldest first" among ties. */
  negFirstTs: number;
}

/** Which group a question comment joined (and FAQ answers waiting for their question's group). */
export interface QuestionMemberRecord {
  streamId: number;
  eventId: string;
  /** '' while an FAQ auto-answer is recorded for a comment not grouped yet. */
  groupId: string;
  ts: number;
  author: string | null;
  /** Set when the FAQ auto-answer answered this comment (applied to its group once grouped). */
  faqId?: string;
}

export type SuggestionStatus = 'shown' | 'used' | 'dismissed' | 'sent';
export interface SuggestionRecord {
  id?: number;
  streamId: number;
  createdAt: number;
  kind: 'reply' | 'faq' | 'pitch';
  text: string;
  status: SuggestionStatus;
  eventId?: string;
}

export type CaptureState = 'attached' | 'waiting' | 'no-rows' | 'wall' | 'ended' | 'unsupported';
export interface FrameHealth {
  state: CaptureState;
  /** What the user should read, e.g. "0 rows matched for 12 s while viewers > 0". */
  detail: string;
  updatedAt: number;
  /** The room the frame reported for (a health report can reach the worker before the room's first batch). */
  roomKey?: string;
}

/** Per-tab capture state, kept in IndexedDB because the worker may be stopped at any moment. */
export interface TabRecord {
  tabId: number;
  roomKey?: string;
  streamId?: number;
  frames: Record<string, FrameHealth>;
  updatedAt: number;
}

/** One FAQ auto-answer decision (lib/faq): every match, sent or held back, with its reason. */
export interface FaqLogRecord extends FaqDecision {
  id?: number;
  /** When the status last changed (sent → confirmed/failed, pending → dismissed…). */
  updatedAt?: number;
}
