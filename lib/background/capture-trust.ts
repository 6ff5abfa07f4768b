/**
 * The worker's trust boundary for capture traffic. Content scripts read untrusted pages, so what
 * they send is checked before anything is stored: the sender must be this extension's own content
 * script in a tab whose page the claimed platform's adapter reads, the message must have the
 * protocol's shape, and every size must be within CAPTURE_LIMITS (capture cuts rows to them, so
 * an oversized field means the sender is not our capture code).
 */
import { CAPTURE_LIMITS as L } from '../capture/limits';
import { isPlatformId, liveEventProblem } from '../events/guards';
import type { LiveEvent, PlatformId } from '../events/live-event';
import type { Sender } from '../messaging/handlers';
import { ADAPTERS, matchPattern } from '../platforms/registry';

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown, max: number) => typeof v === 'string' && v.length <= max;

/** Why `sender` may not report capture for `platform`, or null when it may. */
export function senderProblem(sender: Sender, platform: unknown, ownId: string): string | null {
  if (sender.id !== ownId) return 'not sent by this extension';
  if (sender.tab?.id === undefined) return 'not sent from a tab';
  const url = sender.url ?? sender.tab.url;
  if (!url) return 'the sending page has no URL';
  if (!isPlatformId(platform)) return `unknown platform ${JSON.stringify(String(platform).slice(0, 40))}`;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'the sending page has no valid URL';
  }
  const adapter = ADAPTERS.find((a) => a.platform === platform);
  if (!adapter?.matches.some((m) => matchPattern(m, parsed))) return `a ${parsed.host} page cannot report ${platform} capture`;
  return null;
}

/** Why a `bg:capture` payload is malformed (shape and sizes of the batch itself), or null. */
export function batchProblem(b: unknown): string | null {
  if (!isObj(b)) return 'not an object';
  if (!isPlatformId(b.platform)) return 'unknown platform';
  if (!str(b.roomKey, L.roomKey) || !b.roomKey) return 'missing or oversized roomKey';
  if (!str(b.url, L.url)) return 'missing or oversized url';
  if (b.title !== undefined && !str(b.title, L.title)) return 'oversized title';
  if (!Array.isArray(b.events)) return 'events is not a list';
  if (b.events.length > L.batch) return `${b.events.length} events in one message (at most ${L.batch})`;
  return null;
}

/** A valid LiveEvent whose strings are all within CAPTURE_LIMITS, or why not. */
export function capturedEventProblem(v: unknown): string | null {
  const shape = liveEventProblem(v);
  if (shape) return shape;
  const e = v as LiveEvent;
  if (e.id.length > L.field || e.streamKey.length > L.roomKey) return 'oversized id or streamKey';
  if (e.text !== undefined && e.text.length > L.text) return `text longer than ${L.text} characters`;
  if (e.author && (e.author.name.length > L.name || (e.author.id?.length ?? 0) > L.field)) return 'oversized author';
  if (e.author?.badges && (e.author.badges.length > L.badges || e.author.badges.some((b) => b.length > L.field))) return 'oversized badges';
  if ((e.gift?.length ?? 0) > L.field || (e.currency?.length ?? 0) > 16 || (e.targetId?.length ?? 0) > L.field) return 'oversized gift/currency/targetId';
  if (e.product && (e.product.ref.length > L.field || (e.product.title?.length ?? 0) > L.field || (e.product.price?.length ?? 0) > 64)) return 'oversized product';
  return null;
}

export interface CheckedBatch {
  valid: LiveEvent[];
  rejected: { index: number; reason: string }[];
}

/** Splits a checked batch's events into those of `roomKey`/`platform` that pass, and rejects with reasons. */
export function checkEvents(events: unknown[], roomKey: string, platform: PlatformId): CheckedBatch {
  const valid: LiveEvent[] = [];
  const rejected: CheckedBatch['rejected'] = [];
  let wrongRoom = 0;
  events.forEach((v, index) => {
    const reason = capturedEventProblem(v);
    if (reason) rejected.push({ index, reason });
    else if ((v as LiveEvent).streamKey !== roomKey || (v as LiveEvent).platform !== platform) wrongRoom++;
    else valid.push(v as LiveEvent);
  });
  if (wrongRoom) rejected.push({ index: -1, reason: `${wrongRoom} events belong to another room` });
  return { valid, rejected };
}
