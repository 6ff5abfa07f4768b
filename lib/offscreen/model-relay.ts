/**
 * The models' document's side of the model worker (model-worker.ts): tells it the backend choice,
 * relays every `ml:` message to it, passes a fresh backend measurement on to the service worker,
 * and, should the worker die, fails what it was asked (the labeller keeps the events and asks again;
 * the service worker recreates the document, and with it the worker, when it next needs the models).
 */
import type { Handlers } from '../messaging/handlers';
import type { MlProtocol } from '../messaging/ml-protocol';
import type { OffscreenParams } from '../realtime/offscreen-params';
import { heapMB } from './heap';
import { relayHandlers, type Measured, type ToWorker } from './worker-rpc';

export function startModelWorker(worker: Worker, params: OffscreenParams, onMeasured: (m: Measured) => void): { handlers: Handlers<MlProtocol> } {
  const relay = relayHandlers(worker, onMeasured);
  worker.addEventListener('error', (e: ErrorEvent) => {
    console.error('[live-copilot] model worker failed:', e.message);
    relay.fail(`model worker failed: ${e.message || 'unknown error'}`);
  });
  worker.postMessage({ init: params } satisfies ToWorker);
  return {
    handlers: {
      ...relay.handlers,
      // The document's own heap beside the worker's (the worker's is null where Chromium does not expose it).
      'ml:perf': async (d, s) => ({ ...(await relay.handlers['ml:perf'](d, s)), documentHeapMB: heapMB() ?? null }),
    },
  };
}
