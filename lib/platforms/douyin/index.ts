import { parseCount } from '../../capture/count-format';
import { queryFirst, type PlatformAdapter } from '../types';
import { parseDouyinRow } from './parse';
import { douyinSelectors as S } from './selectors';
import { douyinChatInput } from './chat-input';

// Slots, ticker and cart; bare items only where the page has no virtual list.
const ROW = [...S.row, ...S.item].join(',');

/** Rows a node holds; a node inside a row is part of that row. */
function rowsIn(node: Element): Element[] {
  if (node.matches(ROW)) return node.parentElement?.closest(ROW) ? [] : [node];
  if (node.closest(ROW)) return [];
  return Array.from(node.querySelectorAll(ROW)).filter((r) => !r.parentElement?.closest(ROW));
}

export const douyin: PlatformAdapter = {
  platform: 'douyin',
  chatInput: douyinChatInput,
  matches: ['*://live.douyin.com/*'],
  selectors: S,
  roomKey(url) {
    const rid = url.pathname.match(/^\/(\d+)\/?$/)?.[1];
    return rid ? `douyin:${rid}` : null;
  },
  title: (doc) => queryFirst(doc, S.title)?.textContent?.trim() || doc.title.replace(/\s*-\s*抖音直播.*$/, '').trim() || undefined,
  findContainer: (doc) => queryFirst(doc, S.container),
  rowsIn,
  // `data-id` is set on the newest item only and blank on recycled ones: not a usable id.
  rowId: () => undefined,
  parseRow: parseDouyinRow,
  readViewers: (doc) => parseCount(queryFirst(doc, S.viewers)?.textContent),
  detectWall(doc) {
    if (queryFirst(doc, S.captcha)) return { state: 'wall', detail: 'Douyin shows a captcha (验证码): solve it in the tab to resume capture' };
    if (queryFirst(doc, S.login)) return { state: 'wall', detail: 'Douyin asks to log in (登录): log in in the tab to resume capture' };
    return null;
  },
  recyclesRows: true,
};
