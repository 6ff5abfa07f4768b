/**
 * Normalisers for the FAQ auto-answer's settings (one line each in lib/settings/settings.ts):
 * stored values are untrusted, so anything malformed falls back to the default.
 */
import { PLATFORMS, type PlatformId } from '../events/live-event';
import { DEFAULT_RATES } from './safety/limiter';

export const numberIn =
  (min: number, max: number, fallback: number) =>
  (v: unknown): number =>
    typeof v === 'number' && Number.isFinite(v) ? Math.min(max, Math.max(min, v)) : fallback;

export const flag =
  (fallback: boolean) =>
  (v: unknown): boolean =>
    typeof v === 'boolean' ? v : fallback;

/** A list of short strings (banned words, bot names); a non-list falls back to the default. */
export const stringList =
  (fallback: readonly string[]) =>
  (v: unknown): string[] =>
    Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string').map((x) => x.slice(0, 200)).slice(0, 2000) : [...fallback];

/** Replies per minute per platform (0 = never auto-send there). */
export const ratesPerMinute = (v: unknown): Record<PlatformId, number> => {
  const r = (v && typeof v === 'object' ? v : {}) as Record<string, unknown>;
  return Object.fromEntries(PLATFORMS.map((p) => [p, numberIn(0, 30, DEFAULT_RATES[p].max)(r[p])])) as Record<PlatformId, number>;
};
