/**
 * Text similarity between two questions of the same language. English: USE-lite cosine when both
 * have an embedding, else the n-gram term cosine. Chinese: the character 1-2-gram cosine with
 * synonym folding, blended with the USE-lite cosine of the CC-CEDICT glosses when both have one
 * (no pretrained Chinese encoder ships offline; see lib/suggest/eval/README.md for the measurements).
 */
import { cosine, termCosine } from '../../ml/similarity';
import type { QuestionLang } from '../slots/extract';

export interface TextRep {
  text: string;
  /** USE-lite embedding (English text, or Chinese glossed into English); null when unavailable. */
  vec: number[] | null;
}

export interface SimilarityParams {
  /** Weight of the glossed-USE cosine in the Chinese blend (0 = n-grams only). */
  zhGlossWeight: number;
}

export const DEFAULT_SIMILARITY: SimilarityParams = { zhGlossWeight: 0.4 };

export function textSimilarity(lang: QuestionLang, a: TextRep, b: TextRep, p: SimilarityParams = DEFAULT_SIMILARITY): number {
  const both = a.vec && b.vec ? cosine(a.vec, b.vec) : null;
  if (lang === 'en') return both ?? termCosine(a.text, b.text);
  const grams = termCosine(a.text, b.text);
  return both === null ? grams : (1 - p.zhGlossWeight) * grams + p.zhGlossWeight * both;
}
