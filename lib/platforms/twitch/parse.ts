import type { Author, AuthorRole } from '../../events/live-event';
import { parseMoney } from '../../capture/money';
import { textWithAlts } from '../../capture/text';
import { matchesAny, queryFirst, type ParsedRow } from '../types';
import { twitchSelectors as S } from './selectors';

const BADGE_ROLE: [RegExp, AuthorRole][] = [
  [/^broadcaster/i, 'owner'],
  [/^(lead )?moderator/i, 'moderator'],
  [/^vip/i, 'vip'],
  [/^(subscriber|founder)/i, 'member'],
];

export function parseTwitchAuthor(root: Element): Author | null {
  const name = queryFirst(root, S.author)?.textContent?.trim();
  if (!name) return null;
  const badges = Array.from(root.querySelectorAll(S.badge.join(','))).map((b) => b.getAttribute('alt') ?? '').filter(Boolean);
  const role = BADGE_ROLE.find(([re]) => badges.some((b) => re.test(b)))?.[1] ?? 'viewer';
  const login = root.querySelector('.chat-author__intl-login')?.textContent?.replace(/[()\s]/g, '') || undefined;
  return { name, role, ...(login ? { id: login } : {}), ...(badges.length ? { badges } : {}) };
}

/** Text a wrapper row shows itself, without the chat line nested inside it. */
function ownText(row: Element): string {
  const clone = row.cloneNode(true) as Element;
  clone.querySelectorAll(S.line.join(',')).forEach((l) => l.remove());
  return textWithAlts(clone);
}

const num = (s: string) => Number(s.replace(/,/g, ''));

/**
 * A community gift: "X gifted 5 Tier 1 Subs to Y's community! They've gifted a total of 37 in the
 * channel!" (older: "X is gifting 5 …"). The count is the subs of this gift, never the running total;
 * the gifter is named in the text even where the page does not mark the name up.
 */
const MASS_GIFT = /\b(?:is gifting|gifted)\s+(\d[\d,]*)\s+(?:Tier \d\s+)?(?:Subs?|subscriptions?)\b/i;
/** Display names have no spaces, so "An anonymous user gifted…" names nobody. */
const GIFTER = /^(\S+)\s+(?:is gifting|gifted)\s+(?:a|an|\d[\d,]*)\s/i;

/** What a user-notice line announces: subs are memberships, raids bring viewers in, the rest is chat. */
function noticeKind(text: string): { kind: ParsedRow['kind']; count?: number; gifter?: string } {
  if (/raiders? from/i.test(text) || /is raiding/i.test(text)) {
    const n = text.match(/(\d[\d,]*)\s+raiders?/i) ?? text.match(/party of (\d[\d,]*)/i);
    return { kind: 'join', ...(n?.[1] ? { count: num(n[1]) } : {}) };
  }
  if (/subscri|gift(?:ed|ing)|converted from|continuing the gift sub/i.test(text)) {
    const mass = text.match(MASS_GIFT)?.[1];
    const gifter = text.match(GIFTER)?.[1];
    return { kind: 'membership', ...(mass ? { count: num(mass) } : {}), ...(gifter ? { gifter } : {}) };
  }
  return { kind: 'comment' };
}

function parseLine(line: Element): { author: Author; text: string } | null {
  const author = parseTwitchAuthor(line);
  return author ? { author, text: textWithAlts(queryFirst(line, S.message)) } : null;
}

/** Pure parse of one Twitch chat row (plain line, user notice, or Hype Chat wrapper). */
export function parseTwitchRow(row: Element): ParsedRow | 'retry' | null {
  const nested = matchesAny(row, S.line) ? row : queryFirst(row, S.line);
  if (matchesAny(row, S.notice)) {
    const system = ownText(row);
    const line = nested ? parseLine(nested) : null;
    // Notices arrive complete; some name nobody ("An anonymous user gifted…").
    const { kind, count, gifter } = noticeKind(system);
    const author = line?.author ?? parseTwitchAuthor(row) ?? (gifter ? { name: gifter, role: 'viewer' as const } : undefined);
    return { kind, ...(author ? { author } : {}), text: [system, line?.text].filter(Boolean).join(' — '), ...(count ? { count } : {}) };
  }
  const line = nested ? parseLine(nested) : null;
  if (!line) return 'retry';
  if (matchesAny(row, S.paid)) {
    const money = parseMoney(ownText(row));
    return { kind: 'superchat', ...line, ...(money ?? {}) };
  }
  const bits = queryFirst(row, S.cheer)?.textContent?.match(/\d[\d,]*/);
  if (bits) return { kind: 'superchat', ...line, amount: Number(bits[0].replace(/,/g, '')), currency: 'BITS' };
  return line.text ? { kind: 'comment', ...line } : 'retry';
}
