import type { CaptureState } from '../db/schema';

/** How long a found chat may show no rows while people watch before selectors are called broken. */
export const NO_ROWS_AFTER_MS = 6_000;

export interface HealthInput {
  now: number;
  startedAt: number;
  containerFound: boolean;
  /** Rows seen so far (baseline included). */
  rowsSeen: number;
  lastRowAt?: number;
  viewers: number | null;
  wall?: { state: 'wall' | 'ended'; detail: string } | null;
  chatElsewhere?: boolean;
}

/** Pure: what the user should read about this frame's capture right now. */
export function computeHealth(h: HealthInput): { state: CaptureState; detail: string } {
  if (h.wall) return { state: h.wall.state, detail: h.wall.detail };
  if (h.chatElsewhere) return { state: 'waiting', detail: 'reading viewers; chat is captured in its own frame' };
  const since = h.now - (h.lastRowAt ?? h.startedAt);
  const secs = Math.round(since / 1000);
  const watched = (h.viewers ?? 0) > 0;
  if (!h.containerFound) {
    if (watched && since >= NO_ROWS_AFTER_MS)
      return { state: 'no-rows', detail: `0 rows matched for ${secs} s while viewers > 0 (chat container not found: selectors likely broken)` };
    return { state: 'waiting', detail: 'waiting for chat' };
  }
  if (h.rowsSeen === 0 && watched && since >= NO_ROWS_AFTER_MS)
    return { state: 'no-rows', detail: `0 rows matched for ${secs} s while viewers > 0 (selectors likely broken)` };
  return { state: 'attached', detail: h.rowsSeen ? `attached, ${h.rowsSeen} rows seen` : 'attached, waiting for the first message' };
}
