/** Cosine similarity and nearest-neighbour helpers for sentence embeddings. */

export function cosine(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i += 1) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    dot += x * y;
    na += x * x;
    nb += y * y;
  }
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}

/** Indices of the k most similar vectors to `q`, best first. */
export function topK(q: ArrayLike<number>, vectors: ArrayLike<number>[], k: number): { index: number; score: number }[] {
  return vectors
    .map((v, index) => ({ index, score: cosine(q, v) }))
    .sort((a, b) => b.score - a.score)
    .slice(0, k);
}
