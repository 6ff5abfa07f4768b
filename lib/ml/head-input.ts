/**
 * Builds the head's input matrix: [hashed n-grams | dense features | VADER (optional) | USE embedding | USE flag].
 * One layout for every head so training and inference cannot drift apart.
 */
import { denseFeatures, hashFeatures, DENSE_NAMES, type EmojiLexicon } from './featurize';
import { hasHan } from './text-normalize';
import { LEXICON_NAMES, lexiconFeatures } from './english-lexicon';
import { glossZh, type GlossDict } from './zh-gloss';

export const USE_DIM = 512;

export interface FeatureConfig {
  /** Hash buckets for n-grams (0: none). */
  hashDim: number;
  /** Whether the head was trained with sentence-encoder features appended. */
  useEmbedding: boolean;
  /**
   * Multiplier on the embedding block. With one L2 penalty for all weights, a larger scale makes the
   * semantic features cheaper to use than template-specific n-grams (chosen on dev).
   */
  useScale?: number;
  /** Whether Chinese lines reach the encoder as CC-CEDICT glosses (lib/ml/zh-gloss.ts). */
  glossZh?: boolean;
  /**
   * Whether the English words of those glosses are also hashed as word tokens ("w:refund"), so
   * English and Chinese lines share n-gram features and each language's data teaches the other.
   */
  glossTokens?: boolean;
  /** Whether VADER polarity of the Latin text is appended (lib/ml/english-lexicon.ts). */
  lexicon?: boolean;
}

/** Word tokens of a line's CC-CEDICT gloss (empty without Han text or a dictionary). */
export function glossTokens(text: string, gloss: GlossDict | null | undefined): string[] {
  if (!gloss || !hasHan(text)) return [];
  return (glossZh(text, gloss).toLowerCase().match(/[a-z]{2,}/g) ?? []).map((w) => `w:${w}`);
}

const denseDim = (c: FeatureConfig): number => DENSE_NAMES.length + (c.lexicon ? LEXICON_NAMES.length : 0);

export const inputDim = (c: FeatureConfig): number => c.hashDim + denseDim(c) + (c.useEmbedding ? USE_DIM + 1 : 0);

/**
 * Row-major Float32Array of shape [texts.length, inputDim]. `embeddings[i]` is the USE vector of
 * text i, or null when the text has no English words (USE sees Chinese as unknown tokens only).
 */
export function buildInput(
  texts: string[],
  config: FeatureConfig,
  emoji: EmojiLexicon,
  embeddings?: (Float32Array | number[] | null)[],
  gloss?: GlossDict | null,
): Float32Array {
  const dim = inputDim(config);
  const out = new Float32Array(texts.length * dim);
  texts.forEach((text, row) => {
    const base = row * dim;
    // hashDim 0: a head that reads only dense features and the sentence embedding.
    const h = config.hashDim > 0 ? hashFeatures(text, config.hashDim, config.glossTokens ? glossTokens(text, gloss) : []) : { indices: [], values: [] };
    h.indices.forEach((k, j) => {
      out[base + k] = h.values[j] ?? 0;
    });
    const dense = config.lexicon ? [...denseFeatures(text, emoji), ...lexiconFeatures(text)] : denseFeatures(text, emoji);
    dense.forEach((v, j) => {
      out[base + config.hashDim + j] = v;
    });
    if (!config.useEmbedding) return;
    const e = embeddings?.[row];
    if (!e) return;
    const off = base + config.hashDim + denseDim(config);
    const scale = config.useScale ?? 1;
    for (let j = 0; j < USE_DIM; j += 1) out[off + j] = (e[j] ?? 0) * scale;
    out[off + USE_DIM] = 1;
  });
  return out;
}
