import { parseCount } from '../../capture/count-format';
import { queryFirst, type PlatformAdapter } from '../types';
import { parseTikTokRow } from './parse';
import { tiktokSelectors as S } from './selectors';
import { tiktokChatInput } from './chat-input';

const ROW = S.row.join(',');
const TYPED = S.typedRow.join(',');
const STICKY = S.sticky.join(',');

/** Rows a node holds: virtual-list slots, or typed rows where the page has no virtual list. */
function rowsIn(node: Element): Element[] {
  if (node.closest(STICKY)) return [];
  if (node.matches(ROW)) return [node];
  if (node.parentElement?.closest(ROW)) return []; // part of a slot: the slot is the row
  const slots = Array.from(node.querySelectorAll(ROW)).filter((r) => !r.closest(STICKY));
  if (slots.length) return slots;
  const typed = node.matches(TYPED) ? [node] : Array.from(node.querySelectorAll(TYPED));
  return typed.filter((r) => !r.closest(STICKY) && !r.parentElement?.closest(TYPED));
}

/** The audience: the counter ("1.2K"), else the server state TikTok embeds in the page. */
function readViewers(doc: Document): number | null {
  const shown = parseCount(queryFirst(doc, S.viewers)?.textContent);
  if (shown !== null) return shown;
  const state = queryFirst(doc, S.viewersState)?.textContent?.match(/"userCount"\s*:\s*(\d+)/)?.[1];
  return state ? Number(state) : null;
}

export const tiktok: PlatformAdapter = {
  platform: 'tiktok',
  chatInput: tiktokChatInput,
  matches: ['*://www.tiktok.com/*'],
  selectors: S,
  roomKey(url) {
    const user = url.pathname.match(/^\/@([^/]+)\/live\/?$/)?.[1];
    return user ? `tiktok:${decodeURIComponent(user).toLowerCase()}` : null;
  },
  title: (doc) => queryFirst(doc, S.title)?.textContent?.trim() || doc.title.replace(/\s*\|\s*TikTok\s*$/i, '').trim() || undefined,
  findContainer: (doc) => queryFirst(doc, S.container),
  rowsIn,
  // No message id, user id or handle in the row: rows are told apart by identity and content.
  rowId: () => undefined,
  parseRow: parseTikTokRow,
  readViewers,
  detectWall(doc) {
    if (queryFirst(doc, S.captcha)) return { state: 'wall', detail: 'TikTok shows a captcha: solve it in the tab to resume capture' };
    if (queryFirst(doc, S.login)) return { state: 'wall', detail: 'TikTok asks to log in: log in in the tab to resume capture' };
    if (queryFirst(doc, S.ended)) return { state: 'ended', detail: 'this LIVE has ended' };
    return null;
  },
  recyclesRows: true,
  insertedAboveIsHistory: true,
};
