import type { Author, AuthorRole } from '../../events/live-event';
import { parseMoney } from '../../capture/money';
import { textWithAlts } from '../../capture/text';
import { matchesAny, queryFirst, type ParsedRow } from '../types';
import { twitchSelectors as S } from './selectors';

const BADGE_ROLE: [RegExp, AuthorRole][] = [
  [/^broadcaster/i, 'owner'],
  [/^moderator|lead moderator/i, 'moderator'],
  [/^vip/i, 'vip'],
  [/^(subscriber|founder)/i, 'member'],
];

export function parseTwitchAuthor(row: Element): Author | null {
  const name = queryFirst(row, S.author)?.textContent?.trim();
  if (!name) return null;
  const badges = Array.from(row.querySelectorAll(S.badge.join(','))).map((b) => b.getAttribute('alt') ?? '').filter(Boolean);
  const role = BADGE_ROLE.find(([re]) => badges.some((b) => re.test(b)))?.[1] ?? 'viewer';
  const login = row.querySelector('.chat-author__intl-login')?.textContent?.replace(/[()\s]/g, '') || undefined;
  return { name, role, ...(login ? { id: login } : {}), ...(badges.length ? { badges } : {}) };
}

/** What a user-notice line announces: subs are memberships, raids bring viewers in, the rest is chat. */
function noticeKind(text: string): { kind: ParsedRow['kind']; count?: number } {
  const gifted = text.match(/gift(?:ed|ing)\s+(?:a\s+)?(\d+)?/i);
  if (/subscribed|resubscribed|gift(?:ed|ing)|converted from a/i.test(text))
    return { kind: 'membership', ...(gifted?.[1] ? { count: Number(gifted[1]) } : {}) };
  const raid = text.match(/(\d[\d,]*)\s+raiders?/i);
  if (raid?.[1]) return { kind: 'join', count: Number(raid[1].replace(/,/g, '')) };
  return { kind: 'comment' };
}

/** Pure parse of one Twitch chat row. */
export function parseTwitchRow(row: Element): ParsedRow | 'retry' | null {
  if (matchesAny(row, S.notice)) {
    const system = textWithAlts(queryFirst(row, S.noticeText));
    const author = parseTwitchAuthor(row) ?? { name: system.split(' ')[0] ?? 'Twitch', role: 'viewer' as const };
    const body = textWithAlts(queryFirst(row, S.message));
    const { kind, count } = noticeKind(system);
    return { kind, author, text: [system, body].filter(Boolean).join(' — '), ...(count ? { count } : {}) };
  }
  const author = parseTwitchAuthor(row);
  if (!author) return 'retry';
  const text = textWithAlts(queryFirst(row, S.message));
  const paid = parseMoney(queryFirst(row, S.paidAmount)?.textContent);
  if (paid) return { kind: 'superchat', author, text, ...paid };
  const bits = queryFirst(row, S.cheer)?.textContent?.match(/\d[\d,]*/);
  if (bits) return { kind: 'superchat', author, text, amount: Number(bits[0].replace(/,/g, '')), currency: 'BITS' };
  return text ? { kind: 'comment', author, text } : 'retry';
}
