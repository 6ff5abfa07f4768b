import { textWithAlts } from '../../capture/text';
import { readZhEvent } from '../douyin/event-text';
import { matchesAny, queryFirst, type ParsedRow } from '../types';
import { kuaishouSelectors as S } from './selectors';

const NAME_END = /[：:]\s*$/;
const TIMES = /\s*[×xX]\s*(\d[\d,]*)\s*$/;
const GIFT_VERB = /^(?:送出了?|送了|送)\s*/;
const has = (row: Element, sel: readonly string[]) => matchesAny(row, sel) || queryFirst(row, sel) !== null;

/** A gift cell: "送 小心心" + the gift picture + "×N" (a combo snapshot, never summed). */
function parseGift(row: Element, name: string): ParsedRow | 'retry' {
  const said = textWithAlts(queryFirst(row, S.gift) ?? queryFirst(row, S.comment));
  const times = said.match(TIMES);
  const text = said.replace(TIMES, '').trim();
  const gift = text.replace(GIFT_VERB, '').trim();
  if (!gift) return 'retry';
  const count = times?.[1] ? { count: Number(times[1].replace(/,/g, '')) } : {};
  return { kind: 'gift', author: { name, role: 'viewer' }, text, gift, ...count };
}

/** Pure parse of one Kuaishou `.comment-cell`: comment, gift, like ("点亮了"), or a named notice. */
export function parseKuaishouRow(row: Element): ParsedRow | 'retry' | null {
  const nameEl = queryFirst(row, S.author);
  if (!nameEl) return row.textContent?.trim() ? null : 'retry'; // system notices name nobody
  const raw = nameEl.textContent?.trim() ?? '';
  const name = raw.replace(NAME_END, '').trim();
  if (!name) return 'retry';
  const author = { name, role: 'viewer' as const };
  const like = queryFirst(row, S.like);
  if (like) {
    const said = textWithAlts(like) || '点亮了';
    const n = said.match(TIMES)?.[1];
    return { kind: 'like', author, text: said.replace(TIMES, '').trim(), ...(n ? { count: Number(n) } : {}) };
  }
  if (has(row, S.gift) || has(row, S.giftImage)) return parseGift(row, name);
  const text = textWithAlts(queryFirst(row, S.comment));
  if (!text) return 'retry';
  // "昵称：" is a chat message; a bare name followed by an action is a notice ("小王 关注了主播").
  if (NAME_END.test(raw)) return { kind: 'comment', author, text };
  const ev = readZhEvent(text);
  return ev ? { kind: ev.kind, author, text: ev.text, ...(ev.count !== undefined ? { count: ev.count } : {}) } : null;
}
