/**
 * The models' document's side of its two model workers (model-worker.ts): the fast one runs the
 * student, the accurate one the teacher (refining, embeddings), each on its own thread. The fast
 * worker loads first and, for 'auto' without a remembered pick, measures the backends; the accurate
 * one is then started on the backend the fast one chose, so one measurement serves both. Every `ml:`
 * message is routed (tier-router.ts); a fresh measurement goes on to the service worker. Should a
 * worker die, what it was asked fails (the labeller keeps the events and asks again); a dead fast
 * worker's requests go to the accurate one; the service worker recreates the document, and with it
 * the workers, when it next needs the models.
 */
import type { Handlers } from '../messaging/handlers';
import type { MlProtocol } from '../messaging/ml-protocol';
import type { OffscreenParams } from '../realtime/offscreen-params';
import { heapMB } from './heap';
import { routeTiers } from './tier-router';
import { relayHandlers, type Measured, type ToWorker, type WorkerReady } from './worker-rpc';

export interface ModelWorkers {
  fast: Worker;
  accurate: Worker;
}

function watch(worker: Worker, name: string, fail: (reason: string) => void, onDead: () => void): void {
  worker.addEventListener('error', (e: ErrorEvent) => {
    console.error(`[live-copilot] ${name} model worker failed:`, e.message);
    fail(`${name} model worker failed: ${e.message || 'unknown error'}`);
    onDead();
  });
}

export function startModelWorkers(workers: ModelWorkers, params: OffscreenParams, onMeasured: (m: Measured) => void, now: () => number = () => performance.now()): { handlers: Handlers<MlProtocol> } {
  const t0 = now();
  let accurateReadyMs: number | null = null;
  let fastReady: (r: WorkerReady | null) => void = () => {};
  const fastLoaded = new Promise<WorkerReady | null>((ok) => (fastReady = ok));
  let fastDead = false;

  const fast = relayHandlers(workers.fast, { onMeasured, onReady: (r) => fastReady(r) });
  const accurate = relayHandlers(workers.accurate, { onMeasured, onReady: () => (accurateReadyMs = Math.round(now() - t0)) });
  watch(workers.fast, 'fast', fast.fail, () => ((fastDead = true), fastReady(null)));
  watch(workers.accurate, 'accurate', accurate.fail, () => undefined);

  workers.fast.postMessage({ init: { ...params, role: 'fast' } } satisfies ToWorker);
  // The accurate worker takes the fast one's backend; where the fast one has none, the choice as given.
  void fastLoaded.then((r) => {
    const init = r?.backend ? { choice: r.backend } : params;
    workers.accurate.postMessage({ init: { ...init, role: 'accurate' } } satisfies ToWorker);
  });

  const handlers = routeTiers({
    fast: fast.handlers,
    accurate: accurate.handlers,
    fastServes: async () => !fastDead && ((await fastLoaded)?.tiers.includes('fast') ?? false),
    choice: params.choice,
    accurateReadyMs: () => accurateReadyMs,
  });
  return {
    handlers: {
      ...handlers,
      // The document's own heap beside the workers' (theirs are null where Chromium does not expose them).
      'ml:perf': async (d, s) => ({ ...(await handlers['ml:perf'](d, s)), documentHeapMB: heapMB() ?? null }),
    },
  };
}
