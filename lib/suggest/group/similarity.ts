/**
 * Text similarity between two questions of the same language. English: USE-lite cosine when both
 * have an embedding (else the n-gram term cosine), or the overlap of their content-word stems when
 * that is higher ("is there a subscription" / "can I subscribe to the beans" share "subsc-" while
 * USE-lite scores them low). Chinese: the character 1-2-gram cosine with synonym folding, blended
 * with the USE-lite cosine of the CC-CEDICT glosses when both have one; Chinese text is folded first
 * (traditional → simplified, topic-less particles, 码 = 号: slots/zh-fold.ts) (no pretrained Chinese
 * encoder ships offline; see lib/suggest/eval/README.md for the measurements).
 */
import type { QuestionLang } from '../slots/extract';
import { sameQuestion } from '../paraphrase/scorer';
import { surfaceSimilarity, type TextRep } from '../paraphrase/surface';

export { stems, stemJaccard, type TextRep } from '../paraphrase/surface';

export interface SimilarityParams {
  /** Weight of the glossed-USE cosine in the Chinese blend (0 = n-grams only). */
  zhGlossWeight: number;
  /** Scale of the English content-stem Jaccard overlap (0 = USE-lite alone). */
  enOverlapWeight: number;
  /** Power of the corpus idf weighting the Chinese n-grams (0 = plain counts; see zh-idf.ts). */
  zhIdfPower: number;
  /**
   * Weight of the shared "same question?" scorer (lib/suggest/paraphrase) blended with the
   * similarity above: 0 = off, 1 = its probability alone.
   */
  paraWeight: number;
}

export const DEFAULT_SIMILARITY: SimilarityParams = { zhGlossWeight: 0.4, enOverlapWeight: 1.3, zhIdfPower: 0, paraWeight: 0 };

export function textSimilarity(lang: QuestionLang, a: TextRep, b: TextRep, p: SimilarityParams = DEFAULT_SIMILARITY): number {
  const base = surfaceSimilarity(lang, a, b, p);
  return p.paraWeight ? (1 - p.paraWeight) * base + p.paraWeight * sameQuestion(lang, a, b) : base;
}
