/**
 * Builds the head's input matrix:
 * [hashed n-grams | dense features | USE embedding | USE flag | keyword-rule features (optional)].
 * One layout for every head so training and inference cannot drift apart.
 */
import { denseFeatures, hashFeatures, DENSE_NAMES, type EmojiLexicon } from './featurize';
import { hasHan } from './text-normalize';
import { glossZh, segmentZh, type GlossDict } from './zh-gloss';
import { RULE_DIM, ruleFeatures } from './intent-rules';

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
  /**
   * Whether the English words of those glosses are also hashed as word tokens ("w:refund"), so
   * English and Chinese lines share n-gram features and each language's data teaches the other.
   */
  glossTokens?: boolean;
  /**
   * Whether the keyword rules (lib/ml/intent-rules.ts) are appended as features: which rules match
   * and the rule baseline's first-match label, multiplied by `ruleScale` (default 1).
   */
  ruleFeatures?: boolean;
  /** Whether CC-CEDICT-segmented Chinese words (≥ 2 characters) and word bigrams are hashed too. */
  zhWords?: boolean;
  ruleScale?: number;
}

/** Word tokens of a line's CC-CEDICT gloss (empty without Han text or a dictionary). */
export function glossTokens(text: string, gloss: GlossDict | null | undefined): string[] {
  if (!gloss || !hasHan(text)) return [];
  return (glossZh(text, gloss).toLowerCase().match(/[a-z]{2,}/g) ?? []).map((w) => `w:${w}`);
}

/** Hashed tokens of a line's dictionary-segmented Chinese words: "zw:退款", bigrams "zb:申请_退款". */
export function zhWordTokens(text: string, gloss: GlossDict | null | undefined): string[] {
  if (!gloss || !hasHan(text)) return [];
  const out: string[] = [];
  for (const words of segmentZh(text, gloss)) {
    words.forEach((w, i) => {
      if ([...w].length > 1) out.push(`zw:${w}`);
      const next = words[i + 1];
      if (next !== undefined) out.push(`zb:${w}_${next}`);
    });
  }
  return out;
}

export const inputDim = (c: FeatureConfig): number =>
  c.hashDim + DENSE_NAMES.length + (c.useEmbedding ? USE_DIM + 1 : 0) + (c.ruleFeatures ? RULE_DIM : 0);

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
    const extra = [...(config.glossTokens ? glossTokens(text, gloss) : []), ...(config.zhWords ? zhWordTokens(text, gloss) : [])];
    const h = hashFeatures(text, config.hashDim, extra);
    h.indices.forEach((k, j) => {
      out[base + k] = h.values[j] ?? 0;
    });
    denseFeatures(text, emoji).forEach((v, j) => {
      out[base + config.hashDim + j] = v;
    });
    const off = base + config.hashDim + DENSE_NAMES.length;
    if (config.ruleFeatures) {
      const rOff = off + (config.useEmbedding ? USE_DIM + 1 : 0);
      const rs = config.ruleScale ?? 1;
      ruleFeatures(text).forEach((v, j) => {
        out[rOff + j] = v * rs;
      });
    }
    if (!config.useEmbedding) return;
    const e = embeddings?.[row];
    if (!e) return;
    const scale = config.useScale ?? 1;
    for (let j = 0; j < USE_DIM; j += 1) out[off + j] = (e[j] ?? 0) * scale;
    out[off + USE_DIM] = 1;
  });
  return out;
}
