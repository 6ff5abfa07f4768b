import { defineExtensionMessaging } from '@webext-core/messaging';
import type { LiveEvent, PlatformId } from '../events/live-event';
import type { CaptureState } from '../db/schema';

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
};

export const bgMessaging = defineExtensionMessaging<BgProtocol>();
