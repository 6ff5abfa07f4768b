/**
 * Backend selection: 'auto' tries webgl, then wasm, then cpu, and reports which one runs and why
 * an earlier one was skipped (shown to the user as the model status).
 */
import * as tf from '@tensorflow/tfjs';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import type { MlBackend, MlBackendChoice } from '../labels';

export interface BackendResult { backend: MlBackend; notes: string[] }

/** Where the wasm backend finds tfjs-backend-wasm*.wasm (a URL prefix ending in '/', or a file map). */
export type WasmPaths = string | Record<string, string>;

export async function selectBackend(choice: MlBackendChoice, wasmPaths?: WasmPaths): Promise<BackendResult> {
  const order: MlBackend[] = choice === 'auto' ? ['webgl', 'wasm', 'cpu'] : [choice];
  if (choice !== 'auto' && choice !== 'cpu') order.push('cpu');
  const notes: string[] = [];
  if (wasmPaths) setWasmPaths(wasmPaths);
  for (const b of order) {
    try {
      if (!tf.findBackendFactory(b)) throw new Error('not registered in this environment');
      const ok = await tf.setBackend(b);
      if (!ok) throw new Error('initialisation failed');
      await tf.ready();
      // A tiny op proves the backend really executes (webgl can register yet fail on first use).
      const probe = tf.tidy(() => tf.add(tf.scalar(1), tf.scalar(1)));
      const v = (await probe.data())[0];
      probe.dispose();
      if (v !== 2) throw new Error('probe returned a wrong result');
      return { backend: b, notes };
    } catch (e) {
      notes.push(`${b} unavailable: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  throw new Error(notes.join('; '));
}
