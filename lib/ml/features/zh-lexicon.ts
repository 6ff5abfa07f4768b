/**
 * Chinese lexical knowledge as head features: BosonNLP scores, HowNet polarity and DUTIR emotion
 * classes (a compact table derived from @cycjimmy/chinese-sentiment by models/lib/zh-lexicon-export.ts),
 * with negation scope and degree adverbs. Words come from forward maximum matching over the table
 * plus the CC-CEDICT word list the runtime already loads for glossing: jieba-wasm would add a 4 MB
 * wasm, ~0.5 s start-up and ~60 MB of wasm memory to the offscreen document (measured in Node).
 */
import { normalizeText } from './text-normalize';
import { charOffsets, type GlossDict } from './zh-gloss';

export interface ZhSentimentWord { b: number; h: number; d: number }
export interface ZhLexicon {
  sentiment: Map<string, ZhSentimentWord>;
  negators: Set<string>;
  degree: Map<string, number>;
  contrast: Set<string>;
  maxLen: number;
}

/** DUTIR's seven emotion classes, in the table's 1..7 order (0 = none). */
export const DUTIR_CLASSES = ['乐', '好', '怒', '哀', '惧', '恶', '惊'] as const;
const DUTIR_POS = new Set([1, 2]);
const DUTIR_NEG = new Set([3, 4, 5, 6]);

/**
 * Parses the table: one group per line, tab-separated, words space-separated.
 * `s boson hownet dutir WORDS` (boson in half points, hownet -1/0/1, dutir 0..7), `d weight WORDS`
 * degree adverbs, `x WORDS` negators, `c WORDS` contrast conjunctions; `#` lines are comments.
 */
export function parseZhLexicon(text: string): ZhLexicon {
  const lex: ZhLexicon = { sentiment: new Map(), negators: new Set(), degree: new Map(), contrast: new Set(), maxLen: 1 };
  for (const line of text.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const cols = line.split('\t');
    const kind = cols[0];
    const words = (cols[cols.length - 1] ?? '').split(' ').filter(Boolean);
    for (const w of words) {
      if (kind === 's') lex.sentiment.set(w, { b: Number(cols[1]) / 2, h: Number(cols[2]), d: Number(cols[3]) });
      else if (kind === 'd') lex.degree.set(w, Number(cols[1]));
      else if (kind === 'x') lex.negators.add(w);
      else if (kind === 'c') lex.contrast.add(w);
      else continue;
      lex.maxLen = Math.max(lex.maxLen, [...w].length);
    }
  }
  return lex;
}

const inLex = (lex: ZhLexicon, w: string): boolean => lex.sentiment.has(w) || lex.negators.has(w) || lex.degree.has(w) || lex.contrast.has(w);
const isModifier = (lex: ZhLexicon, w: string): boolean => lex.negators.has(w) || lex.degree.has(w);

/**
 * Forward maximum matching of one run of Han characters over the lexicon and the CC-CEDICT word
 * list (unknown characters become one-character words). A dictionary word that merely glues a
 * negator or degree adverb to a lexicon word ("不太好", "非常好") is split, so negation scope sees
 * it; fixed expressions whose rest is no lexicon word ("没想到", "不客气") stay whole.
 */
export function segmentHan(run: string, lex: ZhLexicon, gloss?: GlossDict | null): string[] {
  const off = charOffsets(run);
  const len = off.length - 1;
  const max = Math.max(lex.maxLen, gloss ? 4 : 1);
  const out: string[] = [];
  let i = 0;
  const word = (n: number): string => run.slice(off[i], off[i + n]);
  while (i < len) {
    let l = Math.min(lex.maxLen, len - i);
    while (l > 1 && !inLex(lex, word(l))) l -= 1;
    let g = Math.min(max, len - i);
    while (g > l && !(inLex(lex, word(g)) || gloss?.[word(g)] !== undefined)) g -= 1;
    const split = g > l && isModifier(lex, word(l)) && inLex(lex, run.slice(off[i + l], off[i + g]));
    const n = split ? l : g;
    out.push(word(n));
    i += n;
  }
  return out;
}

/** Clauses of words: Han runs are segmented, Latin words kept whole, punctuation and emoji end a clause. */
export function zhClauses(text: string, lex: ZhLexicon, gloss?: GlossDict | null): string[][] {
  const clauses: string[][] = [[]];
  for (const m of normalizeText(text).matchAll(/(\p{Script=Han}+)|([a-z0-9']+)|(\s+)|([^\s])/gu)) {
    const cur = clauses[clauses.length - 1] as string[];
    if (m[1]) cur.push(...segmentHan(m[1], lex, gloss));
    else if (m[2]) cur.push(m[2]);
    else if (m[4] && cur.length > 0) clauses.push([]);
  }
  return clauses.filter((c) => c.length > 0);
}

export const ZH_LEX_NAMES = [
  'boson_pos', 'boson_neg', 'boson_negated_pos', 'boson_negated_neg',
  'hownet_pos', 'hownet_neg', 'hownet_negated_pos', 'hownet_negated_neg',
  ...DUTIR_CLASSES.map((c) => `dutir_${c}`), 'dutir_negated_pos', 'dutir_negated_neg',
  'negators', 'degree', 'net', 'after_contrast', 'hit',
] as const;

/** How many words after a negator or degree adverb it still governs (within one clause). */
const SCOPE = 3;
const squash = (x: number, s: number): number => Math.tanh(x / s);

/** One polarity value per sentiment word: Boson's score, else HowNet's sign, else DUTIR's. */
function polarity(e: ZhSentimentWord): number {
  if (e.b !== 0) return e.b;
  if (e.h !== 0) return 1.5 * e.h;
  return DUTIR_POS.has(e.d) ? 1 : DUTIR_NEG.has(e.d) ? -1 : 0;
}

/**
 * Dense lexicon features of the Han text of a line (all zeros without Han). A negator flips the
 * next sentiment word within SCOPE words of its clause (two negators cancel), so "不是很好" counts
 * as a negated positive, not as a positive; the model learns what negated words mean. Degree
 * adverbs scale the word they govern. `after_contrast` is the net polarity after the last 但/可是/
 * 不过…, where Chinese reviews put their verdict.
 */
export function zhLexiconFeatures(text: string, lex: ZhLexicon, gloss?: GlossDict | null): number[] {
  const f = new Array<number>(ZH_LEX_NAMES.length).fill(0);
  if (!/\p{Script=Han}/u.test(text)) return f;
  const acc = { bp: 0, bn: 0, nbp: 0, nbn: 0, hp: 0, hn: 0, nhp: 0, nhn: 0, dnp: 0, dnn: 0, neg: 0, deg: 0, net: 0, tail: 0, hit: 0 };
  const dutir = new Array<number>(DUTIR_CLASSES.length).fill(0);
  let sawContrast = false;
  for (const clause of zhClauses(text, lex, gloss)) {
    let negs = 0;
    let degree = 1;
    let left = 0;
    for (const w of clause) {
      if (lex.contrast.has(w)) {
        sawContrast = true;
        acc.tail = 0;
        negs = 0;
        degree = 1;
        continue;
      }
      if (lex.negators.has(w)) {
        negs += 1;
        acc.neg += 1;
        left = SCOPE;
        continue;
      }
      const dw = lex.degree.get(w);
      if (dw !== undefined) {
        degree *= dw;
        acc.deg += 1;
        left = SCOPE;
        continue;
      }
      const e = lex.sentiment.get(w);
      if (!e) {
        left -= 1;
        if (left <= 0) { negs = 0; degree = 1; }
        continue;
      }
      const negated = negs % 2 === 1;
      const v = polarity(e);
      if (v !== 0) acc.hit = 1;
      // Negation flips and weakens ("不太好" is milder than "差"); degree only scales plain words.
      const signed = negated ? -0.6 * v : v * degree;
      acc.net += signed;
      if (sawContrast) acc.tail += signed;
      if (negated) {
        if (e.b > 0) acc.nbp += e.b; else acc.nbn -= e.b;
        if (e.h > 0) acc.nhp += 1; else if (e.h < 0) acc.nhn += 1;
        if (DUTIR_POS.has(e.d)) acc.dnp += 1; else if (DUTIR_NEG.has(e.d)) acc.dnn += 1;
      } else {
        if (e.b > 0) acc.bp += e.b * degree; else acc.bn -= e.b * degree;
        if (e.h > 0) acc.hp += 1; else if (e.h < 0) acc.hn += 1;
        if (e.d > 0) dutir[e.d - 1] = (dutir[e.d - 1] ?? 0) + 1;
      }
      negs = 0;
      degree = 1;
      left = 0;
    }
  }
  const out = [
    squash(acc.bp, 4), squash(acc.bn, 4), squash(acc.nbp, 4), squash(acc.nbn, 4),
    squash(acc.hp, 2), squash(acc.hn, 2), squash(acc.nhp, 2), squash(acc.nhn, 2),
    ...dutir.map((c) => squash(c, 2)), squash(acc.dnp, 2), squash(acc.dnn, 2),
    squash(acc.neg, 2), squash(acc.deg, 2), squash(acc.net, 4), squash(acc.tail, 4), acc.hit,
  ];
  return out;
}

/** Multi-character words of the line's Han text, as hashed-feature tokens ("zw:快递"). */
export function zhWordTokens(text: string, lex: ZhLexicon, gloss?: GlossDict | null): string[] {
  if (!/\p{Script=Han}/u.test(text)) return [];
  return zhClauses(text, lex, gloss).flat().filter((w) => /^\p{Script=Han}{2,}$/u.test(w)).map((w) => `zw:${w}`);
}
