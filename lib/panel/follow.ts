/**
 * Auto-scroll of the live feed. The feed follows the newest row unless the host is reading: the
 * pointer is over the feed, or they scrolled up from the bottom. While it is paused, rows that
 * arrive are counted ("N new"); the button jumps back to the bottom and follows again.
 */
export interface FollowState {
  hovering: boolean;
  /** Scrolled away from the bottom by the user. */
  scrolledUp: boolean;
  /** Highest seq the host had in view when the feed paused (rows above it are "new"); null while following. */
  pausedAtSeq: number | null;
}

export type FollowAction =
  | { type: 'hover'; on: boolean; lastSeq: number }
  | { type: 'scrolled'; atBottom: boolean; lastSeq: number }
  | { type: 'jump' };

export const FOLLOWING: FollowState = { hovering: false, scrolledUp: false, pausedAtSeq: null };

export const isFollowing = (s: FollowState): boolean => !s.hovering && !s.scrolledUp;

export function follow(s: FollowState, a: FollowAction): FollowState {
  let next: FollowState;
  if (a.type === 'jump') return FOLLOWING;
  if (a.type === 'hover') next = { ...s, hovering: a.on };
  else next = { ...s, scrolledUp: !a.atBottom };
  if (isFollowing(next)) return { ...next, pausedAtSeq: null };
  return { ...next, pausedAtSeq: s.pausedAtSeq ?? a.lastSeq };
}

/** Rows (of those shown) that arrived since the feed paused. */
export function unseenCount(rows: readonly { seq: number }[], s: FollowState): number {
  if (s.pausedAtSeq === null) return 0;
  // Rows are in seq order: count from the end.
  let n = 0;
  for (let i = rows.length - 1; i >= 0 && rows[i]!.seq > s.pausedAtSeq; i--) n++;
  return n;
}

/** Within this many pixels of the bottom counts as "at the bottom" (sub-pixel scroll positions, row borders). */
export const BOTTOM_SLACK_PX = 24;
export const atBottom = (el: { scrollTop: number; scrollHeight: number; clientHeight: number }): boolean =>
  el.scrollHeight - el.scrollTop - el.clientHeight <= BOTTOM_SLACK_PX;
