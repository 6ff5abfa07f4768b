/**
 * Groups repeated questions ("asked 12x"): greedy leader clustering, so each new text joins the first
 * group whose leader is similar enough. O(n * groups), fine for a live question queue.
 */
import { bm25Terms } from './bm25';
import { cosine } from './cosine';

/** Cosine over n-gram term counts (the BM25 terms): a cheap Chinese/English text similarity. */
export function termCosine(a: string, b: string): number {
  const count = (t: string): Map<string, number> => {
    const m = new Map<string, number>();
    for (const x of bm25Terms(t)) m.set(x, (m.get(x) ?? 0) + 1);
    return m;
  };
  const ma = count(a);
  const mb = count(b);
  const keys = [...new Set([...ma.keys(), ...mb.keys()])];
  return cosine(keys.map((k) => ma.get(k) ?? 0), keys.map((k) => mb.get(k) ?? 0));
}

export function groupBySimilarity(n: number, sim: (i: number, j: number) => number, threshold: number): number[][] {
  const groups: number[][] = [];
  for (let i = 0; i < n; i += 1) {
    const g = groups.find((grp) => sim(grp[0] as number, i) >= threshold);
    if (g) g.push(i);
    else groups.push([i]);
  }
  return groups;
}
