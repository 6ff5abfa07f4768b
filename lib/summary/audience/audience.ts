/**
 * The audience across one shop's streams (the shop = the room key), from the per-stream viewer rows
 * the summary keeps: who keeps coming back, and how much of a stream's audience had been there
 * before. Local like everything else; a viewer's rows can be forgotten (./store.ts).
 */
import type { StreamViewerRow } from '../types';

export interface Fan {
  name: string;
  /** Streams of this shop they were seen in (any event of theirs that was not deleted). */
  streams: number;
  comments: number;
  questions: number;
  purchases: number;
  firstSeen: number;
  lastSeen: number;
}

/** The host is not part of their own audience. */
const inAudience = (r: StreamViewerRow): boolean => r.events > 0 && r.role !== 'owner';

/** Every viewer of the shop, most loyal first: streams attended, then comments, questions, purchases. */
export function shopAudience(rows: readonly StreamViewerRow[]): Fan[] {
  const fans = new Map<string, Fan>();
  for (const r of rows) {
    if (!inAudience(r)) continue;
    const f = fans.get(r.name);
    if (!f) {
      fans.set(r.name, { name: r.name, streams: 1, comments: r.comments, questions: r.questions, purchases: r.purchases, firstSeen: r.firstTs, lastSeen: r.lastTs });
      continue;
    }
    f.streams += 1;
    f.comments += r.comments;
    f.questions += r.questions;
    f.purchases += r.purchases;
    f.firstSeen = Math.min(f.firstSeen, r.firstTs);
    f.lastSeen = Math.max(f.lastSeen, r.lastTs);
  }
  return [...fans.values()].sort((a, b) => b.streams - a.streams || b.comments - a.comments || b.questions - a.questions || b.purchases - a.purchases || (a.name < b.name ? -1 : 1));
}

export interface AudienceShare {
  /** Viewers seen in the stream. */
  viewers: number;
  /** Of them, seen in an earlier stream of the same shop. */
  returning: number;
  new: number;
  /** returning / viewers; null for a stream without named viewers. */
  returningShare: number | null;
}

/** New vs returning viewers of one stream, given every viewer row of its shop. */
export function newVsReturning(shopRows: readonly StreamViewerRow[], streamId: number): AudienceShare {
  const mine = shopRows.filter((r) => r.streamId === streamId && inAudience(r));
  const startedAt = mine[0]?.startedAt;
  const earlier = new Set(shopRows.filter((r) => inAudience(r) && r.streamId !== streamId && startedAt !== undefined && r.startedAt < startedAt).map((r) => r.name));
  const returning = mine.filter((r) => earlier.has(r.name)).length;
  return { viewers: mine.length, returning, new: mine.length - returning, returningShare: mine.length ? returning / mine.length : null };
}
