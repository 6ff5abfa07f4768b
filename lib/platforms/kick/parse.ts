import type { Author, AuthorRole } from '../../events/live-event';
import { textWithAlts } from '../../capture/text';
import { queryFirst, type ParsedRow } from '../types';
import { KICK_MOD_BADGE_PATH, kickSelectors as S } from './selectors';

const BADGE_ROLE: [RegExp, AuthorRole][] = [
  [/broadcaster|channel host|owner/i, 'owner'],
  [/moderator/i, 'moderator'],
  [/\bvip\b/i, 'vip'],
  [/subscriber|founder/i, 'member'],
];
const ROLE_RANK: AuthorRole[] = ['owner', 'moderator', 'vip', 'member', 'viewer'];

/** A badge's label: img alt (sub badges carry src ".../subscriber..."), or the known mod SVG. */
function badgeLabel(b: Element): string {
  if (b.tagName.toLowerCase() === 'svg') return b.querySelector(`path[d="${KICK_MOD_BADGE_PATH}"]`) ? 'Moderator' : '';
  const src = b.getAttribute('src') ?? '';
  if (src.includes('/emotes/') || b.matches(S.sticker.join(','))) return '';
  return b.getAttribute('alt') || (src.includes('subscriber') ? 'Subscriber' : '');
}

export function parseKickAuthor(row: Element): Author | null {
  const btn = queryFirst(row, S.author);
  // Kick's name buttons can hold a "Channel Host" tooltip text and the ":" separator.
  const name = btn?.textContent?.replace('Channel Host', '').replace(/:\s*$/, '').trim();
  if (!name) return null;
  const badges = [...new Set(Array.from(row.querySelectorAll(S.badge.join(','))).filter((b) => !b.closest(S.message.join(','))).map(badgeLabel).filter(Boolean))];
  const roles = badges.map((b) => BADGE_ROLE.find(([re]) => re.test(b))?.[1] ?? 'viewer');
  const role = ROLE_RANK.find((r) => roles.includes(r)) ?? 'viewer';
  return { name, role, ...(badges.length ? { badges } : {}) };
}

/** Message text without the name button: the content span(s) after the separator. */
function messageText(row: Element): string {
  const nodes = Array.from(row.querySelectorAll(S.message.join(','))).filter((n) => !n.closest('button'));
  // Read outermost nodes only (7TV leaves the hidden original beside its rendering: take the first).
  const roots = nodes.filter((n) => !nodes.some((p) => p !== n && p.contains(n)));
  const first = roots.find((n) => !(n as HTMLElement).hidden) ?? roots[0];
  return textWithAlts(first);
}

/** "sent Full Send" + the KICKs amount beside the coin: a gift whose count is the KICKs shown. */
function parseKicksGift(row: Element, author: Author): ParsedRow {
  const label = textWithAlts(queryFirst(row, S.giftLabel)).replace(author.name, '').trim();
  const gift = label.replace(/^(sent|gifted|envió|enviou)\s+/i, '').trim();
  const amount = queryFirst(row, S.kicksIcon)?.nextElementSibling?.textContent?.replace(/[,\s]/g, '');
  const count = amount ? Number.parseInt(amount, 10) : NaN;
  const note = textWithAlts(queryFirst(row, S.giftMessage));
  return { kind: 'gift', author, text: note || label, ...(gift ? { gift } : {}), ...(Number.isFinite(count) ? { count } : {}) };
}

/** System rows (no data-prevent-expand on the name): subs, gifted subs, hosts. Text patterns, English. */
export function kickNoticeKind(text: string): { kind: ParsedRow['kind']; count?: number } {
  const gifted = text.match(/gifted\s+(\d[\d,]*|an?)\s+(?:\w+\s+)?sub/i);
  if (gifted?.[1]) return { kind: 'membership', count: /^an?$/i.test(gifted[1]) ? 1 : Number(gifted[1].replace(/,/g, '')) };
  if (/subscribed|resubscribed|new subscriber/i.test(text)) return { kind: 'membership' };
  const host = text.match(/host(?:ed|ing)\b.*?(\d[\d,]*)\s+viewers?/i);
  if (host?.[1]) return { kind: 'join', count: Number(host[1].replace(/,/g, '')) };
  return { kind: 'comment' };
}

export function isKickDeleted(row: Element): boolean {
  if (queryFirst(row, S.deleted)) return true;
  return Array.from(row.querySelectorAll(S.deletedLabel.join(','))).some((n) =>
    /^\(deleted\)$|^deleted by a moderator$/i.test(n.textContent?.trim() ?? ''),
  );
}

/** Pure parse of one Kick row (popout or legacy chatroom). */
export function parseKickRow(row: Element): ParsedRow | 'retry' | null {
  const author = parseKickAuthor(row);
  // The name fills in with the row; a row that never gets one is a banner or spacer.
  if (!author) return row.textContent?.trim() ? null : 'retry';
  if (queryFirst(row, S.sticker) && queryFirst(row, S.kicksIcon)) return parseKicksGift(row, author);
  const isChat = row.querySelector('button[data-prevent-expand], .chat-entry-username') !== null;
  if (!isChat) {
    const text = textWithAlts(row);
    return { ...kickNoticeKind(text), author, text };
  }
  const text = messageText(row);
  // 7TV renders message bodies late: wait for the text (an emote-only message has its alt).
  return text ? { kind: 'comment', author, text } : 'retry';
}
