import { browser } from 'wxt/browser';
import type { MlBackendChoice } from '../ml/labels';

export type UiLangChoice = 'auto' | 'en' | 'zh';

/** User settings, kept in storage.local (small, synchronous to read, shared by every context). */
export interface Settings {
  mlBackend: MlBackendChoice;
  /** UI language: 'auto' follows the browser's language. */
  uiLang: UiLangChoice;
}

/**
 * One normaliser per field: stored values are untrusted (older versions, hand edits), so anything
 * unknown falls back to that field's default. Add a setting by adding its line here.
 */
const oneOf =
  <T extends string>(values: readonly T[], fallback: T) =>
  (v: unknown): T =>
    values.find((x) => x === v) ?? fallback;

const FIELDS: { [K in keyof Settings]: (v: unknown) => Settings[K] } = {
  mlBackend: oneOf<MlBackendChoice>(['auto', 'webgl', 'wasm', 'cpu'], 'auto'),
  uiLang: oneOf<UiLangChoice>(['auto', 'en', 'zh'], 'auto'),
};

export function normaliseSettings(raw: unknown): Settings {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  return Object.fromEntries(Object.entries(FIELDS).map(([k, norm]) => [k, norm(r[k])])) as unknown as Settings;
}

export const DEFAULT_SETTINGS: Settings = normaliseSettings({});

export async function getSettings(): Promise<Settings> {
  const { settings } = await browser.storage.local.get('settings');
  return normaliseSettings(settings);
}

export async function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = normaliseSettings({ ...(await getSettings()), ...patch });
  await browser.storage.local.set({ settings: next });
  return next;
}

/** Calls back with the new settings whenever any context saves them. */
export function watchSettings(cb: (s: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && changes.settings) cb(normaliseSettings(changes.settings.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
