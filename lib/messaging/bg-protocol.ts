import { defineExtensionMessaging } from '@webext-core/messaging';
import type { LiveEvent, PlatformId } from '../events/live-event';
import type { CaptureState, FaqLogRecord, PitchRecord, QuestionGroupRecord } from '../db/schema';
import type { FaqMode } from '../faq/types';
import type { ChatActionResult } from './cs-protocol';
import type { ReplyDraft } from '../suggest/reply/types';
import type { MlBackend } from '../ml/labels';
import type { BackendTrial } from '../realtime/backend-choice';
import type { LabellerStats } from '../realtime/labeller-stats';
import type { RecommendView } from '../recommend/worker/service';

export interface CaptureBatch {
  roomKey: string;
  platform: PlatformId;
  url: string;
  title?: string;
  events: LiveEvent[];
}
export interface CaptureAck {
  streamId: number;
  stored: number;
  duplicates: number;
  rejected: { index: number; reason: string }[];
}
export interface HealthReport {
  roomKey?: string;
  platform: PlatformId;
  state: CaptureState;
  detail: string;
}

/** Messages the background worker receives. Payloads are plain JSON. */
export type BgProtocol = {
  'bg:capture'(batch: CaptureBatch): CaptureAck;
  'bg:health'(report: HealthReport): void;
  /** Settings changed the model backend: restart the models' document. */
  'bg:reloadModels'(): void;
  /** A stream was imported from an event log (popup): label what the log left unlabelled, feed the question queue. */
  'bg:streamImported'(q: { streamId: number }): void;
  /** Question queue: mark a group answered by hand (or open it again); returns the updated row. */
  'bg:setAnswered'(q: { streamId: number; groupId: string; answered: boolean }): QuestionGroupRecord | null;
  /** Two or three grounded reply drafts for a question group (empty when nothing grounded applies). */
  'bg:questionDrafts'(q: { streamId: number; groupId: string }): ReplyDraft[];
  /** "Now pitching": the host starts pitching `sku` now (null = stopped); recorded as a pitch. */
  'bg:setPitching'(q: { streamId: number; sku: string | null }): PitchRecord;
  /** A page found a stream's summary behind its events (lib/summary): fold what is labelled now. */
  'bg:summarise'(q: { streamId: number }): void;
  /** The labeller's backlog and speed, with its last `batches` batches (side panel: 0; benchmark: all kept). */
  'bg:labelling'(q: { batches: number }): LabellerStats;
  /** From the models' document: what 'auto' measured; the worker keeps it for this browser and version. */
  'bg:backendMeasured'(m: { picked: MlBackend; reference: MlBackend; trials: BackendTrial[]; ms: number }): void;
  /** Options page: forget the measurement and measure again (restarts the models' document). */
  'bg:remeasureBackends'(): void;
  /** FAQ auto-answer (lib/faq): the host approved a pending reply; returns its log row (queued, or still pending with the reason). */
  'bg:faqApprove'(q: { id: number }): FaqLogRecord | null;
  /** The host turned a pending reply down. */
  'bg:faqDismiss'(q: { id: number }): void;
  /** Put a logged reply into the stream's chat box as a draft (never sends). */
  'bg:faqInsert'(q: { id: number }): ChatActionResult;
  /** This stream's auto-answer mode: suggest only, one-click approve or auto-send. */
  'bg:faqSetMode'(q: { streamId: number; mode: FaqMode }): void;
  /** Next product to pitch (lib/recommend): the top 3 with structured reasons, from the worker's incremental state. */
  'bg:recommend'(q: { streamId: number }): RecommendView;
};

export const bgMessaging = defineExtensionMessaging<BgProtocol>();
