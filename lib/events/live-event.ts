/**
 * The one normalised event type every platform adapter produces and every later stage consumes.
 * Plain JSON only: it crosses message boundaries and lands in IndexedDB unchanged.
 */
export const PLATFORMS = [
  'youtube',
  'twitch',
  'tiktok',
  'kick',
  'whatnot',
  'amazon',
  'douyin',
  'taobao',
  'kuaishou',
] as const;
export type PlatformId = (typeof PLATFORMS)[number];

export const EVENT_KINDS = [
  'comment',
  'viewers',
  'gift',
  'like',
  'join',
  'follow',
  'purchase',
  'superchat',
  'membership',
  'product',
  'deletion',
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export const AUTHOR_ROLES = ['owner', 'moderator', 'vip', 'member', 'viewer'] as const;
export type AuthorRole = (typeof AUTHOR_ROLES)[number];

export interface Author {
  name: string;
  /** Platform user id or handle where the page shows one. */
  id?: string;
  role: AuthorRole;
  /** Badge labels as the page names them ("Moderator", "Subscriber (3 months)", "fansclub"). */
  badges?: string[];
}

export interface ProductRef {
  /** Catalog reference as the page shows it: an id, "#3", or a title. */
  ref: string;
  title?: string;
  price?: string;
}

export interface LiveEvent {
  platform: PlatformId;
  /** The room being captured, e.g. "youtube:VIDEO_ID", "twitch:channel". */
  streamKey: string;
  kind: EventKind;
  /** Platform message id, or a stable per-row fingerprint. Unique within a stream. */
  id: string;
  /** Epoch milliseconds. */
  ts: number;
  author?: Author;
  text?: string;
  /** Paid events (superchat, membership gift, tips). */
  amount?: number;
  currency?: string;
  /** Gifts and likes: the count the page shows (a snapshot, never a running sum). */
  count?: number;
  /** Gift name where there is one. */
  gift?: string;
  /** Viewer readings. */
  viewers?: number;
  product?: ProductRef;
  /** Deletions: the id of the event that was removed. */
  targetId?: string;
}
