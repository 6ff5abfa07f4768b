import { defineExtensionMessaging } from '@webext-core/messaging';
import type { CommentLabels, MlStatus } from '../ml/labels';

/** Messages the offscreen document (the models' home) receives. */
export type MlProtocol = {
  'ml:status'(): MlStatus;
  'ml:classify'(q: { texts: string[] }): (CommentLabels | null)[];
};

export const mlMessaging = defineExtensionMessaging<MlProtocol>();
