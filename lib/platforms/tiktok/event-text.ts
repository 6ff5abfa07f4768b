import type { ParsedRow } from '../types';

/** "×12", "x 12" at the end of an event row: a display snapshot (a streak total), never summed. */
const TIMES = /\s*[×xX]\s*(\d[\d,]*)\s*$/;

/**
 * What an event row says, in English and Chinese (TikTok localises these words). Order matters:
 * "joined the fan club" is a membership, not a room join; a share is grouped with follows because
 * TikTok renders both as one `social-message` row type and LiveEvent has no share kind.
 */
const PHRASES: readonly (readonly [ParsedRow['kind'], RegExp])[] = [
  ['gift', /^(?:sent|送出了?|送了)(?=\s|$)/i],
  ['membership', /fan club|粉丝团|粉絲團|subscribed|订阅了/i],
  ['purchase', /just bought|is buying|正在去买|购买了|下单了/i],
  ['like', /\bliked\b|点赞|點讚|点亮/i],
  ['follow', /followed|关注了|關注了|\bshared\b|分享了/i],
  ['join', /\bjoined\b|加入了|进入了|来了/i],
];

export interface EventText {
  kind: ParsedRow['kind'] | null;
  /** The row's words without the "× N" suffix (the count would break "same message" matching). */
  text: string;
  count?: number;
  /** For gifts: the gift name after the verb. */
  gift?: string;
}

/** Pure: classify the action words of a TikTok event row ("sent Rose ×5", "关注了主播"). */
export function readEventText(said: string): EventText {
  const times = said.match(TIMES);
  const text = said.replace(TIMES, '').trim();
  const count = times?.[1] ? Number(times[1].replace(/,/g, '')) : undefined;
  const kind = PHRASES.find(([, re]) => re.test(text))?.[0] ?? null;
  const withCount = count !== undefined ? { count } : {};
  if (kind !== 'gift') return { kind, text, ...withCount };
  const gift = text.replace(PHRASES[0]![1], '').trim();
  return { kind, text, ...withCount, ...(gift ? { gift } : {}) };
}
