import { defineExtensionMessaging } from '@webext-core/messaging';
import type { CommentLabels, MlStatus } from '../ml/labels';

/** Messages the offscreen document (the models' home) receives. */
export type MlProtocol = {
  'ml:status'(): MlStatus;
  'ml:classify'(q: { texts: string[] }): (CommentLabels | null)[];
  /** USE-lite embeddings (question grouping, FAQ matching); `glossZh` reads Chinese through CC-CEDICT glosses. */
  'ml:embed'(q: { texts: string[]; glossZh?: boolean }): (number[] | null)[];
};

export const mlMessaging = defineExtensionMessaging<MlProtocol>();
