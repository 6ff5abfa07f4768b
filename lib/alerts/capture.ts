/**
 * Capture-health problems the host must see while live (each one means questions or labels are
 * being missed):
 * - capture_none: the followed tab is not being captured (no health record for it).
 * - capture_unreadable / capture_blocked: the page says `no-rows` (selectors broken) / `wall`
 *   (login, age or region gate) — errors, with the page's own detail.
 * - capture_waiting: `waiting` for the chat for more than `WAITING_MS`.
 * - chat_silent: attached, yet no chat message for `SILENT_MS` while people watch (the latest
 *   viewer reading > 0) and the stream has not ended — a chat that stopped scrolling, or a page
 *   whose chat moved.
 * - labels_behind: the models are `LABELS_BEHIND` or more events behind capture (mood, intents and
 *   the question queue lag by that much; it catches up after a burst).
 * - models_failed: the models could not load; events are kept unlabelled.
 */
import type { CaptureState } from '../db/schema';
import type { Alert } from './types';

export const CAPTURE_RULE = {
  WAITING_MS: 15_000,
  SILENT_MS: 60_000,
  LABELS_BEHIND: 300,
} as const;

export interface CaptureInput {
  now: number;
  /** The followed tab's capture health; undefined = nothing captures it. */
  health?: { state: CaptureState; detail: string; updatedAt: number };
  stream?: { eventCount: number; labelledSeq?: number; endedAt?: number; startedAt: number };
  /** Time of the newest chat message held, if any. */
  lastChatTs?: number;
  viewers?: number;
  models?: 'loading' | 'ready' | 'failed' | 'unreachable';
}

export function captureAlerts(x: CaptureInput, rule = CAPTURE_RULE): Alert[] {
  const out: Alert[] = [];
  const live = x.stream && x.stream.endedAt === undefined;
  const h = x.health;
  if (!h) {
    if (live) out.push({ kind: 'capture_none', severity: 'warn', values: {} });
  } else if (h.state === 'no-rows') out.push({ kind: 'capture_unreadable', severity: 'error', values: {}, detail: h.detail });
  else if (h.state === 'wall') out.push({ kind: 'capture_blocked', severity: 'error', values: {}, detail: h.detail });
  else if (h.state === 'waiting' && x.now - h.updatedAt >= rule.WAITING_MS)
    out.push({ kind: 'capture_waiting', severity: 'warn', values: { seconds: Math.round((x.now - h.updatedAt) / 1000) }, detail: h.detail });
  else if (h.state === 'attached' && live && (x.viewers ?? 0) > 0) {
    const since = x.lastChatTs ?? x.stream!.startedAt;
    if (x.now - since >= rule.SILENT_MS) out.push({ kind: 'chat_silent', severity: 'warn', values: { seconds: Math.round((x.now - since) / 1000) } });
  }
  if (x.models === 'failed' || x.models === 'unreachable') out.push({ kind: 'models_failed', severity: 'error', values: {} });
  else if (x.stream) {
    const behind = x.stream.eventCount - 1 - (x.stream.labelledSeq ?? -1);
    if (behind >= rule.LABELS_BEHIND) out.push({ kind: 'labels_behind', severity: 'info', values: { count: behind } });
  }
  return out;
}
