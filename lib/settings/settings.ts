import { browser } from 'wxt/browser';
import type { MlBackendChoice } from '../ml/labels';

/** User settings, kept in storage.local (small, synchronous to read, shared by every context). */
export interface Settings {
  mlBackend: MlBackendChoice;
}

export const DEFAULT_SETTINGS: Settings = { mlBackend: 'auto' };
const BACKENDS: readonly MlBackendChoice[] = ['auto', 'webgl', 'wasm', 'cpu'];

/** Stored values are untrusted (older versions, hand edits): anything unknown falls back to the default. */
export function normaliseSettings(raw: unknown): Settings {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const backend = BACKENDS.find((b) => b === r.mlBackend) ?? DEFAULT_SETTINGS.mlBackend;
  return { mlBackend: backend };
}

export async function getSettings(): Promise<Settings> {
  const { settings } = await browser.storage.local.get('settings');
  return normaliseSettings(settings);
}

export async function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = normaliseSettings({ ...(await getSettings()), ...patch });
  await browser.storage.local.set({ settings: next });
  return next;
}
