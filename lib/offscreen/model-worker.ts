/**
 * A model worker: a dedicated Web Worker the models' (offscreen) document starts, so that tfjs
 * batches run off the extension's renderer main thread, which the side panel shares. The document
 * starts two, one per tier (model-relay.ts). Each hosts its tier's models (model-host.ts: 'auto'
 * measurement, label service) and answers the document's relayed `ml:` requests (worker-rpc.ts). The
 * document tells it the backend choice and its tier first (`init`): a worker has no URL query of its own.
 */
import type { Handlers } from '../messaging/handlers';
import type { MlProtocol } from '../messaging/ml-protocol';
import { createExtensionRuntime } from './extension-runtime';
import { heapMB } from './heap';
import { createModelHost } from './model-host';
import { serveHandlers, type FromWorker, type RpcPort, type ToWorker } from './worker-rpc';

const port = globalThis as unknown as RpcPort;
let current: Handlers<MlProtocol> | null = null;
let started: (h: Handlers<MlProtocol>) => void = () => {};
const host = new Promise<Handlers<MlProtocol>>((ok) => (started = ok));

port.addEventListener('message', (e: MessageEvent) => {
  const m = e.data as ToWorker;
  if (!('init' in m)) return;
  const h = createModelHost({
    ...m.init,
    makeRuntime: createExtensionRuntime,
    now: () => performance.now(),
    heapMB,
    onMeasured: async (data) => port.postMessage({ event: 'measured', data } satisfies FromWorker),
  });
  current = h.handlers;
  started(h.handlers);
  // The document routes by what loaded: without a student, fast requests go to the accurate worker.
  void h.tiersServed().then(
    (tiers) => port.postMessage({ event: 'ready', data: { tiers, backend: h.backend() } } satisfies FromWorker),
    () => port.postMessage({ event: 'ready', data: { tiers: [], backend: null } } satisfies FromWorker),
  );
});

// Requests wait for `init` (it comes first: messages keep their order), except status: the accurate
// worker is told to start only once the fast one has loaded, and until then it is loading.
serveHandlers(port, {
  'ml:status': async (d, s) => (current ? current['ml:status'](d, s) : { state: 'loading', models: [] }),
  'ml:classify': async (d, s) => (await host)['ml:classify'](d, s),
  'ml:embed': async (d, s) => (await host)['ml:embed'](d, s),
  'ml:perf': async (d, s) => (await host)['ml:perf'](d, s),
});
