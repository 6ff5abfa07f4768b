import { registerHandlers } from '@/lib/messaging/handlers';
import { bgMessaging } from '@/lib/messaging/bg-protocol';
import { mlMessaging } from '@/lib/messaging/ml-protocol';
import { startModelWorker } from '@/lib/offscreen/model-relay';
import { parseOffscreenQuery } from '@/lib/realtime/offscreen-params';

// The models run in a Web Worker (lib/offscreen/model-worker.ts); this document only relays.
const worker = new Worker(new URL('../../lib/offscreen/model-worker.ts', import.meta.url), { type: 'module', name: 'live-copilot-models' });
const relay = startModelWorker(worker, parseOffscreenQuery(location.search), (m) => void bgMessaging.sendMessage('bg:backendMeasured', m));
registerHandlers(mlMessaging, relay.handlers);
