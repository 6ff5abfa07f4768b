import type { BgProtocol } from '../messaging/bg-protocol';
import type { Handlers } from '../messaging/handlers';
import type { BackendMeasurement } from '../realtime/backend-choice';
import type { LabellerStats } from '../realtime/labeller-stats';

export interface RealtimeDeps {
  labellerStats?: (batches: number) => LabellerStats;
  /** Keeps a measurement (storage), stamped with this browser and extension version. */
  keepMeasurement?: (m: Omit<BackendMeasurement, 'key' | 'at'>) => Promise<void>;
  /** Forgets the measurement and restarts the models' document, which measures again. */
  remeasure?: () => Promise<void>;
}

export type RealtimeMessages = 'bg:labelling' | 'bg:backendMeasured' | 'bg:remeasureBackends';

const IDLE: LabellerStats = { backlog: 0, eventsPerSec: 0, etaMs: 0, retryInMs: null, batches: [], refine: { backlog: 0, refined: 0, perSec: 0 }, handOn: { rows: 0, early: 0, lastWaitMs: 0, maxWaitMs: 0, maxAgeMs: 0 } };

export function realtimeHandlers(d: RealtimeDeps): Pick<Handlers<BgProtocol>, RealtimeMessages> {
  return {
    'bg:labelling': ({ batches }) => d.labellerStats?.(batches) ?? IDLE,
    async 'bg:backendMeasured'(m) {
      await d.keepMeasurement?.(m);
    },
    async 'bg:remeasureBackends'() {
      await d.remeasure?.();
    },
  };
}
