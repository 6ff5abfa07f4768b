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

/** What a user-notice line announces: subs are memberships, raids bring viewers in, the rest is chat. */
function noticeKind(text: string): { kind: ParsedRow['kind']; count?: number } {
  if (/raiders? from/i.test(text) || /is raiding/i.test(text)) {
    const n = text.match(/(\d[\d,]*)\s+raiders?/i) ?? text.match(/party of (\d[\d,]*)/i);
    return { kind: 'join', ...(n?.[1] ? { count: Number(n[1].replace(/,/g, '')) } : {}) };
  }
  if (/subscri|gift(?:ed|ing)|converted from|continuing the gift sub/i.test(text)) {
    const mass = text.match(/gifting (\d+)/i);
    return { kind: 'membership', ...(mass?.[1] ? { count: Number(mass[1]) } : {}) };
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
    const author = line?.author ?? parseTwitchAuthor(row) ?? undefined;
    const { kind, count } = noticeKind(system);
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
