import type { LiveEvent, PlatformId } from '../events/live-event';
import type { CommentLabels } from '../ml/labels';

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

export interface ProductRecord {
  id?: number;
  sku: string;
  name: string;
  aliases: string[];
  price?: number;
  currency?: string;
  stock?: number;
  notes?: string;
}

export interface FaqRecord {
  id?: number;
  questions: string[];
  answer: string;
  productId?: number;
  lang: 'en' | 'zh' | 'any';
  enabled: boolean;
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
