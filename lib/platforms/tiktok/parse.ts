import type { Author, AuthorRole } from '../../events/live-event';
import { textWithAlts } from '../../capture/text';
import { matchesAny, queryFirst, type ParsedRow } from '../types';
import { readEventText } from './event-text';
import { tiktokSelectors as S } from './selectors';

// Badge images carry no label: their file name says what they are (…/moderator_badge…png).
const BADGES: readonly (readonly [RegExp, string, AuthorRole])[] = [
  [/\/moderator_/i, 'moderator', 'moderator'],
  [/\/subs?_/i, 'subscriber', 'member'],
  [/\/fans?_?club|\/fans_/i, 'fan club', 'viewer'],
  [/\/grade_/i, 'level', 'viewer'],
];
const ROLE_ORDER: readonly AuthorRole[] = ['moderator', 'member'];

const has = (row: Element, sel: readonly string[]) => matchesAny(row, sel) || queryFirst(row, sel) !== null;
const badgeImages = (row: Element) => Array.from(row.querySelectorAll(S.badge.join(',')));
/** A level badge's number sits in the element right after the image. */
const levelOf = (img: Element) => img.nextElementSibling?.textContent?.trim().match(/^\d+$/)?.[0];

export function parseTikTokAuthor(row: Element, owner: Element): Author | null {
  const name = owner.textContent?.trim() || owner.getAttribute('title')?.trim();
  if (!name) return null;
  const found = badgeImages(row).map((img) => {
    const src = img.getAttribute('src') ?? '';
    const hit = BADGES.find(([re]) => re.test(src));
    const label = hit ? hit[1] : (src.match(/\/([a-z_]+?)_badge/i)?.[1] ?? 'badge');
    const level = hit?.[1] === 'level' ? levelOf(img) : undefined;
    return { label: level ? `level ${level}` : label, role: hit?.[2] ?? 'viewer' };
  });
  const role = ROLE_ORDER.find((r) => found.some((b) => b.role === r)) ?? 'viewer';
  const badges = found.map((b) => b.label);
  return { name, role, ...(badges.length ? { badges } : {}) };
}

/** The row's own words: everything but the name, badges and their level numbers. */
function actionText(row: Element): string {
  const clone = row.cloneNode(true) as Element;
  badgeImages(clone).forEach((img) => {
    if (levelOf(img)) img.nextElementSibling?.remove();
    img.remove();
  });
  clone.querySelectorAll(S.owner.join(',')).forEach((o) => o.remove());
  return textWithAlts(clone);
}

/** Pure parse of one TikTok LIVE row: comment, join, follow/share/like, gift, fan club; null for system notices. */
export function parseTikTokRow(row: Element): ParsedRow | 'retry' | null {
  if (!row.firstElementChild && !row.textContent?.trim()) return 'retry'; // a virtual slot not rendered yet
  const owner = matchesAny(row, S.owner) ? row : queryFirst(row, S.owner);
  if (!owner) return null; // "Welcome to TikTok LIVE!" and other notices name nobody
  const author = parseTikTokAuthor(row, owner);
  if (!author) return 'retry';
  if (has(row, S.comment)) {
    const body = queryFirst(row, S.text);
    const text = body ? textWithAlts(body) : actionText(row);
    return text ? { kind: 'comment', author, text } : 'retry';
  }
  const said = actionText(row);
  if (!said) return 'retry';
  if (has(row, S.enter)) return { kind: 'join', author, text: said };
  const ev = readEventText(said);
  const giftRow = has(row, S.giftImage) || has(row, S.giftCount);
  const kind = ev.kind ?? (giftRow ? 'gift' : has(row, S.social) ? 'follow' : null);
  if (!kind) return null;
  const count = ev.count !== undefined ? { count: ev.count } : {};
  if (kind !== 'gift') return { kind, author, text: ev.text, ...count };
  // A gift named only by its picture: the 32-hex id in the image URL still tells streaks apart.
  const gift = ev.gift ?? queryFirst(row, S.giftImage)?.getAttribute('src')?.match(/\/img\/(?:[^/]*\/)*([0-9a-f]{32})/)?.[1];
  return { kind, author, text: ev.text, ...count, ...(gift ? { gift } : {}) };
}
