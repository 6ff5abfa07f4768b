/**
 * Builds the head's input matrix: [hashed n-grams | dense features | VADER (optional) | Chinese
 * lexicon (optional) | USE embedding | USE flag]. One layout for every head so training and
 * inference cannot drift apart.
 */
import { englishForEncoder } from './encoder-input';
import { denseFeatures, hashFeatures, DENSE_NAMES, type EmojiLexicon } from './featurize';
import { hasHan } from './text-normalize';
import { LEXICON_NAMES, lexiconFeatures } from './english-lexicon';
import { glossZh, type GlossDict } from './zh-gloss';
import { ZH_LEX_NAMES, zhLexiconFeatures, zhWordTokens, type ZhLexicon } from './zh-lexicon';

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
  /** Whether Chinese lines reach the encoder as CC-CEDICT glosses (lib/ml/features/zh-gloss.ts). */
  glossZh?: boolean;
  /**
   * Whether the English words of those glosses are also hashed as word tokens ("w:refund"), so
   * English and Chinese lines share n-gram features and each language's data teaches the other.
   */
  glossTokens?: boolean;
  /** Whether VADER polarity of the Latin text is appended (lib/ml/features/english-lexicon.ts). */
  lexicon?: boolean;
  /** Whether BosonNLP / HowNet / DUTIR features with negation scope are appended (lib/ml/features/zh-lexicon.ts). */
  zhLexicon?: boolean;
  /** Whether multi-character Chinese words (max-match segmentation) are hashed as tokens ("zw:快递"). */
  zhWords?: boolean;
  /**
   * Size of the sentence encoder's SentencePiece vocabulary whose token bag is appended (0/absent:
   * none): the encoder input's token ids, each weighted 1/count. The student's weights on this block
   * are the encoder's own token embeddings times a learnt projection (models/student/fit.py), so it
   * gets the encoder's word meanings without running the encoder.
   */
  useTokens?: number;
}

/** The sentence encoder's tokenizer (USE-lite's SentencePiece, as lib/ml/use-encoder.ts builds it). */
export interface TokenEncoder { encode(text: string): number[] }

/** The lookup tables the features read (loaded once by the runtime, or from disk in training). */
export interface FeatureTables {
  emoji: EmojiLexicon;
  /** CC-CEDICT word -> English gloss; also the word list of the Chinese segmenter. */
  gloss?: GlossDict | null;
  zh?: ZhLexicon | null;
  /** Needed by `useTokens` (without it that block stays zero). */
  tokenizer?: TokenEncoder | null;
}

/** Word tokens of a line's CC-CEDICT gloss (empty without Han text or a dictionary). */
export function glossTokens(text: string, gloss: GlossDict | null | undefined): string[] {
  if (!gloss || !hasHan(text)) return [];
  return (glossZh(text, gloss).toLowerCase().match(/[a-z]{2,}/g) ?? []).map((w) => `w:${w}`);
}

const denseDim = (c: FeatureConfig): number => DENSE_NAMES.length + (c.lexicon ? LEXICON_NAMES.length : 0) + (c.zhLexicon ? ZH_LEX_NAMES.length : 0);

export const inputDim = (c: FeatureConfig): number => c.hashDim + denseDim(c) + (c.useTokens ?? 0) + (c.useEmbedding ? USE_DIM + 1 : 0);

/** The encoder-input token ids of a line, in order (ids outside the vocabulary dropped; empty without encoder input). */
export function encoderTokenIds(text: string, vocab: number, tokenizer: TokenEncoder, gloss: GlossDict | null | undefined): number[] {
  const input = englishForEncoder(text, gloss);
  return input === null ? [] : tokenizer.encode(input).filter((k) => k >= 0 && k < vocab);
}

/** The encoder-input token bag of a line: token id -> 1/count (empty without encoder input). */
export function tokenBag(text: string, vocab: number, tokenizer: TokenEncoder, gloss: GlossDict | null | undefined): Map<number, number> {
  const ids = encoderTokenIds(text, vocab, tokenizer, gloss);
  const bag = new Map<number, number>();
  for (const k of ids) bag.set(k, (bag.get(k) ?? 0) + 1 / ids.length);
  return bag;
}

/**
 * A batch of input rows kept sparse (CSR): row r's non-zero inputs are idx/val[indptr[r]..indptr[r+1]),
 * indices ascending. Exactly the non-zero entries of buildInput's dense rows (same float32 values):
 * a chat line has ~50–150 of the student's 16,225 inputs.
 */
export interface SparseBatch { dim: number; indptr: Int32Array; idx: Int32Array; val: Float32Array }

/** Appends one line's non-zero inputs (ascending index) to idx/val. */
function appendRow(
  text: string,
  config: FeatureConfig,
  tables: FeatureTables,
  embedding: Float32Array | number[] | null | undefined,
  idx: number[],
  val: number[],
): void {
  const { emoji, gloss, zh } = tables;
  const put = (k: number, v: number): void => {
    if (v !== 0) { idx.push(k); val.push(v); }
  };
  // hashDim 0: a head that reads only dense features and the sentence embedding.
  if (config.hashDim > 0) {
    const extra = [...(config.glossTokens ? glossTokens(text, gloss) : []), ...(config.zhWords && zh ? zhWordTokens(text, zh, gloss) : [])];
    const h = hashFeatures(text, config.hashDim, extra);
    h.indices.forEach((k, j) => put(k, h.values[j] ?? 0));
  }
  const dense = denseFeatures(text, emoji);
  if (config.lexicon) dense.push(...lexiconFeatures(text));
  // Without the table (failed to load) the block stays zero, as for a line with no Chinese.
  if (config.zhLexicon) dense.push(...(zh ? zhLexiconFeatures(text, zh, gloss) : ZH_LEX_NAMES.map(() => 0)));
  dense.forEach((v, j) => put(config.hashDim + j, v));
  const tokOff = config.hashDim + denseDim(config);
  if (config.useTokens && tables.tokenizer) {
    const bag = [...tokenBag(text, config.useTokens, tables.tokenizer, gloss)].sort((a, b) => a[0] - b[0]);
    for (const [k, v] of bag) put(tokOff + k, v);
  }
  if (!config.useEmbedding || !embedding) return;
  const off = tokOff + (config.useTokens ?? 0);
  const scale = config.useScale ?? 1;
  for (let j = 0; j < USE_DIM; j += 1) put(off + j, (embedding[j] ?? 0) * scale);
  put(off + USE_DIM, 1);
}

/**
 * The rows of buildInput, sparse. `embeddings[i]` is the USE vector of text i, or null when the text
 * has no English words (USE sees Chinese as unknown tokens only).
 */
export function buildSparse(
  texts: string[],
  config: FeatureConfig,
  tables: FeatureTables,
  embeddings?: (Float32Array | number[] | null)[],
): SparseBatch {
  const idx: number[] = [];
  const val: number[] = [];
  const indptr = new Int32Array(texts.length + 1);
  texts.forEach((text, row) => {
    appendRow(text, config, tables, embeddings?.[row], idx, val);
    indptr[row + 1] = idx.length;
  });
  return { dim: inputDim(config), indptr, idx: Int32Array.from(idx), val: Float32Array.from(val) };
}

/** Row-major dense Float32Array of shape [rows, dim]. */
export function densify(x: SparseBatch): Float32Array {
  const rows = x.indptr.length - 1;
  const out = new Float32Array(rows * x.dim);
  for (let r = 0; r < rows; r += 1) {
    for (let j = x.indptr[r] ?? 0; j < (x.indptr[r + 1] ?? 0); j += 1) out[r * x.dim + (x.idx[j] ?? 0)] = x.val[j] ?? 0;
  }
  return out;
}

/**
 * Row-major Float32Array of shape [texts.length, inputDim]. `embeddings[i]` is the USE vector of
 * text i, or null when the text has no English words (USE sees Chinese as unknown tokens only).
 */
export function buildInput(
  texts: string[],
  config: FeatureConfig,
  tables: FeatureTables,
  embeddings?: (Float32Array | number[] | null)[],
): Float32Array {
  return densify(buildSparse(texts, config, tables, embeddings));
}
