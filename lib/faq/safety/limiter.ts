/**
 * The send limiter: a pure record of past sends and the rule that decides whether one more may
 * go now. Limits (all must allow it):
 *  - global cooldown: no two auto-replies closer than `globalMs`, whatever stream they go to;
 *  - per-user cooldown: one asker gets at most one reply per `userMs` in a stream;
 *  - per-entry cooldown: one FAQ entry is posted at most once per `entryMs` in a stream (a second
 *    asker inside it gets none: the first reply is still on screen);
 *  - per-platform rate: at most `rate[platform].max` sends in any window of `windowMs`.
 * Clocks may jump (a laptop waking up, a test's fake clock): every limit is checked in both
 * directions of time, so no interval of the timeline ever holds more than a limit allows.
 */
import type { PlatformId } from '../../events/live-event';

export interface RateLimit {
  max: number;
  windowMs: number;
}

export interface LimiterConfig {
  globalMs: number;
  userMs: number;
  entryMs: number;
  rate: Record<PlatformId, RateLimit>;
}

/**
 * Conservative defaults: a handful of bot messages per minute is what the platforms tolerate from
 * a normal account before hiding or rate-limiting it (Twitch allows 20 per 30 s for non-moderators,
 * YouTube and TikTok hide fast repeats; Douyin and Kuaishou flag accounts that post often).
 */
export const DEFAULT_RATES: Record<PlatformId, RateLimit> = {
  youtube: { max: 4, windowMs: 60_000 },
  twitch: { max: 6, windowMs: 60_000 },
  tiktok: { max: 3, windowMs: 60_000 },
  kick: { max: 5, windowMs: 60_000 },
  whatnot: { max: 4, windowMs: 60_000 },
  amazon: { max: 3, windowMs: 60_000 },
  douyin: { max: 3, windowMs: 60_000 },
  taobao: { max: 3, windowMs: 60_000 },
  kuaishou: { max: 3, windowMs: 60_000 },
};

export const DEFAULT_LIMITS: LimiterConfig = { globalMs: 5_000, userMs: 120_000, entryMs: 30_000, rate: DEFAULT_RATES };

export interface SendRecord {
  ts: number;
  streamId: number;
  platform: PlatformId;
  /** Asker name, lowercased (empty when unknown). */
  asker: string;
  entryId: string;
}

export type LimitReason = 'global-cooldown' | 'user-cooldown' | 'entry-cooldown' | 'rate-limit';

export type LimitDecision = { ok: true } | { ok: false; reason: LimitReason; /** When it could go instead (best effort). */ retryAt: number };

const near = (a: number, b: number, ms: number) => Math.abs(a - b) < ms;

/** Whether `req` may be sent at `now` given the past sends. */
export function checkLimits(history: readonly SendRecord[], req: Omit<SendRecord, 'ts'>, now: number, cfg: LimiterConfig): LimitDecision {
  const clash = (ms: number, same: (s: SendRecord) => boolean): number | null => {
    let until: number | null = null;
    for (const s of history) if (same(s) && near(s.ts, now, ms)) until = Math.max(until ?? -Infinity, s.ts + ms);
    return until;
  };
  const g = clash(cfg.globalMs, () => true);
  if (g !== null) return { ok: false, reason: 'global-cooldown', retryAt: g };
  const asker = req.asker.toLowerCase();
  if (asker) {
    const u = clash(cfg.userMs, (s) => s.streamId === req.streamId && s.asker === asker);
    if (u !== null) return { ok: false, reason: 'user-cooldown', retryAt: u };
  }
  const e = clash(cfg.entryMs, (s) => s.streamId === req.streamId && s.entryId === req.entryId);
  if (e !== null) return { ok: false, reason: 'entry-cooldown', retryAt: e };
  const r = cfg.rate[req.platform];
  // Any window of `windowMs` that would hold this send lies inside (now − w, now + w).
  const inWindow = history.filter((s) => s.platform === req.platform && near(s.ts, now, r.windowMs));
  if (r.max <= 0 || inWindow.length >= r.max) {
    const oldest = Math.min(...inWindow.map((s) => s.ts), now);
    return { ok: false, reason: 'rate-limit', retryAt: Math.max(now, oldest + r.windowMs) };
  }
  return { ok: true };
}

/** History without sends too old to matter for any limit (keeps the state small). */
export function pruneHistory(history: readonly SendRecord[], now: number, cfg: LimiterConfig): SendRecord[] {
  const span = Math.max(cfg.globalMs, cfg.userMs, cfg.entryMs, ...Object.values(cfg.rate).map((r) => r.windowMs));
  return history.filter((s) => s.ts > now - span);
}
