import type { Author, AuthorRole } from '../../events/live-event';
import { parseMoney } from '../../capture/money';
import { textWithAlts } from '../../capture/text';
import { queryFirst, type ParsedRow } from '../types';
import { youtubeSelectors as S } from './selectors';

const ROLE_ORDER: AuthorRole[] = ['owner', 'moderator', 'member'];

export function parseAuthor(row: Element): Author | null {
  const nameEl = queryFirst(row, S.author);
  const name = nameEl?.textContent?.trim();
  if (!name) return null;
  const badges = Array.from(row.querySelectorAll(S.badge.join(',')))
    .map((b) => b.getAttribute('aria-label') ?? b.getAttribute('type') ?? '')
    .filter(Boolean);
  // The class on #author-name and the row's author-type are reliable; badge `type` values drift.
  const hints = `${nameEl?.className ?? ''} ${row.getAttribute('author-type') ?? ''}`;
  const role = ROLE_ORDER.find((r) => hints.includes(r)) ?? 'viewer';
  return { name, role, ...(badges.length ? { badges } : {}) };
}

const TAG_KIND: Record<string, ParsedRow['kind'] | null> = {
  'yt-live-chat-text-message-renderer': 'comment',
  'yt-live-chat-paid-message-renderer': 'superchat',
  'yt-live-chat-paid-sticker-renderer': 'superchat',
  'yt-live-chat-membership-item-renderer': 'membership',
  'ytd-sponsorships-live-chat-gift-purchase-announcement-renderer': 'membership',
  'ytd-sponsorships-live-chat-gift-redemption-announcement-renderer': 'membership',
  'yt-gift-message-view-model': 'gift',
  'yt-live-chat-placeholder-item-renderer': null,
  'yt-live-chat-viewer-engagement-message-renderer': null,
};

/** Pure parse of one YouTube chat row (works on a live DOM row and on a fixture alike). */
export function parseYoutubeRow(row: Element): ParsedRow | 'retry' | null {
  const kind = TAG_KIND[row.tagName.toLowerCase()];
  if (!kind) return null;
  if (row.hasAttribute('in-banner')) return null;
  const author = parseAuthor(row);
  if (!author) return 'retry';
  const text = textWithAlts(queryFirst(row, S.message));
  if (kind === 'comment') return text ? { kind, author, text } : 'retry';
  if (kind === 'superchat') {
    const money = parseMoney(queryFirst(row, S.amount)?.textContent);
    const sticker = row.querySelector('#sticker img')?.getAttribute('alt') ?? undefined;
    return { kind, author, text: text || sticker || '', ...(money ?? {}) };
  }
  if (kind === 'membership') {
    const header = [textWithAlts(queryFirst(row, S.headerPrimary)), textWithAlts(queryFirst(row, S.headerSub))]
      .filter(Boolean)
      .join(' · ');
    const gifted = header.match(/(?:gifted|sent)\s+(\d+)/i);
    return { kind, author, text: [header, text].filter(Boolean).join(' — ') || textWithAlts(row), ...(gifted?.[1] ? { count: Number(gifted[1]) } : {}) };
  }
  const jewels = text.match(/(\d[\d,]*)\s+Jewels?/i);
  return { kind, author, text, ...(jewels?.[1] ? { count: Number(jewels[1].replace(/,/g, '')) } : {}) };
}
