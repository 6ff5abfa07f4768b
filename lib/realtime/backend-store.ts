/**
 * Where 'auto' keeps its measurement: storage.local (the worker writes it, the options page reads
 * it; the offscreen document has no storage and learns the pick from its URL).
 */
import { browser } from 'wxt/browser';
import { MEASUREMENT_KEY as KEY, type BackendMeasurement, type MeasureKey } from './backend-choice';

/** This browser build and extension version: a change of either means measuring again. */
export function currentMeasureKey(): MeasureKey {
  return { userAgent: navigator.userAgent, version: browser.runtime.getManifest().version };
}

export async function loadMeasurement(): Promise<BackendMeasurement | null> {
  const got = (await browser.storage.local.get(KEY))[KEY] as BackendMeasurement | undefined;
  return got && typeof got === 'object' && typeof got.picked === 'string' && Array.isArray(got.trials) ? got : null;
}

export async function saveMeasurement(m: BackendMeasurement): Promise<void> {
  await browser.storage.local.set({ [KEY]: m });
}

export async function clearMeasurement(): Promise<void> {
  await browser.storage.local.remove(KEY);
}

/** Calls back with the stored measurement whenever it changes (null: cleared). */
export function watchMeasurement(cb: (m: BackendMeasurement | null) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && KEY in changes) cb((changes[KEY]?.newValue as BackendMeasurement | undefined) ?? null);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
