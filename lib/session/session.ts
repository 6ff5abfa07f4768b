import type { LiveEvent } from '../events/live-event';
import type { StreamRecord } from '../db/schema';

/** A room that sent nothing for this long is a finished stream; the next attach starts a new one. */
export const SILENCE_MS = 30 * 60_000;

export const isSilent = (s: StreamRecord, now: number) => s.endedAt === undefined && now - s.lastEventAt > SILENCE_MS;

/** When the stream ended, counting long silence as an end even before anyone wrote it down. */
export function effectiveEnd(s: StreamRecord, now: number): number | undefined {
  if (s.endedAt !== undefined) return s.endedAt;
  return isSilent(s, now) ? s.lastEventAt : undefined;
}

export type AttachDecision =
  | { action: 'continue'; streamId: number }
  | { action: 'start'; closeSilent?: number };

/**
 * Capture attached to a room (first load, reload, second frame, worker restart): continue the open
 * stream of that room unless it has gone silent, in which case it is closed and a new one starts.
 */
export function decideAttach(open: StreamRecord | undefined, now: number): AttachDecision {
  if (!open || open.id === undefined || open.endedAt !== undefined) return { action: 'start' };
  if (isSilent(open, now)) return { action: 'start', closeSilent: open.id };
  return { action: 'continue', streamId: open.id };
}

export function newStream(init: Pick<StreamRecord, 'roomKey' | 'platform' | 'url' | 'title'>, now: number): StreamRecord {
  return { ...init, startedAt: now, lastEventAt: now, eventCount: 0, commentCount: 0 };
}

/** The counters a batch of new (already de-duplicated) events adds to its stream. */
export function streamPatchFor(s: StreamRecord, events: LiveEvent[], now: number): Partial<StreamRecord> {
  let peak = s.peakViewers;
  let last = s.lastViewers;
  let comments = s.commentCount;
  let other = 0;
  for (const e of events) {
    if (e.kind === 'viewers' && e.viewers !== undefined) {
      last = e.viewers;
      peak = Math.max(peak ?? 0, e.viewers);
    } else {
      other++;
      if (e.kind === 'comment') comments++;
    }
  }
  return {
    lastEventAt: Math.max(s.lastEventAt, now),
    eventCount: s.eventCount + other,
    commentCount: comments,
    peakViewers: peak,
    lastViewers: last,
  };
}
