import { textWithAlts } from '../../capture/text';
import { queryFirst, type ParsedRow } from '../types';
import { taobaoSelectors as S } from './selectors';

/** "小鱼儿：" → "小鱼儿": the name is shown with a full-width (or ASCII) colon. */
export const stripColon = (name: string) => name.replace(/[：:]\s*$/, '').trim();

/** Notices written as "<who><verb>": buyers heading to checkout, arrivals, follows (Chinese UI text). */
export function taobaoNotice(text: string): (Omit<ParsedRow, 'text'> & { author: { name: string; role: 'viewer' } }) | null {
  const buying = text.match(/^(.+?)\s*(?:等\s*(\d[\d,]*)\s*人)?\s*正在去买/);
  if (buying?.[1]) return { kind: 'purchase', author: { name: buying[1], role: 'viewer' }, ...(buying[2] ? { count: Number(buying[2].replace(/,/g, '')) } : {}) };
  const joined = text.match(/^(?:欢迎\s*)?(.+?)\s*(?:来了|进入(?:了)?直播间)/);
  if (joined?.[1]) return { kind: 'join', author: { name: joined[1], role: 'viewer' } };
  const follow = text.match(/^(.+?)\s*关注了主播/);
  if (follow?.[1]) return { kind: 'follow', author: { name: follow[1], role: 'viewer' } };
  return null;
}

/** Pure parse of one Taobao Live comment row. */
export function parseTaobaoRow(row: Element): ParsedRow | 'retry' | null {
  const text = textWithAlts(queryFirst(row, S.message));
  const name = stripColon(queryFirst(row, S.author)?.textContent ?? '');
  if (!text) return 'retry';
  // Notices have no "name：" prefix; the actor is in the text.
  if (!name) {
    const notice = taobaoNotice(text);
    return notice ? { ...notice, text } : null;
  }
  return { kind: 'comment', author: { name, role: 'viewer' }, text };
}
