import * as tf from '@tensorflow/tfjs';
import { browser } from 'wxt/browser';
import { createExtensionMlRuntime } from '../ml/platform/extension-runtime';
import type { MlBackendChoice } from '../ml/labels';
import type { MlRuntime } from '../ml/runtime';

// The threaded wasm build needs cross-origin isolation an extension page does not have: with it,
// setBackend('wasm') never settles. The single-threaded SIMD build works.
tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);

/** JS heap in use in this document (Chromium's performance.memory), MB. */
export function heapMB(): number | undefined {
  const m = (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory;
  return m ? Math.round(m.usedJSHeapSize / 1e5) / 10 : undefined;
}

export function createExtensionRuntime(backend: MlBackendChoice, purpose?: 'measure'): MlRuntime {
  return createExtensionMlRuntime((path) => browser.runtime.getURL(`/${path}` as '/offscreen.html'), backend, purpose);
}
