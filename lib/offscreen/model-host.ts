/**
 * The offscreen document's models: for 'auto' without a still-valid measurement it first measures
 * the backends (lib/realtime/backend-bench.ts) and reports the result for the worker to keep; then
 * it loads the models once on the chosen backend and answers label and embedding requests through
 * the label service (cache, tiers). Requests made meanwhile wait for the models.
 */
import type { Handlers } from '../messaging/handlers';
import type { MlProtocol, OffscreenPerf } from '../messaging/ml-protocol';
import type { MlBackend, MlBackendChoice, MlStatus } from '../ml/labels';
import type { RuntimePurpose } from '../ml/platform/extension-runtime';
import type { MlRuntime } from '../ml/runtime';
import { measureBackends } from '../realtime/backend-bench';
import type { BackendTrial } from '../realtime/backend-choice';
import { createLabelService, type LabelService } from '../realtime/label-service';
import type { LabelTier, TierName } from '../realtime/tiers';
import type { OffscreenParams } from '../realtime/offscreen-params';

export interface ModelHostOptions extends OffscreenParams {
  /**
   * 'measure': a runtime for one trial of the backend measurement (it need not load the sentence
   * encoder); 'fast' / 'accurate': one tier's models alone (see `role`).
   */
  makeRuntime(backend: MlBackendChoice, purpose?: RuntimePurpose): MlRuntime;
  /**
   * The tier this host runs, each in its own model worker so that the student's first labels never
   * queue behind a teacher batch (refining, embeddings) on one thread. Absent: both tiers.
   */
  role?: TierName;
  now(): number;
  /** A fresh measurement, for the worker to keep (storage) and the options page to show. */
  onMeasured?(m: { picked: MlBackend; reference: MlBackend; trials: BackendTrial[]; ms: number }): Promise<void>;
  /** JS heap in use (Chromium's performance.memory), MB. */
  heapMB?(): number | undefined;
}

/** "auto: wasm, fastest that agrees (wasm 152/s, webgl 7/s, cpu 8/s)", with why a backend was left out. */
export function describeMeasurement(picked: MlBackend, trials: readonly BackendTrial[]): string {
  const speeds = trials.filter((t) => t.itemsPerSec !== undefined).map((t) => `${t.backend} ${Math.round(t.itemsPerSec ?? 0)}/s`);
  const out = trials.filter((t) => !t.ok).map((t) => `${t.backend} ${t.itemsPerSec === undefined ? 'unavailable' : 'left out'}: ${t.error ?? 'failed'}`);
  return [`auto: ${picked}, fastest that agrees${speeds.length ? ` (${speeds.join(', ')})` : ''}`, ...out].join('; ');
}

export function createModelHost(o: ModelHostOptions) {
  let runtime: MlRuntime | null = null;
  let service: LabelService | null = null;
  let measuring = false;
  let loadMs: number | null = null;
  let accurateLoadMs: number | null = null;
  let measureMs: number | null = null;
  let backend: MlBackendChoice = o.choice;
  // What 'auto' did, for the status line (the options page shows the full figures).
  let autoNote: string | null = o.choice === 'auto' && o.picked ? `auto: ${o.picked}, measured fastest here earlier` : null;

  async function measure(): Promise<MlBackend> {
    measuring = true;
    try {
      const m = await measureBackends({ makeRuntime: o.makeRuntime, now: o.now });
      measureMs = m.ms;
      autoNote = describeMeasurement(m.picked, m.trials);
      await o.onMeasured?.(m).catch((e: unknown) => console.warn('[live-copilot] backend measurement not kept', e));
      return m.picked;
    } finally {
      measuring = false;
    }
  }

  async function load(b: MlBackendChoice): Promise<MlRuntime> {
    const rt = o.makeRuntime(b, o.role);
    const t0 = o.now();
    await rt.init();
    loadMs = Math.round(o.now() - t0);
    // With a student, init resolves once it can label; the sentence encoder and heads load after.
    void rt.accurateReady().then(() => { accurateLoadMs = Math.round(o.now() - t0); });
    return rt;
  }

  const ready = (async () => {
    if (o.choice === 'auto') backend = o.picked ?? (await measure());
    let rt = await load(backend);
    // The remembered pick no longer starts (a GPU went away): measure again rather than fall back blindly.
    if (o.choice === 'auto' && o.picked && rt.status().backend !== o.picked) {
      rt.dispose();
      backend = await measure();
      rt = await load(backend);
    }
    runtime = rt;
    const tiers: Partial<Record<TierName, LabelTier>> = {};
    if (o.role !== 'fast') tiers.accurate = { name: 'accurate', classify: (texts) => rt.classify(texts) };
    if (o.role !== 'accurate' && rt.has('fast')) tiers.fast = { name: 'fast', classify: (texts) => rt.classify(texts, 'fast') };
    service = createLabelService(tiers);
  })();

  const status = (): MlStatus => {
    if (!runtime) return { state: 'loading', models: [], ...(measuring ? { message: 'measuring which backend is fastest here' } : {}) };
    const st = runtime.status();
    const message = [autoNote, st.message].filter(Boolean).join('; ');
    return message ? { ...st, message } : st;
  };

  const handlers: Handlers<MlProtocol> = {
    'ml:status': status,
    async 'ml:classify'({ texts, tier }) {
      await ready;
      return (service as LabelService).classify(texts, tier);
    },
    async 'ml:embed'({ texts, glossZh }) {
      await ready;
      return (runtime as MlRuntime).embed(texts, { glossZh: glossZh === true });
    },
    'ml:perf'(): OffscreenPerf {
      return { choice: o.choice, backend: runtime?.status().backend ?? null, measuring, measureMs, loadMs, accurateLoadMs, heapMB: o.heapMB?.() ?? null, labels: service?.stats() ?? null };
    },
  };
  /** The tiers this host answers for, once loaded (the fast host without a student: none). */
  const tiersServed = async (): Promise<TierName[]> => {
    await ready;
    return service?.stats().tiers ?? [];
  };
  return { handlers, ready, tiersServed, backend: () => runtime?.status().backend ?? null };
}
