/**
 * IDF-weighted character n-gram cosine for Chinese: "还有吗" and "还能抢到吗" share 还, which says
 * little; "材质" shared says a lot. Weights come from a fixed table built from the models' training
 * corpus (build-zh-idf.ts), so the similarity of two questions does not depend on the stream.
 */
import { bm25Terms } from '../../ml/similarity/bm25';
import table from './zh-idf.json';

const IDF = new Map<string, number>(Object.entries(table.terms));

/** Weight of a term: its idf raised to `power` (0 = plain counts, 1 = tf·idf). */
const weight = (t: string, power: number): number => (power === 0 ? 1 : (IDF.get(t) ?? table.rare) ** power);

export function idfTermCosine(a: string, b: string, power = 1): number {
  const vec = (s: string): Map<string, number> => {
    const m = new Map<string, number>();
    for (const t of bm25Terms(s)) m.set(t, (m.get(t) ?? 0) + weight(t, power));
    return m;
  };
  const x = vec(a);
  const y = vec(b);
  let dot = 0, nx = 0, ny = 0;
  for (const [t, v] of x) { nx += v * v; dot += v * (y.get(t) ?? 0); }
  for (const v of y.values()) ny += v * v;
  return nx && ny ? dot / Math.sqrt(nx * ny) : 0;
}
