/**
 * Builds the head's input matrix: [hashed n-grams | dense features | USE embedding | USE flag].
 * One layout for every head so training and inference cannot drift apart.
 */
import { denseFeatures, hashFeatures, DENSE_NAMES, type EmojiLexicon } from './featurize';

export const USE_DIM = 512;

export interface FeatureConfig {
  /** Hash buckets for n-grams. */
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
}

export const inputDim = (c: FeatureConfig): number =>
  c.hashDim + DENSE_NAMES.length + (c.useEmbedding ? USE_DIM + 1 : 0);

/**
 * Row-major Float32Array of shape [texts.length, inputDim]. `embeddings[i]` is the USE vector of
 * text i, or null when the text has no English words (USE sees Chinese as unknown tokens only).
 */
export function buildInput(
  texts: string[],
  config: FeatureConfig,
  emoji: EmojiLexicon,
  embeddings?: (Float32Array | number[] | null)[],
): Float32Array {
  const dim = inputDim(config);
  const out = new Float32Array(texts.length * dim);
  texts.forEach((text, row) => {
    const base = row * dim;
    const h = hashFeatures(text, config.hashDim);
    h.indices.forEach((k, j) => {
      out[base + k] = h.values[j] ?? 0;
    });
    denseFeatures(text, emoji).forEach((v, j) => {
      out[base + config.hashDim + j] = v;
    });
    if (!config.useEmbedding) return;
    const e = embeddings?.[row];
    if (!e) return;
    const off = base + config.hashDim + DENSE_NAMES.length;
    const scale = config.useScale ?? 1;
    for (let j = 0; j < USE_DIM; j += 1) out[off + j] = (e[j] ?? 0) * scale;
    out[off + USE_DIM] = 1;
  });
  return out;
}
