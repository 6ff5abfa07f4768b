/**
 * Pair features of the shared "same question?" scorer: two chat questions of one language →
 * a small vector a per-language logistic regression (weights.ts) turns into the probability that
 * they ask the same thing. Meaning (USE-lite cosine; Chinese through CC-CEDICT glosses), surface
 * overlap (character/word n-grams, English content stems; the grouper's surface similarity), and what a question asks
 * beyond its words: the attribute cue (lib/suggest's attribute lexicon), the question-word type
 * (how much / when / which / whether…), negation and numbers. Pure.
 */
import { cosine, termCosine } from '../../ml/similarity';
import { normalizeText } from '../../ml/features/text-normalize';
import { detectAttribute, type Attribute } from '../slots/attributes';
import { foldZhForSimilarity, simplifyZh } from '../slots/zh-fold';
import { stemJaccard, surfaceSimilarity } from './surface';
import { questionKind, type QuestionKind } from './question-kind';

export type ParaLang = 'en' | 'zh';

export interface ParaText {
  text: string;
  /** USE-lite embedding (Chinese: of its CC-CEDICT gloss); null when unavailable. */
  vec: number[] | null;
}

/** What a question's text says before it is paired (computed once per text: see prepare()). */
export interface PreparedText {
  folded: string;
  attribute: Attribute;
  kind: QuestionKind;
  negated: boolean;
  numbers: string[];
}

export const PARA_FEATURES = ['base', 'cos', 'hasVec', 'gram', 'overlap', 'attrSame', 'attrDiff', 'attrOne', 'kindSame', 'kindDiff', 'negDiff', 'numDiff', 'lenRatio'] as const;

const NEG_EN = /\b(not|no|never|without|dont|don't|doesnt|doesn't|isnt|isn't|wont|won't|cant|can't|non)\b/;
const NEG_ZH = /不|没|无|别/;

const cache = new Map<string, PreparedText>();

export function prepare(text: string, lang: ParaLang): PreparedText {
  const key = `${lang}|${text}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const simple = normalizeText(simplifyZh(text));
  const folded = lang === 'zh' ? foldZhForSimilarity(simple) : simple;
  // Chinese 不/没 inside A-not-A questions ("漏不漏", "有没有") is not a negation.
  const negText = lang === 'zh' ? folded.replace(/(\p{Script=Han})[不没]\1/gu, '$1') : folded;
  const p: PreparedText = {
    folded,
    attribute: detectAttribute(simple),
    kind: questionKind(simple, lang),
    negated: (lang === 'zh' ? NEG_ZH : NEG_EN).test(negText),
    numbers: (folded.match(/\d+(\.\d+)?/g) ?? []).sort(),
  };
  if (cache.size > 4096) cache.clear();
  cache.set(key, p);
  return p;
}

export function paraFeatures(lang: ParaLang, a: ParaText, b: ParaText): number[] {
  const pa = prepare(a.text, lang);
  const pb = prepare(b.text, lang);
  const hasVec = a.vec && b.vec ? 1 : 0;
  const cos = a.vec && b.vec ? cosine(a.vec, b.vec) : 0;
  const gram = termCosine(pa.folded, pb.folded);
  // Chinese: the n-gram cosine already holds the bigrams (a second overlap only fought it in the fit).
  const overlap = lang === 'en' ? stemJaccard(a.text, b.text) : 0;
  const known = pa.attribute !== 'other' && pb.attribute !== 'other';
  const attrSame = known && pa.attribute === pb.attribute ? 1 : 0;
  const attrDiff = known && pa.attribute !== pb.attribute ? 1 : 0;
  const attrOne = !known && (pa.attribute !== 'other' || pb.attribute !== 'other') ? 1 : 0;
  const kindsKnown = pa.kind !== 'plain' && pb.kind !== 'plain';
  const kindSame = kindsKnown && pa.kind === pb.kind ? 1 : 0;
  const kindDiff = kindsKnown && pa.kind !== pb.kind ? 1 : 0;
  const negDiff = pa.negated !== pb.negated ? 1 : 0;
  const numDiff = (pa.numbers.length || pb.numbers.length) && pa.numbers.join() !== pb.numbers.join() ? 1 : 0;
  const la = pa.folded.length || 1;
  const lb = pb.folded.length || 1;
  return [surfaceSimilarity(lang, a, b), cos, hasVec, gram, overlap, attrSame, attrDiff, attrOne, kindSame, kindDiff, negDiff, numDiff, Math.min(la, lb) / Math.max(la, lb)];
}
