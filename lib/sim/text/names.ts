/** Viewer nicknames and handles in the style of each platform, made up from parts (no real people). */
import type { Rng } from '../rng';

const EN_FIRST = ['jess', 'kayla', 'mia', 'bri', 'sam', 'alex', 'taylor', 'nina', 'chloe', 'maddie', 'ash', 'jordan', 'lexi', 'rae', 'dani', 'tori', 'kim', 'liv', 'zoe', 'becca', 'mel', 'gabby', 'nat', 'em', 'jo', 'kat', 'ari', 'desi', 'lou', 'marcus', 'tyler', 'chris', 'kev', 'ben', 'luis', 'andre', 'priya', 'mei', 'sofia', 'ana'];
const EN_WORDS = ['sunny', 'cozy', 'thrift', 'glow', 'daisy', 'mocha', 'peach', 'honey', 'velvet', 'cloud', 'boho', 'retro', 'moon', 'coffee', 'bunny', 'sage', 'cherry', 'latte', 'pixie', 'stormy', 'lucky', 'golden', 'wild', 'minty'];
const EN_NOUNS = ['finds', 'shopper', 'babe', 'queen', 'vibes', 'girl', 'closet', 'style', 'mama', 'fox', 'bee', 'kitty', 'hauls', 'deals', 'life', 'lover'];
const ZH_A = ['小', '阿', '大', '老', '胖', '甜', '快乐的', '爱吃', '不想上班的', '努力的', '温柔的', '安静的'];
const ZH_B = ['鱼', '橙子', '桃子', '兔兔', '月亮', '星星', '猫咪', '米粒', '糖糖', '雪', '豆豆', '芒果', '奶茶', '包子', '花花', '柠檬', '小熊', '西瓜', '辣条', '云朵'];
const ZH_TAIL = ['', '', '', '酱', '呀', '儿', '🍊', '_', '～', '宝'];
const SPAM_EN = ['free.followers', 'promo_king', 'earn.daily', 'giveaway.bot', 'cheap_likes'];
const SPAM_ZH = ['福利姐姐', '兼职招聘', '低价涨粉', '免费领取'];

export interface NameAndId {
  name: string;
  id: string;
}

/**
 * A nickname in the viewer's language and an id in the platform's style. `serial` keeps ids unique
 * in a shop's pool; names may repeat, as they do on real platforms.
 */
export function drawName(lang: 'en' | 'zh', platform: 'tiktok' | 'douyin', spammer: boolean, serial: number, rng: Rng): NameAndId {
  const n = rng.int(1, 99);
  if (lang === 'zh') {
    const name = spammer
      ? `${rng.pick(SPAM_ZH)}${n}`
      : rng.chance(0.15)
        ? `用户${rng.int(1000000, 9999999)}`
        : `${rng.pick(ZH_A)}${rng.pick(ZH_B)}${rng.pick(ZH_TAIL)}`;
    return { name, id: platform === 'douyin' ? `dy${7100000 + serial * 37 + rng.int(0, 36)}` : `user${serial.toString(36)}${rng.int(100, 999)}` };
  }
  let handle: string;
  if (spammer) handle = `${rng.pick(SPAM_EN)}${n}`;
  else {
    const style = rng.int(0, 3);
    handle =
      style === 0 ? `${rng.pick(EN_FIRST)}${rng.pick(EN_NOUNS)}${n}`
      : style === 1 ? `${rng.pick(EN_WORDS)}.${rng.pick(EN_NOUNS)}`
      : style === 2 ? `${rng.pick(EN_FIRST)}_${rng.pick(EN_WORDS)}`
      : `its${rng.pick(EN_FIRST)}${n}`;
  }
  // TikTok shows the nickname and keeps the handle as the unique id; many nicknames are the handle.
  const name = rng.chance(0.5) ? handle : cap(handle.replace(/^its/, '').split(/[._\d]/)[0] || handle);
  return { name, id: platform === 'douyin' ? `dy${7100000 + serial * 37 + rng.int(0, 36)}` : `${handle}.${serial.toString(36)}` };
}

const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
