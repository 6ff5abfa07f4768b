/**
 * L2-regularised logistic regression fitted by Newton's method (a dozen features: the normal
 * equations are tiny). Pure; used by fit-scorer.ts.
 */
import type { ScorerWeights } from '../match/features';

function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]!]);
  for (let c = 0; c < n; c += 1) {
    let p = c;
    for (let r = c + 1; r < n; r += 1) if (Math.abs(m[r]![c]!) > Math.abs(m[p]![c]!)) p = r;
    [m[c], m[p]] = [m[p]!, m[c]!];
    const d = m[c]![c]! || 1e-12;
    for (let r = 0; r < n; r += 1) {
      if (r === c) continue;
      const f = m[r]![c]! / d;
      for (let k = c; k <= n; k += 1) m[r]![k]! -= f * m[c]![k]!;
    }
  }
  return m.map((row, i) => row[n]! / (row[i]! || 1e-12));
}

/** Fits P(y=1|x); `lambda` penalises the weights (not the bias); `sampleWeights` weigh the rows (default 1). */
export function fitLogistic(xs: readonly number[][], ys: readonly number[], lambda: number, iters = 25, sampleWeights?: readonly number[]): ScorerWeights {
  const d = (xs[0]?.length ?? 0) + 1;
  let w = new Array<number>(d).fill(0);
  for (let it = 0; it < iters; it += 1) {
    const g = new Array<number>(d).fill(0);
    const h = Array.from({ length: d }, () => new Array<number>(d).fill(0));
    xs.forEach((x0, i) => {
      const x = [1, ...x0];
      let z = 0;
      for (let k = 0; k < d; k += 1) z += w[k]! * x[k]!;
      const p = 1 / (1 + Math.exp(-z));
      const sw = sampleWeights?.[i] ?? 1;
      const r = sw * (p - ys[i]!);
      const s = sw * Math.max(p * (1 - p), 1e-9);
      for (let k = 0; k < d; k += 1) {
        g[k]! += r * x[k]!;
        for (let l = k; l < d; l += 1) h[k]![l]! += s * x[k]! * x[l]!;
      }
    });
    for (let k = 0; k < d; k += 1) {
      for (let l = 0; l < k; l += 1) h[k]![l] = h[l]![k]!;
      if (k > 0) {
        g[k]! += lambda * w[k]!;
        h[k]![k]! += lambda;
      }
    }
    const step = solve(h, g);
    w = w.map((v, k) => v - step[k]!);
    if (Math.max(...step.map(Math.abs)) < 1e-8) break;
  }
  return { bias: w[0]!, w: w.slice(1) };
}
