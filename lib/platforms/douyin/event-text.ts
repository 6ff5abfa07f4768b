import type { EventKind } from '../../events/live-event';

/** "×12" / "x 12" at the end: a display snapshot (a gift streak total), never summed. */
const TIMES = /\s*[×xX]\s*(\d[\d,]*)\s*$/;

/**
 * Chinese event phrases of Douyin and Kuaishou rows ("小王 来了", "xx等3人正在去买"). Anchored at
 * the end, where the action sits, so a nickname that happens to contain "来了" stays a name. Shares
 * are grouped with follows (LiveEvent has no share kind).
 */
const AT_END: readonly (readonly [EventKind, RegExp])[] = [
  ['membership', /(?:加入了?(?:主播的)?粉丝团|成为了?.{0,12}粉丝团.{0,6}|开通了?.{0,8}(?:会员|订阅))$/],
  ['purchase', /(?:等\s*(\d+)\s*人)?(?:正在去买|购买了.*|下单了.*|刚刚买了.*)$/],
  ['like', /(?:为主播)?(?:点赞了?|点亮了.{0,4})$/],
  ['follow', /(?:关注了主播|关注了|分享了直播间?|分享了)$/],
  ['join', /(?:来了|进入了?直播间|加入了?直播间)$/],
];
/** Gift verbs: the gift's name follows them. */
const GIFT = /送出了?|送了/;

export interface ZhEvent {
  kind: EventKind;
  /** Who did it: the words before the action (may be empty when the page shows the name apart). */
  name: string;
  /** The action words, without the "× N" suffix. */
  text: string;
  count?: number;
  gift?: string;
}

const parseNum = (s: string | undefined) => (s ? Number(s.replace(/,/g, '')) : undefined);

/** Pure: split "<name> <action>" and classify the action; null when it is no known event. */
export function readZhEvent(full: string): ZhEvent | null {
  const times = full.match(TIMES);
  const rest = full.replace(TIMES, '').trim();
  const shown = parseNum(times?.[1]);
  const gift = rest.match(GIFT);
  if (gift?.index !== undefined) {
    const name = rest.slice(0, gift.index).trim();
    const giftName = rest.slice(gift.index + gift[0].length).trim();
    return { kind: 'gift', name, text: rest.slice(gift.index), ...(shown !== undefined ? { count: shown } : {}), ...(giftName ? { gift: giftName } : {}) };
  }
  for (const [kind, re] of AT_END) {
    const m = rest.match(re);
    if (m?.index === undefined) continue;
    const count = parseNum(m[1]) ?? shown;
    return { kind, name: rest.slice(0, m.index).trim(), text: m[0].trim(), ...(count !== undefined ? { count } : {}) };
  }
  return null;
}
