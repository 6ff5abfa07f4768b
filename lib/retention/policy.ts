/**
 * Which streams' data to delete, and when (pure). Two rules the user sets in Options: keep streams
 * for N days, and keep the whole database under N MB; and one decision when a write hits the
 * browser's storage quota: delete the oldest finished stream to make room (if the user allows it).
 * A stream that may still be live (not ended and heard from within the session's silence window)
 * is never deleted: its events are the ones the user is watching.
 */
import { SILENCE_MS } from '../session/session';

export const DAY_MS = 24 * 60 * 60_000;
export const MB = 1024 * 1024;

export interface StreamFacts {
  id: number;
  startedAt: number;
  endedAt?: number;
  lastEventAt: number;
  eventCount: number;
}

export interface RetentionRules {
  /** Delete finished streams older than this many days (0: keep them). */
  days: number;
  /** Delete the oldest finished streams while the database is larger than this (0: no cap). */
  maxMB: number;
}

/** Not live: ended, or silent for longer than a session's silence window. */
export const isFinished = (s: StreamFacts, now: number): boolean => s.endedAt !== undefined || now - s.lastEventAt > SILENCE_MS;

const oldestFirst = (a: StreamFacts, b: StreamFacts) => a.startedAt - b.startedAt || a.id - b.id;

/**
 * Streams the rules delete, oldest first. `usageBytes` is what the browser reports for the
 * extension's storage; a stream's share of it is estimated by its share of the events.
 */
export function planRetention(streams: readonly StreamFacts[], rules: RetentionRules, now: number, usageBytes: number): number[] {
  const finished = streams.filter((s) => isFinished(s, now)).sort(oldestFirst);
  const out = new Set<number>();
  if (rules.days > 0) for (const s of finished) if ((s.endedAt ?? s.lastEventAt) < now - rules.days * DAY_MS) out.add(s.id);
  if (rules.maxMB > 0 && usageBytes > rules.maxMB * MB) {
    const total = streams.reduce((a, s) => a + s.eventCount, 0);
    const perEvent = total > 0 ? usageBytes / total : 0;
    let usage = usageBytes - finished.filter((s) => out.has(s.id)).reduce((a, s) => a + s.eventCount * perEvent, 0);
    for (const s of finished) {
      if (usage <= rules.maxMB * MB) break;
      if (out.has(s.id)) continue;
      out.add(s.id);
      usage -= s.eventCount * perEvent;
    }
  }
  return finished.filter((s) => out.has(s.id)).map((s) => s.id);
}

/**
 * The stream to delete when a write of `writing`'s events hit the quota: the oldest finished one
 * (never the stream being written), or none when the user keeps everything or nothing is finished.
 */
export function planQuotaPrune(streams: readonly StreamFacts[], writing: number, now: number, pruneWhenFull: boolean): number | undefined {
  if (!pruneWhenFull) return undefined;
  return streams.filter((s) => s.id !== writing && isFinished(s, now)).sort(oldestFirst)[0]?.id;
}

/** The browser's "storage full" error, bare or as Dexie wraps it (Dexie.QuotaExceededError, with `inner`). */
export function isQuotaError(e: unknown): boolean {
  for (let x: unknown = e, depth = 0; x && typeof x === 'object' && depth < 4; x = (x as { inner?: unknown }).inner, depth++) {
    if ((x as { name?: unknown }).name === 'QuotaExceededError') return true;
  }
  return false;
}
