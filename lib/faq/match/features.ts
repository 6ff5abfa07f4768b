/**
 * The learned answer scorer: each (line, entry) pair becomes a small feature vector — the
 * encoder's question and answer cosines, BM25, how far the entry leads the others, and the
 * answer-scope checks (attribute agreement, an attribute the entry does not ask, a specific it
 * does not state, another entry's word, words it never uses, a keyword), and the shared "same
 * question?" scorer (lib/suggest/paraphrase) against the entry's question variants — and a per-language
 * logistic regression turns it into a calibrated probability that this entry answers the line.
 * Weights are fitted on the dev splits by lib/faq/eval/fit-scorer.ts (never on test or dev4); the
 * scope checks are evidence the fit weighs, not vetoes written per case.
 */
export const FEATURE_NAMES = ['enc', 'ans', 'lex', 'encGap', 'lexGap', 'attrAgree', 'attrOther', 'unstated', 'foreign', 'uncovered', 'keyword', 'ansLex', 'ansLexGap', 'wordCover', 'wordMissing', 'para', 'paraGap'] as const;
export type FeatureName = (typeof FEATURE_NAMES)[number];

export interface ScorerWeights {
  bias: number;
  /** In FEATURE_NAMES order. */
  w: number[];
}

export interface ScorerModel {
  en: ScorerWeights;
  zh: ScorerWeights;
  /** Without the sentence encoder (models failed to load): BM25 and the scope checks only. */
  lexOnly: ScorerWeights;
}

export const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

export function scoreFeatures(s: ScorerWeights, x: readonly number[]): number {
  let z = s.bias;
  for (let i = 0; i < x.length; i += 1) z += (s.w[i] ?? 0) * x[i]!;
  return sigmoid(z);
}

export interface PairInput {
  enc: number | null;
  ans: number | null;
  lex: number;
  /** Best encoder / BM25 score among the other entries (0 when there is none). */
  otherEnc: number;
  otherLex: number;
  attrAgree: boolean;
  attrOther: boolean;
  unstated: boolean;
  foreign: boolean;
  uncovered: number;
  keyword: boolean;
  ansLex: number;
  otherAnsLex: number;
  /** The shared "same question?" probability with the entry's closest question variant, and the best other entry's. */
  para: number;
  otherPara: number;
  /** Word-level meaning overlap (word-match.ts); null without the encoder. */
  words: { cover: number; missing: number } | null;
}

export function pairFeatures(p: PairInput): number[] {
  const enc = p.enc ?? 0;
  const b = (v: boolean) => (v ? 1 : 0);
  return [enc, p.ans ?? 0, p.lex, p.enc === null ? 0 : enc - p.otherEnc, p.lex - p.otherLex, b(p.attrAgree), b(p.attrOther), b(p.unstated), b(p.foreign), Math.min(3, p.uncovered) / 3, b(p.keyword), p.ansLex, p.ansLex - p.otherAnsLex, p.words?.cover ?? 0, Math.min(3, p.words?.missing ?? 0) / 3, p.para, p.para - p.otherPara];
}
