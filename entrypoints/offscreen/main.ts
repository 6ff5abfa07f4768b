import { registerHandlers } from '@/lib/messaging/handlers';
import { bgMessaging } from '@/lib/messaging/bg-protocol';
import { mlMessaging } from '@/lib/messaging/ml-protocol';
import { startModelWorkers } from '@/lib/offscreen/model-relay';
import { parseOffscreenQuery } from '@/lib/realtime/offscreen-params';

// The models run in two Web Workers, one per tier (lib/offscreen/model-relay.ts); this document only relays.
// Two literal `new Worker(new URL(…))`: Vite bundles a worker only from that exact, static form.
const workers = {
  fast: new Worker(new URL('../../lib/offscreen/model-worker.ts', import.meta.url), { type: 'module', name: 'live-copilot-models-fast' }),
  accurate: new Worker(new URL('../../lib/offscreen/model-worker.ts', import.meta.url), { type: 'module', name: 'live-copilot-models-accurate' }),
};
const relay = startModelWorkers(workers, parseOffscreenQuery(location.search), (m) => void bgMessaging.sendMessage('bg:backendMeasured', m));
registerHandlers(mlMessaging, relay.handlers);
