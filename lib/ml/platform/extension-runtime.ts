/**
 * Wiring for the offscreen document: builds the runtime with a loader over the extension's own files.
 * `getURL` is browser.runtime.getURL, injected so this module never touches `browser.*` itself.
 */
import type { LoadAsset } from './asset-io';
import type { MlBackendChoice } from '../labels';
import type { TierName } from '../../realtime/tiers';
import { fastTextLid, type LanguageIdentifier } from '../features/lid';
import { createMlRuntime, type MlRuntime } from '../runtime';

const TEXT = /\.(json|txt)$/;

/** Reads `models/<path>` from the extension package; never the network (getURL is extension-local). */
export function extensionLoadAsset(getURL: (path: string) => string, fetchFn: typeof fetch = fetch): LoadAsset {
  return async (path: string) => {
    const res = await fetchFn(getURL(`models/${path}`));
    if (!res.ok) throw new Error(`models/${path}: HTTP ${res.status}`);
    // JSON is decoded as UTF-8 explicitly: the USE vocabulary breaks under any other charset.
    return TEXT.test(path) ? new TextDecoder('utf-8').decode(await res.arrayBuffer()) : res.arrayBuffer();
  };
}

/**
 * What one runtime loads. 'fast': the student alone (the fast model worker); 'accurate': USE-lite, the
 * heads and the student blended into them (the accurate model worker: refining and embeddings); 'measure': the student, for
 * one trial of the backend measurement. Absent: both, the student first and the accurate tier right
 * after it (the model lab page, which times both tiers in one context).
 */
export type RuntimePurpose = 'measure' | TierName;

export function createExtensionMlRuntime(getURL: (path: string) => string, backend: MlBackendChoice = 'auto', purpose?: RuntimePurpose): MlRuntime {
  return createMlRuntime({
    loadAsset: extensionLoadAsset(getURL),
    backend,
    fast: purpose !== 'accurate',
    accurate: purpose === 'measure' || purpose === 'fast' ? 'off' : purpose === 'accurate' ? 'eager' : 'lazy',
    // The labeller sends up to 256 lines at a time; one call lets the encoder sort all of them by length.
    batchSize: 256,
    wasmPaths: getURL('tfjs/'),
    createLid: async (): Promise<LanguageIdentifier> => {
      const { getLIDModel } = await import('fasttext.wasm.js/common');
      return fastTextLid(await getLIDModel({ wasmPath: getURL('models/lid/fastText.common.wasm'), modelPath: getURL('models/lid/lid.176.ftz') }));
    },
  });
}
