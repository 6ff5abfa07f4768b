import type { Author, AuthorRole } from '../../events/live-event';
import { parseMoney } from '../../capture/money';
import { textWithAlts } from '../../capture/text';
import { matchesAny, queryFirst, type ParsedRow } from '../types';
import { whatnotSelectors as S } from './selectors';

const BADGE_ROLE: [RegExp, AuthorRole][] = [
  [/\bhost\b/i, 'owner'],
  [/\bmod(erator)?\b/i, 'moderator'],
];

/** SSN's structure: name = first strong in the last direct div's first child; text = the other child divs. */
function parts(msg: Element): { top: Element | null; body: Element[] } {
  const divs = Array.from(msg.children).filter((c) => c.tagName === 'DIV');
  const col = divs.at(-1);
  const top = col?.firstElementChild ?? null;
  return { top, body: col ? Array.from(col.children).slice(1) : [] };
}

export function parseWhatnotAuthor(msg: Element): Author | null {
  const { top } = parts(msg);
  const link = queryFirst(msg, S.userLink);
  const name = top?.querySelector('strong')?.textContent?.trim() || link?.getAttribute('href')?.split('/user/')[1]?.split(/[/?#]/)[0];
  if (!name) return null;
  // Badges are the top row's images that are not user avatars.
  const badges = Array.from(top?.querySelectorAll('img') ?? [])
    .filter((i) => !(i.getAttribute('src') ?? '').includes('/users/'))
    .map((i) => i.getAttribute('alt') ?? '')
    .filter(Boolean);
  const role = BADGE_ROLE.find(([re]) => badges.some((b) => re.test(b)))?.[1] ?? 'viewer';
  return { name, role, ...(badges.length ? { badges } : {}) };
}

/** What a highlighted (system) row announces: tips are paid, wins and buys are purchases. */
export function whatnotNotice(text: string): Omit<ParsedRow, 'author' | 'text'> | null {
  const money = parseMoney(text.match(/[A-Z]{0,2}[$€£¥][\d,.]+|\b[\d,.]+\s?(?:USD|EUR|GBP|CAD|AUD)\b/)?.[0]);
  if (/\btip(ped|s)?\b/i.test(text)) return { kind: 'superchat', ...(money ?? {}) };
  if (/\b(won|bought|purchased)\b/i.test(text)) return { kind: 'purchase', ...(money ?? {}) };
  if (/\bfollowed\b/i.test(text)) return { kind: 'follow' };
  const raid = text.match(/raid(?:ed)?\b.*?(\d[\d,]*)\s+(?:viewers|people)/i);
  if (raid?.[1]) return { kind: 'join', count: Number(raid[1].replace(/,/g, '')) };
  return null;
}

/** Pure parse of one Whatnot chat item (a virtuoso item holding a chat message). */
export function parseWhatnotRow(row: Element): ParsedRow | 'retry' | null {
  const msg = matchesAny(row, S.message) ? row : queryFirst(row, S.message);
  if (!msg) return row.children.length ? null : 'retry';
  const author = parseWhatnotAuthor(msg);
  if (!author) return 'retry';
  const text = parts(msg).body.map((b) => textWithAlts(b)).filter(Boolean).join(' ');
  if (!text) return 'retry';
  if (/^joined\b/i.test(text)) return { kind: 'join', author, text };
  // Only highlighted rows are system notices: a viewer typing "I won!" is still chat.
  const notice = queryFirst(msg, S.highlighted) || matchesAny(msg, S.highlighted) ? whatnotNotice(text) : null;
  return { kind: 'comment', ...notice, author, text };
}
