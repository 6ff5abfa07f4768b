/**
 * The model worker: a dedicated Web Worker the models' (offscreen) document starts, so that tfjs
 * batches run off the extension's renderer main thread, which the side panel shares. It hosts the
 * models exactly as the document did (model-host.ts: 'auto' measurement, tiers, label service) and
 * answers the document's relayed `ml:` requests (worker-rpc.ts). The document tells it the backend
 * choice first (`init`): a worker has no URL query of its own.
 */
import type { Handlers } from '../messaging/handlers';
import type { MlProtocol } from '../messaging/ml-protocol';
import { createExtensionRuntime } from './extension-runtime';
import { heapMB } from './heap';
import { createModelHost } from './model-host';
import { serveHandlers, type FromWorker, type RpcPort, type ToWorker } from './worker-rpc';

const port = globalThis as unknown as RpcPort;
let started: (h: Handlers<MlProtocol>) => void = () => {};
const host = new Promise<Handlers<MlProtocol>>((ok) => (started = ok));

port.addEventListener('message', (e: MessageEvent) => {
  const m = e.data as ToWorker;
  if (!('init' in m)) return;
  started(
    createModelHost({
      ...m.init,
      makeRuntime: createExtensionRuntime,
      now: () => performance.now(),
      heapMB,
      onMeasured: async (data) => port.postMessage({ event: 'measured', data } satisfies FromWorker),
    }).handlers,
  );
});

// Requests wait for `init` (it comes first: messages keep their order).
serveHandlers(port, {
  'ml:status': async (d, s) => (await host)['ml:status'](d, s),
  'ml:classify': async (d, s) => (await host)['ml:classify'](d, s),
  'ml:embed': async (d, s) => (await host)['ml:embed'](d, s),
  'ml:perf': async (d, s) => (await host)['ml:perf'](d, s),
});
