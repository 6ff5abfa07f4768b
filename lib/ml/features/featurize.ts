/**
 * Hashed n-gram features shared by training (models/) and inference (runtime): Latin word uni/bigrams
 * and character trigrams (robust to typos), Han character 1-3-grams (no segmenter needed, robust to
 * chat's missing word boundaries), emoji, punctuation, product-number shapes and whole-line tokens
 * for the very short lines ("1", "W", "扣1") that carry much of live-commerce intent.
 */
import { fnv1a } from './hashing';
import { hasHan, latinWords, normalizeText } from './text-normalize';

export interface SparseVec { indices: number[]; values: number[] }

const SEGMENT = /(\p{Script=Han}+)|([a-z0-9']+)|(\p{Extended_Pictographic})|([?？!！#$])/gu;

function hanGrams(run: string, out: string[]): void {
  const chars = [...run];
  for (let i = 0; i < chars.length; i += 1) {
    const a = chars[i] ?? '';
    out.push(`h:${a}`);
    if (i + 1 < chars.length) out.push(`h2:${a}${chars[i + 1] ?? ''}`);
    if (i + 2 < chars.length) out.push(`h3:${a}${chars[i + 1] ?? ''}${chars[i + 2] ?? ''}`);
  }
  out.push(`h^:${chars[0] ?? ''}`, `h$:${chars[chars.length - 1] ?? ''}`);
}

function latinGrams(word: string, out: string[]): void {
  if (/^\d+$/.test(word)) {
    out.push('num');
    return;
  }
  out.push(`w:${word}`);
  const padded = `<${word}>`;
  for (let i = 0; i + 3 <= padded.length; i += 1) out.push(`c:${padded.slice(i, i + 3)}`);
}

/** The feature strings of one line (exported for tests and debugging). */
export function tokens(text: string): string[] {
  const t = normalizeText(text);
  const out: string[] = [];
  const words: string[] = [];
  for (const m of t.matchAll(SEGMENT)) {
    if (m[1]) {
      hanGrams(m[1], out);
      words.push(m[1]);
    } else if (m[2]) {
      latinGrams(m[2], out);
      words.push(/^\d+$/.test(m[2]) ? '0' : m[2]);
    } else if (m[3]) out.push(`e:${m[3]}`);
    else if (m[4]) out.push(`p:${m[4] === '？' ? '?' : m[4] === '！' ? '!' : m[4]}`);
  }
  for (let i = 0; i + 1 < words.length; i += 1) out.push(`b:${words[i]}_${words[i + 1]}`);
  if (/#\s?\d/.test(t)) out.push('shape:#num');
  if (/\d+\s?号/.test(t)) out.push('shape:num号');
  if (/^[\d\s+]+$/.test(t)) out.push('shape:digits_only');
  const compact = t.replace(/\s+/g, '');
  if ([...compact].length <= 6) out.push(`line:${compact.replace(/\d+/g, '0')}`);
  out.push(`len:${Math.min(6, Math.ceil([...compact].length / 4))}`);
  return out;
}

/** Hashes tokens (plus `extra` ones) into `dim` buckets with log term frequency, L2-normalised. */
export function hashFeatures(text: string, dim: number, extra: string[] = []): SparseVec {
  const counts = new Map<number, number>();
  for (const tok of [...tokens(text), ...extra]) {
    const k = fnv1a(tok) % dim;
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  const indices = [...counts.keys()].sort((a, b) => a - b);
  const values = indices.map((k) => Math.log1p(counts.get(k) ?? 0));
  const norm = Math.sqrt(values.reduce((s, v) => s + v * v, 0)) || 1;
  return { indices, values: values.map((v) => v / norm) };
}

/** Emoji sentiment lexicon: emoji -> score in [-1, 1] (Emoji Sentiment Ranking, CC BY-SA 4.0). */
export type EmojiLexicon = Record<string, number>;

export const DENSE_NAMES = ['emoji_pos', 'emoji_neg', 'question', 'short', 'digits_only', 'han', 'latin', 'urlish'] as const;

/** Small dense features the hashed n-grams cannot express (lexicon sums, shape flags). */
export function denseFeatures(text: string, emoji: EmojiLexicon): number[] {
  let pos = 0;
  let neg = 0;
  for (const m of text.matchAll(/\p{Extended_Pictographic}/gu)) {
    const s = emoji[m[0]] ?? 0;
    if (s > 0) pos += s;
    else neg -= s;
  }
  const t = normalizeText(text);
  return [
    Math.min(pos, 3),
    Math.min(neg, 3),
    /[?？吗呢]/.test(t) ? 1 : 0,
    [...t.replace(/\s+/g, '')].length <= 3 ? 1 : 0,
    /^[\d\s+]+$/.test(t) ? 1 : 0,
    hasHan(t) ? 1 : 0,
    latinWords(t).length > 0 ? 1 : 0,
    /(https?:|www\.|\.com|bit\.ly|dot com|telegram|微信|加v)/.test(t) ? 1 : 0,
  ];
}
