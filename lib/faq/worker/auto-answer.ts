/**
 * The worker's FAQ auto-answer: after each labelled batch, matched comments go through
 * decide (lib/faq/decide: reply, who asked, banned words, mode, kill switch, limits) → the log
 * (Dexie `faqLog`) → in auto mode a send queue that types the reply into the stream's page and
 * records whether it showed up in chat. Approve mode leaves replies pending for one click.
 * Limiter state lives in memory and is rebuilt from the log after the worker restarts.
 */
import Dexie from 'dexie';
import type { LiveCopilotDb } from '../../db/db';
import { faqLogSince, recentFaqLog } from '../../db/faq-log-repo';
import type { FaqLogRecord, StoredEvent } from '../../db/schema';
import { PLATFORMS } from '../../events/live-event';
import { chatBoxOf, effectiveMode } from '../modes';
import type { ChatActionResult } from '../../messaging/cs-protocol';
import type { Settings } from '../../settings/settings';
import { approveCheck, decide, sendRecordOf, type FaqDecision } from '../decide';
import { createAnswerMatcher, type AnswerMatcher } from '../match/matcher';
import { DEFAULT_MATCH } from '../match/params';
import { parseBannedList } from '../safety/banned-words';
import { pruneHistory, type LimiterConfig, type SendRecord } from '../safety/limiter';
import type { EmbedFn } from '../types';
import type { StreamChat } from './sender';

export interface AutoAnswerDeps {
  db: LiveCopilotDb;
  embed?: EmbedFn;
  now: () => number;
  chat: StreamChat;
  settings: () => Promise<Settings>;
  /** The question queue (lib/suggest): a confirmed reply answers its question's group. */
  markAnswered?: (streamId: number, eventId: string, faqId: string, ts: number) => Promise<void>;
}

const TEXT_KINDS = new Set<StoredEvent['kind']>(['comment', 'superchat']);
const SENT = new Set<FaqDecision['status']>(['queued', 'sent', 'confirmed', 'failed']);
const RECENT_KEPT = 30;

export const limitsOf = (s: Settings): LimiterConfig => ({
  globalMs: s.faqGlobalCooldownS * 1000,
  userMs: s.faqUserCooldownS * 1000,
  entryMs: s.faqEntryCooldownS * 1000,
  rate: Object.fromEntries(PLATFORMS.map((p) => [p, { max: s.faqRatePerMin[p], windowMs: 60_000 }])) as LimiterConfig['rate'],
});


interface Job {
  id: number;
  streamId: number;
  eventId: string;
  faqId: string;
  text: string;
}

export function createAutoAnswer(deps: AutoAnswerDeps) {
  const { db, now } = deps;
  let matcher: { key: string; m: Promise<AnswerMatcher> } | null = null;
  let history: SendRecord[] = [];
  let historyLoaded: Promise<void> | null = null;
  const streams = new Map<number, Promise<{ variants: Map<string, number>; recent: string[] }>>();
  const queue: Job[] = [];
  let pumping = false;

  async function matcherFor(s: Settings): Promise<AnswerMatcher> {
    const faq = await db.faqEntries.toArray();
    const key = JSON.stringify([s.faqThreshold, faq.map((e) => [e.id, e.updatedAt ?? 0, e.enabled, e.lang, e.questions, e.answers, e.keywords, e.regex, e.threshold])]);
    if (matcher?.key !== key) {
      const m = createAnswerMatcher(faq, deps.embed, { ...DEFAULT_MATCH, threshold: s.faqThreshold });
      m.catch(() => { matcher = null; });
      matcher = { key, m };
    }
    return matcher.m;
  }

  const loadHistory = (s: Settings) =>
    (historyLoaded ??= (async () => {
      const span = 3_600_000;
      const rows = await faqLogSince(db, now() - span);
      history = pruneHistory([...rows.filter((r) => SENT.has(r.status)).map(sendRecordOf), ...history], now(), limitsOf(s));
    })());

  /** Rotation steps and recent reply texts of a stream, rebuilt from its latest log rows. */
  const streamState = (streamId: number) => {
    let st = streams.get(streamId);
    if (!st) {
      st = recentFaqLog(db, streamId, 200).then((rows) => {
        const variants = new Map<string, number>();
        const recent: string[] = [];
        for (const r of [...rows].reverse()) {
          if (r.variant !== undefined && r.status !== 'suppressed') variants.set(r.faqId, r.variant + 1);
          if (SENT.has(r.status) && r.reply) recent.push(r.reply);
        }
        return { variants, recent: recent.slice(-RECENT_KEPT) };
      });
      streams.set(streamId, st);
    }
    return st;
  };

  /**
   * Comments of `rows` already in the FAQ log. Its rows are indexed by decision time, which comes
   * after the comment's (a minute's slack for a page clock ahead of the worker's).
   */
  const decidedIn = async (streamId: number, rows: readonly StoredEvent[]): Promise<Set<string>> => {
    const from = Math.min(...rows.map((r) => r.ts)) - 60_000;
    const logged = await db.faqLog.where('[streamId+ts]').between([streamId, from], [streamId, Dexie.maxKey], true, true).toArray();
    const ids = new Set(rows.map((r) => r.id));
    return new Set(logged.flatMap((l) => (ids.has(l.eventId) ? [l.eventId] : [])));
  };

  const update = (id: number, patch: Partial<FaqLogRecord>) => db.faqLog.update(id, { ...patch, updatedAt: now() });

  async function deliver(job: Job): Promise<void> {
    const s = await deps.settings();
    if (s.faqKillSwitch) {
      await update(job.id, { status: 'suppressed', reason: 'kill-switch' });
      return;
    }
    await update(job.id, { status: 'sent' });
    let r: ChatActionResult;
    try {
      r = await deps.chat.send(job.streamId, job.text, s.faqConfirmTimeoutS * 1000);
    } catch (e) {
      r = { state: 'failed', detail: e instanceof Error ? e.message : String(e) };
    }
    if (r.state !== 'confirmed') {
      await update(job.id, { status: 'failed', detail: r.detail ?? r.state });
      return;
    }
    await update(job.id, { status: 'confirmed' });
    if (r.author) {
      // The page showed the reply under the user's own name: never answer that name in this stream.
      const stream = await db.streams.get(job.streamId);
      if (stream && !stream.faqSelf?.includes(r.author)) await db.streams.update(job.streamId, { faqSelf: [...(stream.faqSelf ?? []), r.author] });
    }
    await deps.markAnswered?.(job.streamId, job.eventId, job.faqId, now()).catch((e) => console.warn('[live-copilot] marking the question answered failed', e));
  }

  async function pump(): Promise<void> {
    if (pumping) return;
    pumping = true;
    try {
      for (let job = queue.shift(); job; job = queue.shift()) await deliver(job).catch((e) => console.warn('[live-copilot] FAQ send failed', e));
    } finally {
      pumping = false;
    }
  }

  function enqueue(rec: FaqLogRecord & { id: number }): void {
    queue.push({ id: rec.id, streamId: rec.streamId, eventId: rec.eventId, faqId: rec.faqId, text: rec.reply ?? '' });
    void pump();
  }

  return {
    /** Decides every matched comment of a labelled batch (seq order) and queues the sends. */
    async onLabelled(streamId: number, rows: readonly StoredEvent[]): Promise<void> {
      const texts = rows.filter((r) => TEXT_KINDS.has(r.kind) && !r.deleted && r.text?.trim());
      if (!texts.length) return;
      const [s, stream] = await Promise.all([deps.settings(), db.streams.get(streamId)]);
      // Imported logs and ended streams are history: nobody is waiting for an answer.
      if (!stream || stream.importedFrom || stream.endedAt) return;
      const [m, st] = await Promise.all([matcherFor(s), streamState(streamId), loadHistory(s)]);
      const mode = effectiveMode(stream, s.faqMode);
      const rules = { bots: s.faqBots, selfNames: [...s.faqSelfNames, ...(stream.faqSelf ?? [])] };
      const banned = parseBannedList(s.faqBannedWords);
      const limits = limitsOf(s);
      // A stretch given again (the worker stopped before its hand-on progress was written): a
      // comment already decided is not decided (nor answered) twice.
      const decided = await decidedIn(streamId, texts);
      for (const r of texts) {
        if (decided.has(r.id)) continue;
        const out = await m.match(r.text!, r.labels);
        if (!out.answer) continue;
        const t = now();
        history = pruneHistory(history, t, limits);
        const d = decide(
          { streamId, eventId: r.id, platform: stream.platform, ts: r.ts, text: r.text!, author: r.author && { name: r.author.name, role: r.author.role } },
          out,
          { mode, now: t, rules, banned, killSwitch: s.faqKillSwitch, maxAgeMs: s.faqMaxAgeS * 1000, variant: st.variants.get(out.answer.id) ?? 0, recent: st.recent, maxLength: chatBoxOf(stream.platform)?.maxLength, history, limits },
        );
        if (!d) continue;
        const id = (await db.faqLog.add({ ...d, updatedAt: t })) as number;
        if (d.variant !== undefined && d.status !== 'suppressed') st.variants.set(d.faqId, d.variant + 1);
        if (d.status === 'queued') {
          history.push(sendRecordOf(d));
          st.recent.push(d.reply!);
          st.recent.splice(0, Math.max(0, st.recent.length - RECENT_KEPT));
          enqueue({ ...d, id });
        }
      }
    },

    /** The host approved a pending reply: sent now if every safety check still allows it. */
    async approve(id: number): Promise<FaqLogRecord | null> {
      const rec = await db.faqLog.get(id);
      if (!rec || rec.status !== 'pending') return rec ?? null;
      const s = await deps.settings();
      await loadHistory(s);
      const t = now();
      const limits = limitsOf(s);
      history = pruneHistory(history, t, limits);
      const ok = approveCheck(rec, { now: t, banned: parseBannedList(s.faqBannedWords), killSwitch: s.faqKillSwitch, history, limits });
      if (!ok.ok) {
        // Still pending: the panel says why (cooldown until…, kill switch on) and the host may retry.
        await update(id, { reason: ok.reason, ...(ok.detail ? { detail: ok.detail } : {}) });
        return (await db.faqLog.get(id)) ?? null;
      }
      history.push(sendRecordOf({ ...rec, ts: t }));
      const st = await streamState(rec.streamId);
      if (rec.reply) st.recent.push(rec.reply);
      await update(id, { status: 'queued', reason: undefined, detail: undefined });
      enqueue({ ...rec, id });
      return (await db.faqLog.get(id)) ?? null;
    },

    async dismiss(id: number): Promise<void> {
      const rec = await db.faqLog.get(id);
      if (rec?.status === 'pending') await update(id, { status: 'dismissed' });
    },

    /** Puts a logged reply into the stream's chat box as a draft (suggest mode's one click). */
    async insert(id: number): Promise<ChatActionResult> {
      const rec = await db.faqLog.get(id);
      if (!rec?.reply) return { state: 'failed', detail: 'no reply text' };
      return deps.chat.insert(rec.streamId, rec.reply);
    },

    /** The kill switch went on: nothing queued goes out. */
    async halt(): Promise<void> {
      for (let job = queue.shift(); job; job = queue.shift()) await update(job.id, { status: 'suppressed', reason: 'kill-switch' });
    },
  };
}

export type AutoAnswer = ReturnType<typeof createAutoAnswer>;
