import * as tf from '@tensorflow/tfjs';
import { createExtensionMlRuntime, type RuntimePurpose } from '../ml/platform/extension-runtime';
import type { MlBackendChoice } from '../ml/labels';
import type { MlRuntime } from '../ml/runtime';

// The threaded wasm build needs cross-origin isolation an extension page does not have: with it,
// setBackend('wasm') never settles. The single-threaded SIMD build works.
tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);

/**
 * A file of the extension package by path. Computed from this context's own origin rather than
 * browser.runtime.getURL, which a Web Worker does not have (the model worker's origin is the
 * extension's: chrome-extension://<id>, moz-extension://<uuid>).
 */
export const extensionURL = (path: string): string => new URL(`/${path}`, globalThis.location.origin).href;

export function createExtensionRuntime(backend: MlBackendChoice, purpose?: RuntimePurpose): MlRuntime {
  return createExtensionMlRuntime(extensionURL, backend, purpose);
}
