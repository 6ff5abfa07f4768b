/**
 * The models' document runs each tier in its own model worker: on one thread the student's first
 * labels waited behind every teacher batch (refining, the question queue's embeddings), which put
 * capture → label p95 at 521 ms at 100 msg/s (bench 2026-11-29T1526). This routes each `ml:` request
 * to the worker that answers it and folds the two workers' status and figures into one, so the
 * service worker still sees one model service.
 */
import type { Handlers, Sender } from '../messaging/handlers';
import type { MlProtocol, OffscreenPerf } from '../messaging/ml-protocol';
import type { MlBackendChoice, MlStatus } from '../ml/labels';
import type { LabelServiceStats } from '../realtime/label-service';

export interface TierRoutes {
  fast: Handlers<MlProtocol>;
  accurate: Handlers<MlProtocol>;
  /**
   * Whether the fast worker labels (its student loaded); waits while it loads. False once it failed
   * or died: its requests go to the accurate worker, which labels them with the teacher.
   */
  fastServes(): Promise<boolean>;
  choice: MlBackendChoice;
  /** Since the document started: until the accurate worker was ready (null: not yet). */
  accurateReadyMs(): number | null;
}

const uniq = <T>(xs: T[]): T[] => [...new Set(xs)];

/** One status for both workers: ready when either can label; each model listed once, a failure kept. */
export function mergeStatus(fast: MlStatus | null, accurate: MlStatus | null): MlStatus {
  const all = [fast, accurate].filter((s): s is MlStatus => s !== null);
  const state = all.some((s) => s.state === 'ready') ? 'ready' : all.some((s) => s.state === 'loading') || all.length === 0 ? 'loading' : 'failed';
  const models = new Map<string, MlStatus['models'][number]>();
  for (const m of all.flatMap((s) => s.models)) {
    const seen = models.get(m.name);
    if (!seen || (seen.loaded && !m.loaded)) models.set(m.name, m);
  }
  const message = uniq(all.flatMap((s) => (s.message ? [s.message] : []))).join('; ');
  const backend = fast?.backend ?? accurate?.backend;
  return { state, ...(backend ? { backend } : {}), models: [...models.values()], ...(message ? { message } : {}) };
}

function mergeLabels(a: LabelServiceStats | null, b: LabelServiceStats | null): LabelServiceStats | null {
  if (!a || !b) return a ?? b;
  return {
    tiers: uniq([...b.tiers, ...a.tiers]),
    cache: { size: a.cache.size + b.cache.size, capacity: a.cache.capacity + b.cache.capacity, hits: a.cache.hits + b.cache.hits, misses: a.cache.misses + b.cache.misses },
  };
}

/** `loadMs`: until first labels (the fast worker's load, or the accurate one's without a student). */
export function mergePerf(fast: OffscreenPerf | null, accurate: OffscreenPerf, fastServes: boolean, choice: MlBackendChoice, accurateReadyMs: number | null): OffscreenPerf {
  const heaps = [fast?.heapMB, accurate.heapMB].filter((h): h is number => typeof h === 'number');
  return {
    choice,
    backend: fast?.backend ?? accurate.backend,
    measuring: (fast?.measuring ?? false) || accurate.measuring,
    measureMs: fast?.measureMs ?? accurate.measureMs,
    loadMs: fastServes ? (fast?.loadMs ?? null) : accurate.loadMs,
    accurateLoadMs: accurateReadyMs,
    heapMB: heaps.length ? Math.round(heaps.reduce((x, y) => x + y, 0) * 10) / 10 : null,
    workerHeapMB: { fast: fast?.heapMB ?? null, accurate: accurate.heapMB },
    labels: mergeLabels(fastServes ? (fast?.labels ?? null) : null, accurate.labels),
  };
}

export function routeTiers(r: TierRoutes): Handlers<MlProtocol> {
  const fastOr = async <T>(ask: (h: Handlers<MlProtocol>) => Promise<T> | T): Promise<T | null> => ((await r.fastServes()) ? ask(r.fast) : null);
  return {
    'ml:classify': async (d, s) => (d.tier === 'fast' && (await r.fastServes()) ? r.fast['ml:classify'](d, s) : r.accurate['ml:classify'](d, s)),
    'ml:embed': (d, s) => r.accurate['ml:embed'](d, s),
    // Status never waits for loading: both workers are asked at once.
    'ml:status': async (d, s: Sender) => {
      const [f, a] = await Promise.all([Promise.resolve(r.fast['ml:status'](d, s)).catch(() => null), Promise.resolve(r.accurate['ml:status'](d, s)).catch(() => null)]);
      return mergeStatus(f, a);
    },
    'ml:perf': async (d, s) => {
      const [f, a] = await Promise.all([fastOr((h) => h['ml:perf'](d, s)).catch(() => null), r.accurate['ml:perf'](d, s)]);
      return mergePerf(f, a, await r.fastServes(), r.choice, r.accurateReadyMs());
    },
  };
}
