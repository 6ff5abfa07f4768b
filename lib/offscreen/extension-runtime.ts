import * as tf from '@tensorflow/tfjs';
import { browser } from 'wxt/browser';
import { createExtensionMlRuntime } from '../ml/extension-runtime';
import type { MlBackendChoice } from '../ml/labels';
import type { MlRuntime } from '../ml/runtime';
import { normaliseSettings } from '../settings/settings';

// The threaded wasm build needs cross-origin isolation an extension page does not have: with it,
// setBackend('wasm') never settles. The single-threaded SIMD build works.
tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);

/** The backend the worker chose, from the document's URL (?backend=…): offscreen documents get no storage. */
export const backendFromUrl = (search: string): MlBackendChoice =>
  normaliseSettings({ mlBackend: new URLSearchParams(search).get('backend') }).mlBackend;

export function createExtensionRuntime(backend: MlBackendChoice): MlRuntime {
  return createExtensionMlRuntime((path) => browser.runtime.getURL(`/${path}` as '/offscreen.html'), backend);
}
