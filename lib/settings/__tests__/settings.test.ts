import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, getSettings, normaliseSettings, saveSettings } from '../settings';

describe('settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('falls back to defaults for missing or unknown values', () => {
    expect(normaliseSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(normaliseSettings({ mlBackend: 'tpu' })).toEqual(DEFAULT_SETTINGS);
    expect(normaliseSettings({ mlBackend: 'wasm', uiLang: 'zh' })).toEqual({ mlBackend: 'wasm', uiLang: 'zh' });
  });

  it('saves and reads back through storage.local', async () => {
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
    await saveSettings({ mlBackend: 'cpu' });
    expect(await getSettings()).toEqual({ ...DEFAULT_SETTINGS, mlBackend: 'cpu' });
  });
});
