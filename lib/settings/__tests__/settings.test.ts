import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, getSettings, normaliseSettings, saveSettings } from '../settings';

describe('settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('falls back to defaults for missing or unknown values', () => {
    expect(normaliseSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(normaliseSettings({ mlBackend: 'tpu' })).toEqual(DEFAULT_SETTINGS);
    expect(normaliseSettings({ mlBackend: 'wasm', uiLang: 'zh' })).toEqual({ ...DEFAULT_SETTINGS, mlBackend: 'wasm', uiLang: 'zh' });
  });

  it('keeps FAQ auto-answer settings in range (suggest mode and a clear kill switch by default)', () => {
    expect(DEFAULT_SETTINGS).toMatchObject({ faqMode: 'suggest', faqKillSwitch: false });
    const s = normaliseSettings({ faqMode: 'yolo', faqThreshold: 7, faqUserCooldownS: -3, faqRatePerMin: { twitch: 12, youtube: 'x' }, faqBannedWords: ['a', 3, 'b'], faqKillSwitch: 'yes' });
    expect(s).toMatchObject({ faqMode: 'suggest', faqThreshold: 1, faqUserCooldownS: 0, faqBannedWords: ['a', 'b'], faqKillSwitch: false });
    expect(s.faqRatePerMin).toMatchObject({ twitch: 12, youtube: DEFAULT_SETTINGS.faqRatePerMin.youtube });
  });

  it('saves and reads back through storage.local', async () => {
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
    await saveSettings({ mlBackend: 'cpu' });
    expect(await getSettings()).toEqual({ ...DEFAULT_SETTINGS, mlBackend: 'cpu' });
  });
});
