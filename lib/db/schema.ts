import type { LiveEvent, PlatformId } from '../events/live-event';
import type { CommentLabels } from '../ml/labels';
import type { FaqEntry, Product } from '../catalog/types';

export type EndReason = 'closed' | 'left' | 'silence';

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
  /** Highest event seq the models have looked at (labelling resumes from here after a restart). */
  labelledSeq?: number;
}

export interface StoredEvent extends LiveEvent {
  streamId: number;
  /** Arrival order within the stream, assigned by the worker in the write transaction. */
  seq: number;
  deleted?: boolean;
  labels?: CommentLabels;
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
}

/** Per-tab capture state, kept in IndexedDB because the worker may be stopped at any moment. */
export interface TabRecord {
  tabId: number;
  roomKey?: string;
  streamId?: number;
  frames: Record<string, FrameHealth>;
  updatedAt: number;
}
