/** Turns head probabilities into labels; pure so the CLI, tests and extension agree exactly. */

export function softmax(logits: ArrayLike<number>): number[] {
  let max = -Infinity;
  for (let i = 0; i < logits.length; i += 1) max = Math.max(max, logits[i] ?? 0);
  const exps = Array.from({ length: logits.length }, (_, i) => Math.exp((logits[i] ?? 0) - max));
  const sum = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / sum);
}

export function argmax(xs: ArrayLike<number>): number {
  let best = 0;
  for (let i = 1; i < xs.length; i += 1) if ((xs[i] ?? -Infinity) > (xs[best] ?? -Infinity)) best = i;
  return best;
}

/** Picks the top label of each row of a [n, labels.length] probability matrix. */
export function topLabels<L extends string>(probs: Float32Array | number[], labels: readonly L[]): { label: L; score: number }[] {
  const k = labels.length;
  const n = Math.floor(probs.length / k);
  return Array.from({ length: n }, (_, r) => {
    const row = Array.from({ length: k }, (_, j) => probs[r * k + j] ?? 0);
    const i = argmax(row);
    return { label: labels[i] as L, score: row[i] ?? 0 };
  });
}

/**
 * Two-stage sentiment: the 3-class head decides how likely a line is neutral, the polarity head
 * decides the sign of the rest. Rows of `three` are [negative, neutral, positive]; `pos` holds each
 * row's P(positive | polar). When pos equals the 3-class head's own positive share, the output is
 * unchanged, so the polarity head can only move probability between negative and positive.
 */
export function composeSentiment(three: ArrayLike<number>, pos: ArrayLike<number>): Float32Array {
  const out = new Float32Array(three.length);
  for (let r = 0; r < pos.length; r += 1) {
    const neutral = three[r * 3 + 1] ?? 0;
    const p = pos[r] ?? 0;
    out[r * 3] = (1 - neutral) * (1 - p);
    out[r * 3 + 1] = neutral;
    out[r * 3 + 2] = (1 - neutral) * p;
  }
  return out;
}

const logit = (p: number): number => Math.log(Math.max(p, 1e-7) / Math.max(1 - p, 1e-7));

/**
 * Product of experts for the sign of a line: the chat polarity head's P(positive) combined in logit
 * space with the English review expert's, weighted by `weight`. The expert read only the Latin part
 * of a line, so lines without Latin letters (`hasLatin` false) keep the chat head's answer.
 */
export function combinePolarity(chat: number, review: number, hasLatin: boolean, weight: number): number {
  if (!hasLatin || weight === 0) return chat;
  return 1 / (1 + Math.exp(-(logit(chat) + weight * logit(review))));
}

/**
 * The labelling guide ties sentiment to two intents: a complaint is always negative, praise always
 * positive. This couples the heads as a product of experts: each row's negative probability is
 * multiplied by exp(weight · P(complaint)) and its positive by exp(weight · P(praise)), then
 * renormalised. weight 0 leaves sentiment unchanged (lib/ml/heads.ts holds the shipped weight).
 */
export function coupleIntent(sent: ArrayLike<number>, intent: ArrayLike<number>, nIntents: number, complaint: number, praise: number, weight: number): Float32Array {
  const out = Float32Array.from(sent);
  if (weight === 0) return out;
  for (let r = 0; r * 3 < out.length; r += 1) {
    const neg = (out[r * 3] ?? 0) * Math.exp(weight * (intent[r * nIntents + complaint] ?? 0));
    const neu = out[r * 3 + 1] ?? 0;
    const pos = (out[r * 3 + 2] ?? 0) * Math.exp(weight * (intent[r * nIntents + praise] ?? 0));
    const sum = neg + neu + pos || 1;
    out[r * 3] = neg / sum;
    out[r * 3 + 1] = neu / sum;
    out[r * 3 + 2] = pos / sum;
  }
  return out;
}

/** (1 − w)·a + w·b, element by element: two tiers' probabilities for the same rows averaged (each row still sums to 1). */
export function blendRows(a: ArrayLike<number>, b: ArrayLike<number>, w: number): Float32Array {
  if (a.length !== b.length) throw new Error(`blendRows: ${a.length} vs ${b.length} values`);
  const out = new Float32Array(a.length);
  for (let i = 0; i < a.length; i++) out[i] = (1 - w) * (a[i] ?? 0) + w * (b[i] ?? 0);
  return out;
}
