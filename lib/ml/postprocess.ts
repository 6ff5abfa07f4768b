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
