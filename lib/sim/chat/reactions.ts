/** Likes, gifts and follows from the people watching: a steady trickle, more likes during pitches. */
import type { Viewer } from '../model/audience';
import type { Rng } from '../rng';
import type { Segment, SimLang } from '../types';

export interface Reaction {
  ts: number;
  viewer: Viewer;
  kind: 'like' | 'gift' | 'follow';
  text: string;
  count?: number;
  gift?: string;
}

const GIFTS = {
  en: ['Rose', 'TikTok', 'Heart Me', 'Finger Heart', 'Doughnut', 'GG'],
  zh: ['小心心', '玫瑰', '人气票', '棒棒糖', '为你点亮', '抖音'],
};

/** Rates per watching viewer per second. */
const LIKE = 0.0012;
const GIFT = 0.00008;
const FOLLOW = 0.0003;

export function reactions(present: readonly Viewer[], seg: Segment, t0: number, t1: number, lang: SimLang, rng: Rng): Reaction[] {
  const out: Reaction[] = [];
  const s = (t1 - t0) / 1000;
  const zh = lang === 'zh';
  const at = (v: Viewer): number => Math.max(rng.int(t0, t1 - 1), v.joinedAt + 1);
  for (let i = rng.poisson(present.length * LIKE * (seg.kind === 'pitch' ? 1.3 : 0.8) * s); i > 0; i--) {
    const v = rng.pick(present);
    out.push({ ts: at(v), viewer: v, kind: 'like', count: rng.int(1, 30), text: zh ? '为主播点赞了' : 'liked the LIVE' });
  }
  for (let i = rng.poisson(present.length * GIFT * s); i > 0; i--) {
    const v = rng.pick(present);
    const gift = rng.pick(GIFTS[lang]);
    out.push({ ts: at(v), viewer: v, kind: 'gift', gift, count: rng.chance(0.7) ? 1 : rng.int(2, 20), text: zh ? `送出了${gift}` : `sent ${gift}` });
  }
  for (let i = rng.poisson(present.length * FOLLOW * s); i > 0; i--) {
    const v = rng.pick(present);
    out.push({ ts: at(v), viewer: v, kind: 'follow', text: zh ? '关注了主播' : 'followed the host' });
  }
  return out;
}
