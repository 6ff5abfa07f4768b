/**
 * Sentiment flair and surface noise for corpus lines. Flair changes the label honestly: a neutral
 * question with "ugh, been asking for ages" appended becomes negative; noise never changes labels.
 */
import type { Intent, Sentiment } from '../../lib/ml/labels';
import type { Rng } from './rng';

const POS = {
  en: ['😍', '❤️', 'love it', 'omg so pretty', 'yay', '🔥🔥', 'so excited', 'PogChamp', 'cant wait!', 'obsessed', '🥰'],
  zh: ['😍', '好喜欢', '爱了', 'yyds', '好期待', '❤️', '太美了', '绝了', '心动了', '🥰'],
};
const NEG = {
  en: ['😤', 'ugh', '🙄', 'been asking for 10 min', 'answer pls!!', 'seriously??', '😡', 'smh', 'ignored again', 'this is annoying'],
  zh: ['😤', '问了好几遍了', '烦死了', '怎么没人回', '🙄', '无语', '😡', '太慢了吧', '不理人是吧'],
};
const QUESTIONS = new Set<Intent>(['ask_price', 'ask_spec', 'ask_stock', 'ask_shipping', 'other_question']);

/** The last HELD phrases of each flair list appear only in test lines, so test flair is partly unseen. */
const HELD = 3;
const pool = (xs: string[], heldOut: boolean): string[] => (heldOut ? xs : xs.slice(0, xs.length - HELD));

export function flair(text: string, intent: Intent, sentiment: Sentiment, lang: 'en' | 'zh', r: Rng, heldOut: boolean): { text: string; sentiment: Sentiment } {
  const join = (a: string, b: string): string => (lang === 'en' ? `${a} ${b}` : r.chance(0.5) ? `${a} ${b}` : `${a}${b}`);
  if (intent === 'spam') return { text, sentiment };
  const roll = r.next();
  if (sentiment === 'neutral' && intent !== 'chitchat') {
    if (roll < 0.17) {
      const f = r.pick(pool(POS[lang], heldOut));
      return { text: r.chance(0.7) ? join(text, f) : join(f, text), sentiment: 'positive' };
    }
    if (roll < 0.3 && QUESTIONS.has(intent)) return { text: join(text, r.pick(pool(NEG[lang], heldOut))), sentiment: 'negative' };
    return { text, sentiment };
  }
  if (sentiment === 'positive' && roll < 0.3) return { text: join(text, r.pick(pool(POS[lang], heldOut))), sentiment };
  if (sentiment === 'negative' && roll < 0.3) return { text: join(text, r.pick(pool(NEG[lang], heldOut))), sentiment };
  return { text, sentiment };
}

const VOWEL_AT_END = /([aeiouy])([^aeiouy]*)$/i;

function typo(word: string, r: Rng): string {
  if (word.length < 4 || !/^[a-z]+$/i.test(word)) return word;
  const i = r.int(1, word.length - 2);
  if (r.chance(0.5)) return word.slice(0, i) + word.slice(i + 1);
  return word.slice(0, i) + (word[i + 1] ?? '') + (word[i] ?? '') + word.slice(i + 2);
}

export function enNoise(text: string, r: Rng): string {
  let t = text;
  if (r.chance(0.45)) t = t.toLowerCase();
  else if (r.chance(0.05)) t = t.toUpperCase();
  if (r.chance(0.12)) t = t.split(' ').map((w) => (r.chance(0.35) ? typo(w, r) : w)).join(' ');
  if (r.chance(0.08)) t = t.replace(VOWEL_AT_END, (_m, v: string, rest: string) => v.repeat(r.int(3, 5)) + rest);
  if (r.chance(0.25)) t = t.replace(/[?.!]+$/, '');
  else if (r.chance(0.15)) t += r.pick(['??', '???', '!!', ' ?', '...']);
  if (r.chance(0.06)) t = `@${r.pick(['host', 'mod', 'jess_live', 'shopwithme'])} ${t}`;
  if (r.chance(0.05)) t = t.replace(/\byou\b/g, 'u').replace(/\bplease\b/g, 'pls');
  return t;
}

export function zhNoise(text: string, r: Rng): string {
  let t = text;
  if (r.chance(0.2)) t = t.replace(/[？?]$/, '') + r.pick(['呀', '啊', '呢', '哈', '～', '']);
  if (r.chance(0.15)) t += r.pick(['？？', '?', '!!', '！', '。。。']);
  if (r.chance(0.1)) t = `${r.pick(['主播', '姐姐', '宝宝', '老板'])}${r.chance(0.5) ? ' ' : ''}${t}`;
  if (r.chance(0.05)) t = t.replace(/？/g, '?');
  if (r.chance(0.04)) t = `${t}${t}`;
  return t;
}
