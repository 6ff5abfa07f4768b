/**
 * Surface variants of chat lines for the distillation pool: the ways real chat departs from clean
 * text (typos, stretched letters, pinyin initials and chat slang, emoji, case, mixed script, lines
 * run together, missing punctuation). The teacher labels every variant it can (its sentence encoder
 * is slow here); `keeps` marks the variants that cannot change what a line means — a typo in a
 * Latin-script line, case, stretched letters, chat spellings, a dropped end mark — whose line's labels
 * may stand in where the teacher has not labelled the variant itself (models/student/train.ts).
 */
import type { Rng } from '../corpus/rng';

const EMOJI = ['😂', '😍', '🔥', '👍', '🙄', '😭', '❤️', '🤔', '💯', '😡', '🥰', '👀', '🙏', '😅', '💀', '👏', '😤', '🤣'];
const ZH_SHORT = ['哈哈', '好的', '在吗', '多少钱', '真的吗', '666', '扣1', '主播', '冲', '绝了', '求链接', '好看'];
const EN_SHORT = ['lol', 'ok', 'pls', 'wow', 'hi', 'bro', 'W', 'fr', 'omg', 'lmao', 'ngl', 'tbh', 'sis', 'nice'];
const EN_TAILS = ['so cute', 'how much', 'love it', 'too expensive', 'is it real', 'wait what', 'no way', 'me too'];

/** Chinese chat words and the pinyin initials / slang viewers type for them. */
const ZH_ABBREV: [string, string][] = [
  ['主播', 'zb'], ['多少钱', 'dsq'], ['永远的神', 'yyds'], ['笑死我了', 'xswl'], ['笑死', 'xs'], ['牛逼', 'nb'],
  ['哈哈哈', 'hhh'], ['哈哈', 'hh'], ['谢谢', '3q'], ['好的', 'hd'], ['真的', 'zd'], ['宝宝', 'bb'], ['姐妹', 'jm'],
  ['不知道', 'bzd'], ['什么', 'sm'], ['怎么', 'zm'], ['可以', 'ky'], ['链接', 'lj'], ['喜欢', 'xh'], ['我也是', 'wys'],
];
/** English words and their chat spellings. */
const EN_SLANG: [RegExp, string][] = [
  [/\byou\b/gi, 'u'], [/\byour\b/gi, 'ur'], [/\bplease\b/gi, 'pls'], [/\bthanks\b/gi, 'thx'], [/\bare\b/gi, 'r'],
  [/\bbecause\b/gi, 'cuz'], [/\bwhat\b/gi, 'wat'], [/\breally\b/gi, 'rly'], [/\bpeople\b/gi, 'ppl'], [/\bthough\b/gi, 'tho'],
];

function typo(t: string, r: Rng): string {
  const cs = [...t];
  if (cs.length < 4) return t;
  const i = r.int(1, cs.length - 2);
  const roll = r.next();
  if (roll < 0.4) cs.splice(i, 1);
  else if (roll < 0.7) [cs[i], cs[i + 1]] = [cs[i + 1] ?? '', cs[i] ?? ''];
  else cs.splice(i, 0, cs[i] ?? '');
  return cs.join('');
}

/** "soooo", "哈哈哈哈哈", "!!!!": one letter or mark stretched. */
function stretch(t: string, r: Rng): string {
  const cs = [...t];
  const at = cs.map((c, i) => [c, i] as const).filter(([c]) => /[\p{L}!?！？]/u.test(c));
  if (!at.length) return t;
  const [c, i] = r.pick(at);
  cs.splice(i, 1, c.repeat(r.int(3, 6)));
  return cs.join('');
}

function slang(t: string, r: Rng): string {
  if (/\p{Script=Han}/u.test(t)) {
    const hits = ZH_ABBREV.filter(([w]) => t.includes(w));
    return hits.length ? t.replace(r.pick(hits)[0], (w) => ZH_ABBREV.find(([x]) => x === w)?.[1] ?? w) : typo(t, r);
  }
  let out = t;
  for (const [re, s] of EN_SLANG) if (r.chance(0.7)) out = out.replace(re, s);
  return out === t ? t.toLowerCase().replace(/[.,!?']/g, '') : out;
}

function mixScript(t: string, r: Rng): string {
  if (/\p{Script=Han}/u.test(t)) return r.chance(0.5) ? `${t} ${r.pick(EN_SHORT)}` : `${r.pick(EN_TAILS)} ${t}`;
  return r.chance(0.5) ? `${t} ${r.pick(ZH_SHORT)}` : `${r.pick(ZH_SHORT)} ${t}`;
}

export interface Variant { text: string; keeps: boolean }

/** Typos in Chinese can drop a 不 or 没 and flip the line: only Latin-script typos keep the labels. */
const latin = (t: string): boolean => !/\p{Script=Han}/u.test(t);

/** One surface variant of `t`; `other` supplies a second line for run-on variants. */
export function variant(t: string, other: string, r: Rng): Variant {
  const roll = r.next();
  if (roll < 0.18) return { text: typo(t, r), keeps: latin(t) };
  if (roll < 0.3) return { text: r.chance(0.5) ? `${t} ${r.pick(EMOJI).repeat(r.int(1, 3))}` : `${r.pick(EMOJI)}${t}`, keeps: false };
  if (roll < 0.38) return { text: r.chance(0.5) ? t.toUpperCase() : t.toLowerCase(), keeps: true };
  if (roll < 0.5) return { text: mixScript(t, r), keeps: false };
  if (roll < 0.6) return { text: t.replace(/[?!.？！。]+$/u, '').trim() || t, keeps: true };
  if (roll < 0.7) return { text: stretch(t, r), keeps: true };
  // Chinese slang falls back to a typo where no abbreviation applies.
  if (roll < 0.82) return { text: slang(t, r), keeps: latin(t) || ZH_ABBREV.some(([w]) => t.includes(w)) };
  // Long rambling lines: two lines run together, as viewers type them.
  const sep = /\p{Script=Han}/u.test(t) ? r.pick(['，', ' ', '。', '！']) : r.pick([', ', ' and ', ' ', ' lol ', '... ']);
  return { text: `${t}${sep}${other}`, keeps: false };
}

/**
 * A variant that keeps its line's labels (typo, case, stretch, chat spelling, dropped end mark), for
 * lines the teacher has labelled: the student learns that these surfaces do not change the label.
 */
export function keptVariant(t: string, r: Rng): string {
  const roll = r.next();
  if (roll < 0.4) return typo(typo(t, r), r);
  if (roll < 0.55) return t.toLowerCase().replace(/[.,!?']/g, '');
  if (roll < 0.7) return stretch(t, r);
  if (roll < 0.85) return slang(t, r);
  return typo(t.replace(/[?!.]+$/u, '').trim() || t, r);
}
