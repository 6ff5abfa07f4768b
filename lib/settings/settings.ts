import { browser } from 'wxt/browser';
import type { MlBackendChoice } from '../ml/labels';
import type { PlatformId } from '../events/live-event';
import { FAQ_MODES, type FaqMode } from '../faq/types';
import { DEFAULT_MATCH } from '../faq/match/params';
import { DEFAULT_BANNED_WORDS } from '../faq/safety/banned-words';
import { DEFAULT_BOTS } from '../faq/safety/authors';
import { flag, numberIn, ratesPerMinute, stringList } from '../faq/settings-fields';

export type UiLangChoice = 'auto' | 'en' | 'zh';

/** User settings, kept in storage.local (small, synchronous to read, shared by every context). */
export interface Settings {
  mlBackend: MlBackendChoice;
  /** UI language: 'auto' follows the browser's language. */
  uiLang: UiLangChoice;
  /** FAQ auto-answer (lib/faq): the mode a new stream starts in (each stream can change its own). */
  faqMode: FaqMode;
  /** Global match confidence threshold 0..1 (an entry's own threshold wins). */
  faqThreshold: number;
  /** Cooldowns in seconds: any two replies; one asker; one FAQ entry (per stream). */
  faqGlobalCooldownS: number;
  faqUserCooldownS: number;
  faqEntryCooldownS: number;
  /** Replies per minute allowed per platform. */
  faqRatePerMin: Record<PlatformId, number>;
  /** Checked before every send: one term per entry, "!term" for an exception. */
  faqBannedWords: string[];
  /** Chat accounts never answered (bots). */
  faqBots: string[];
  /** The user's own chat account names (never answered). */
  faqSelfNames: string[];
  /** Kill switch: while on, nothing is auto-sent or sent on approval. */
  faqKillSwitch: boolean;
  /** How long to wait for a sent reply to show up in chat, in seconds. */
  faqConfirmTimeoutS: number;
  /** Auto mode answers only questions at most this old, in seconds. */
  faqMaxAgeS: number;
  /**
   * The longest a labelled comment waits for the accurate model's labels before the question queue,
   * summary and FAQ take the fast model's (seconds; lib/realtime/hand-on.ts). No options control:
   * an advanced knob (a test that compares the popup with `npm run summary` sets it high).
   */
  questionWaitS: number;
  /** Retention (lib/retention): delete finished streams older than this many days (0: keep). */
  retentionDays: number;
  /** Retention: delete the oldest finished streams while the data is larger than this many MB (0: no cap). */
  retentionMB: number;
  /** When the browser's storage is full: delete the oldest finished stream to make room. */
  pruneWhenFull: boolean;
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
  faqMode: oneOf<FaqMode>(FAQ_MODES, 'suggest'),
  faqThreshold: numberIn(0, 1, DEFAULT_MATCH.threshold),
  faqGlobalCooldownS: numberIn(0, 3600, 5),
  faqUserCooldownS: numberIn(0, 3600, 120),
  faqEntryCooldownS: numberIn(0, 3600, 30),
  faqRatePerMin: ratesPerMinute,
  faqBannedWords: stringList(DEFAULT_BANNED_WORDS),
  faqBots: stringList(DEFAULT_BOTS),
  faqSelfNames: stringList([]),
  faqKillSwitch: flag(false),
  faqConfirmTimeoutS: numberIn(2, 60, 10),
  faqMaxAgeS: numberIn(5, 3600, 60),
  questionWaitS: numberIn(1, 3600, 3),
  retentionDays: numberIn(0, 3650, 0),
  retentionMB: numberIn(0, 1_000_000, 0),
  pruneWhenFull: flag(true),
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
