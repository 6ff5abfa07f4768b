/**
 * One comment's auto-answer decision, pure: the matcher's outcome → reply text → who asked →
 * age → banned words → repeats → mode → kill switch → limits. The worker (worker/auto-answer.ts)
 * and the tests call exactly this; only matches are decided (a line no entry answers logs nothing).
 */
import type { AuthorRole, PlatformId } from '../events/live-event';
import type { MatchOutcome } from './match/matcher';
import { composeReply } from './reply/compose';
import { authorBlock, type AuthorBlock, type AuthorRules } from './safety/authors';
import { findBanned, type BannedList } from './safety/banned-words';
import { checkLimits, type LimiterConfig, type LimitReason, type SendRecord } from './safety/limiter';
import type { FaqMode, MatchMethod, ReplyLang } from './types';

export const DECISION_STATUSES = ['suggested', 'pending', 'queued', 'sent', 'confirmed', 'failed', 'suppressed', 'dismissed'] as const;
/**
 * suggested: shown to the host (suggest mode); pending: waiting for a click (approve mode);
 * queued: passed every check, about to be typed; sent: submitted, waiting to be seen in chat;
 * confirmed: seen in chat; failed: not submitted or not seen in time; suppressed: held back (reason);
 * dismissed: the host turned a pending reply down.
 */
export type DecisionStatus = (typeof DECISION_STATUSES)[number];

export type SuppressReason = AuthorBlock | LimitReason | 'stale' | 'too-long' | 'banned-word' | 'repeat' | 'kill-switch';

export interface CommentIn {
  streamId: number;
  eventId: string;
  platform: PlatformId;
  /** When the comment was said (epoch ms). */
  ts: number;
  text: string;
  author?: { name: string; role: AuthorRole };
}

export interface FaqDecision {
  streamId: number;
  eventId: string;
  platform: PlatformId;
  /** When the decision was taken. */
  ts: number;
  eventTs: number;
  asker: string | null;
  question: string;
  lang: ReplyLang;
  faqId: string;
  score: number;
  method: MatchMethod;
  /** The text that is (or would have been) posted, mention included; null when none could be written. */
  reply: string | null;
  status: DecisionStatus;
  reason?: SuppressReason;
  /** The banned term, the cooldown's end, the send failure… */
  detail?: string;
  /** The answer rotation step used (the next reply of this entry uses the one after). */
  variant?: number;
}

export interface DecideContext {
  mode: FaqMode;
  now: number;
  rules: AuthorRules;
  banned: BannedList;
  killSwitch: boolean;
  /** Auto mode answers only comments at most this old (a backlog after a restart stays quiet). */
  maxAgeMs: number;
  /** Next rotation step of the matched entry. */
  variant: number;
  /** Texts recently posted in this chat. */
  recent: readonly string[];
  /** The platform's chat limit. */
  maxLength?: number;
  history: readonly SendRecord[];
  limits: LimiterConfig;
}

export const sendRecordOf = (d: Pick<FaqDecision, 'ts' | 'streamId' | 'platform' | 'asker' | 'faqId'>): SendRecord => ({
  ts: d.ts,
  streamId: d.streamId,
  platform: d.platform,
  asker: (d.asker ?? '').replace(/^@+/, '').toLowerCase(),
  entryId: d.faqId,
});

export function decide(c: CommentIn, m: MatchOutcome, ctx: DecideContext): FaqDecision | null {
  const a = m.answer;
  if (!a) return null;
  const asker = c.author?.name?.trim() || null;
  const composed = composeReply({ entry: a.entry, lang: m.lang, asker, platform: c.platform, variant: ctx.variant, recent: ctx.recent, maxLength: ctx.maxLength });
  const base: FaqDecision = {
    streamId: c.streamId,
    eventId: c.eventId,
    platform: c.platform,
    ts: ctx.now,
    eventTs: c.ts,
    asker,
    question: c.text,
    lang: m.lang,
    faqId: a.id,
    score: Math.round(a.confidence * 1000) / 1000,
    method: a.method,
    reply: composed?.text ?? null,
    status: 'suppressed',
    ...(composed ? { variant: composed.variant } : {}),
  };
  const hold = (reason: SuppressReason, detail?: string): FaqDecision => ({ ...base, status: 'suppressed', reason, ...(detail ? { detail } : {}) });
  const who = authorBlock(c.author, ctx.rules);
  if (who) return hold(who);
  if (!composed) return hold('too-long');
  const bad = findBanned(composed.body, ctx.banned);
  if (bad) return hold('banned-word', bad);
  if (ctx.mode === 'suggest') return { ...base, status: 'suggested' };
  if (ctx.recent.includes(composed.text)) return hold('repeat');
  if (ctx.mode === 'approve') return { ...base, status: 'pending' };
  if (ctx.killSwitch) return hold('kill-switch');
  if (ctx.now - c.ts > ctx.maxAgeMs) return hold('stale');
  const lim = checkLimits(ctx.history, sendRecordOf(base), ctx.now, ctx.limits);
  if (!lim.ok) return hold(lim.reason, new Date(lim.retryAt).toISOString());
  return { ...base, status: 'queued' };
}

/** A pending reply the host approved: the same safety checks a send always passes, now. */
export function approveCheck(d: FaqDecision, ctx: Pick<DecideContext, 'now' | 'banned' | 'killSwitch' | 'history' | 'limits'>): { ok: true } | { ok: false; reason: SuppressReason; detail?: string } {
  if (ctx.killSwitch) return { ok: false, reason: 'kill-switch' };
  if (!d.reply) return { ok: false, reason: 'too-long' };
  const bad = findBanned(d.reply.replace(/^(@\S+\s+)+/, ''), ctx.banned);
  if (bad) return { ok: false, reason: 'banned-word', detail: bad };
  const lim = checkLimits(ctx.history, sendRecordOf({ ...d, ts: ctx.now }), ctx.now, ctx.limits);
  return lim.ok ? { ok: true } : { ok: false, reason: lim.reason, detail: new Date(lim.retryAt).toISOString() };
}
