import { defineExtensionMessaging } from '@webext-core/messaging';
import type { MlBackend, MlBackendChoice, MlStatus } from '../ml/labels';
import type { LabelServiceStats } from '../realtime/label-service';
import type { TieredLabels, TierName } from '../realtime/tiers';

/** How the models' document is doing (options page, benchmark). */
export interface OffscreenPerf {
  choice: MlBackendChoice;
  backend: MlBackend | null;
  /** 'auto' is measuring the backends now. */
  measuring: boolean;
  /** How long this document's backend measurement took (null: none ran). */
  measureMs: number | null;
  /** Time until the models can label on the chosen backend: the student when shipped (null: not loaded yet). */
  loadMs: number | null;
  /** Time until the accurate tier (USE-lite + heads) is loaded too; it loads after the student (null: not yet). */
  accurateLoadMs?: number | null;
  /** JS heap of the contexts running the models (the model workers; null where not exposed), MB. */
  heapMB: number | null;
  /** Each model worker's own heap (`heapMB` is their sum): the student's and the teacher's. */
  workerHeapMB?: { fast: number | null; accurate: number | null };
  /** JS heap of the offscreen document itself, which only relays to the model worker (MB). */
  documentHeapMB?: number | null;
  labels: LabelServiceStats | null;
}

/** Messages the offscreen document (the models' home) receives. */
export type MlProtocol = {
  'ml:status'(): MlStatus;
  /** Labels per text (null: could not label) from the tier asked for, or 'accurate' where no other is loaded. */
  'ml:classify'(q: { texts: string[]; tier?: TierName }): TieredLabels;
  /** USE-lite embeddings (question grouping, FAQ matching); `glossZh` reads Chinese through CC-CEDICT glosses. */
  'ml:embed'(q: { texts: string[]; glossZh?: boolean }): (number[] | null)[];
  'ml:perf'(): OffscreenPerf;
};

export const mlMessaging = defineExtensionMessaging<MlProtocol>();
