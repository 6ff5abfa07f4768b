import type { Author, AuthorRole } from '../../events/live-event';
import { textWithAlts } from '../../capture/text';
import { matchesAny, queryFirst, type ParsedRow } from '../types';
import { readZhEvent } from './event-text';
import { douyinSelectors as S } from './selectors';

// Badge pictures say what they are in their file name (…/fansclub_…png, …/level_v2_23.png).
const BADGES: readonly (readonly [RegExp, string, AuthorRole])[] = [
  [/fansclub/i, 'fansclub', 'member'],
  [/subscribe/i, 'subscribe', 'member'],
  [/aweme_grade_buff/i, 'grade', 'viewer'],
  [/level/i, 'level', 'viewer'],
];
const NAME_END = /[：:]\s*$/;
const has = (row: Element, sel: readonly string[]) => matchesAny(row, sel) || queryFirst(row, sel) !== null;
const badgeImages = (root: Element) => Array.from(root.querySelectorAll(S.badge.join(',')));
const isEmpty = (el: Element) => !el.textContent?.trim() && !el.querySelector('img');

function badgesOf(row: Element): { role: AuthorRole; badges: string[] } {
  const found = badgeImages(row).map((img) => {
    const src = img.getAttribute('src') ?? '';
    const hit = BADGES.find(([re]) => re.test(src));
    const level = hit?.[1] === 'level' ? src.match(/_(\d+)\.(?:png|webp|image)/i)?.[1] : undefined;
    return { label: level ? `level ${level}` : (hit?.[1] ?? 'badge'), role: hit?.[2] ?? 'viewer' };
  });
  return { role: found.some((b) => b.role === 'member') ? 'member' : 'viewer', badges: found.map((b) => b.label) };
}

function author(row: Element, name: string): Author {
  const { role, badges } = badgesOf(row);
  return { name, role, ...(badges.length ? { badges } : {}) };
}

/** A copy of `el` without badges and without the children before `from` (the name), as text. */
function textAfter(el: Element, from: number): string {
  const clone = el.cloneNode(true) as Element;
  Array.from(clone.children).slice(0, from + 1).forEach((c) => c.remove());
  badgeImages(clone).forEach((b) => b.remove());
  return textWithAlts(clone);
}

const giftId = (row: Element) => queryFirst(row, S.giftImage)?.getAttribute('src')?.match(/([0-9a-f]{32})/)?.[1];

/** A chat item: badges, "昵称：", then the content (text, emoji pictures, or a gift). */
function parseChatItem(row: Element, parts: Element[], nameAt: number): ParsedRow | 'retry' {
  const name = parts[nameAt]!.textContent!.replace(NAME_END, '').trim();
  const content = textAfter(parts[nameAt]!.parentElement!, nameAt);
  if (!name || !content) return 'retry';
  const ev = /^送出了?/.test(content) ? readZhEvent(content) : null;
  if (ev?.kind === 'gift' && (has(row, S.giftImage) || ev.count !== undefined)) {
    const gift = ev.gift ?? queryFirst(row, S.giftImage)?.getAttribute('alt') ?? giftId(row);
    return { kind: 'gift', author: author(row, name), text: ev.text, ...(ev.count !== undefined ? { count: ev.count } : {}), ...(gift ? { gift } : {}) };
  }
  return { kind: 'comment', author: author(row, name), text: content };
}

/** A ticker or list notice: "<name> 来了", "<name> 为主播点赞了", "<name>等3人正在去买"… */
function parseNotice(row: Element): ParsedRow | 'retry' | null {
  const clone = row.cloneNode(true) as Element;
  badgeImages(clone).forEach((b) => b.remove());
  const full = textWithAlts(clone);
  if (!full) return 'retry';
  const ev = readZhEvent(full);
  if (!ev) return null;
  if (!ev.name) return 'retry';
  return { kind: ev.kind, author: author(row, ev.name), text: ev.text, ...(ev.count !== undefined ? { count: ev.count } : {}), ...(ev.gift ? { gift: ev.gift } : {}) };
}

const STATUS = /^(?:讲解中|正在讲解|购物车|小黄车|去购买|去抢购|马上抢|立即购买|抢购|已售.*|\d+\s*人已买|\d+(?:\.\d+)?)$/;

/** The yellow cart while a product is pitched: its title, "N号" reference and price; null when idle. */
export function parseCart(cart: Element): ParsedRow | null {
  const price = textWithAlts(cart).match(/[¥￥]\s*\d[\d,]*(?:\.\d+)?/)?.[0]?.replace(/\s+/g, '');
  if (!price) return null;
  const leaves = Array.from(cart.querySelectorAll('*'))
    .filter((el) => !el.children.length)
    .map((el) => el.textContent?.trim() ?? '')
    .filter((t) => t && !/[¥￥]/.test(t) && !STATUS.test(t));
  const raw = leaves.reduce((a, b) => (b.length > a.length ? b : a), '');
  const num = raw.match(/^(\d+)\s*号\s*/);
  const title = raw.replace(/^\d+\s*号\s*/, '').trim();
  if (!title) return null;
  return { kind: 'product', text: title, product: { ref: num ? `#${num[1]}` : title, title, price } };
}

/** Pure parse of one Douyin chat row (list slot, ticker, or yellow cart). */
export function parseDouyinRow(row: Element): ParsedRow | 'retry' | null {
  if (matchesAny(row, S.cart)) return parseCart(row);
  if (has(row, S.roomMessage)) return null; // "为主播加了N分" and other room notices
  if (isEmpty(row)) return 'retry'; // a virtual slot not rendered yet
  const inner = matchesAny(row, S.ticker) ? null : queryFirst(row, S.itemInner);
  const parts = inner ? Array.from(inner.children) : [];
  const nameAt = parts.findIndex((p) => NAME_END.test(p.textContent ?? ''));
  if (nameAt >= 0) return parseChatItem(row, parts, nameAt);
  // A name slot still empty: the row is being filled in.
  if (parts.some(isEmpty)) return 'retry';
  return parseNotice(inner ?? row);
}
