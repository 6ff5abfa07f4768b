import * as tf from '@tensorflow/tfjs';
import { browser } from 'wxt/browser';
import { compareBackends, type AgreementReport } from '../ml/platform/backend-agreement';
import type { MlBackend } from '../ml/labels';
import { loadTinyTransformer } from '../ml/tiny-transformer';
import { chunk, timeBatches, type TimingStats } from '../../bench/ml/timing';
import { createExtensionRuntime } from './extension-runtime';

export interface BenchRow extends TimingStats {
  model: string;
  backend: string;
  batch: number;
  loadMs: number;
  /** JS heap after the run (Chromium's performance.memory), MB. */
  heapMB?: number;
  /** Bytes held by tfjs tensors after the run, MB. */
  tensorMB?: number;
  note?: string;
}

const heapMB = () => {
  const m = (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory;
  return m ? Math.round(m.usedJSHeapSize / 1e5) / 10 : undefined;
};
const url = (p: string) => browser.runtime.getURL(p as '/model-lab.html');

/**
 * Runs the shipped models inside the extension, exactly as the offscreen document does, for the
 * benchmark and the backend-agreement check (both drive this page from Playwright).
 */
export function createModelLab() {
  return {
    agreement(texts: string[], tolerance?: number): Promise<AgreementReport> {
      return compareBackends((b) => createExtensionRuntime(b), 'webgl', 'cpu', texts, tolerance);
    },

    /** Both tfjs tiers as the offscreen document loads them: the student first, the accurate tier after it. */
    async benchTfjs(backend: MlBackend, texts: string[], batches: number[], runsPerBatch: number): Promise<BenchRow[]> {
      const rt = createExtensionRuntime(backend);
      const t0 = performance.now();
      const st = await rt.init();
      const loadMs = Math.round(performance.now() - t0);
      if (st.state !== 'ready' || st.backend !== backend) {
        rt.dispose();
        return [{ model: 'student (fast tier)', backend, batch: 0, loadMs, runs: 0, meanMs: 0, p50Ms: 0, p95Ms: 0, minMs: 0, maxMs: 0, itemsPerSec: 0, note: `did not start: ${st.message ?? st.backend}` }];
      }
      const rows: BenchRow[] = [];
      const tiers = [
        { tier: 'fast' as const, model: 'student (fast tier)', ready: async () => loadMs },
        { tier: 'accurate' as const, model: 'tfjs heads + USE-lite (accurate tier)', ready: async () => { await rt.accurateReady(); return Math.round(performance.now() - t0); } },
      ];
      for (const t of tiers) {
        if (!rt.has(t.tier)) continue;
        const tierLoadMs = await t.ready();
        for (const size of batches) {
          const stats = await timeBatches((b: string[]) => rt.classify(b, t.tier), chunk(texts, size).slice(0, runsPerBatch), () => performance.now(), 1);
          rows.push({ model: t.model, backend, batch: size, loadMs: tierLoadMs, heapMB: heapMB(), tensorMB: Math.round(tf.memory().numBytes / 1e5) / 10, ...stats });
        }
      }
      rt.dispose();
      return rows;
    },

    /** A transformers.js model from the bench build's models/local/ (chat-tiny; chat-tiny-student: the distilled one). */
    async benchTransformersJs(texts: string[], batches: number[], runsPerBatch: number, name = 'chat-tiny'): Promise<BenchRow[]> {
      const t0 = performance.now();
      const tiny = await loadTinyTransformer({ localModelPath: url('/models/local/'), wasmPaths: url('/ort/'), name });
      const loadMs = Math.round(performance.now() - t0);
      const rows: BenchRow[] = [];
      for (const size of batches) {
        const stats = await timeBatches((b: string[]) => tiny.scores(b), chunk(texts, size).slice(0, runsPerBatch), () => performance.now(), 1);
        rows.push({ model: `transformers.js ${name} (ONNX)`, backend: 'wasm (onnxruntime-web)', batch: size, loadMs, heapMB: heapMB(), ...stats });
      }
      return rows;
    },
  };
}

export type ModelLab = ReturnType<typeof createModelLab>;
