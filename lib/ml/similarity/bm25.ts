/**
 * BM25 retrieval over character n-grams (Chinese) and words + character trigrams (Latin script).
 * Chinese has no pretrained encoder that runs offline here; char n-grams need no segmenter and
 * survive chat's missing word boundaries and typos.
 */
import { normalizeText } from '../features/text-normalize';
import { canonicalizeZh } from './synonyms-zh';

export interface Bm25Options { k1?: number; b?: number; synonyms?: boolean }

// Question particles and fillers that carry no topic.
const STOP = new Set(['吗', '呢', '啊', '呀', '的', '了', '么', '吧', '哈', '主', '播', '请', '问', 'the', 'a', 'is', 'it', 'do', 'you', 'i', 'to', 'this', 'of']);

export function bm25Terms(text: string, synonyms = true): string[] {
  const t = synonyms ? canonicalizeZh(normalizeText(text)) : normalizeText(text);
  const out: string[] = [];
  for (const m of t.matchAll(/(\p{Script=Han}+)|([a-z0-9']+)/gu)) {
    if (m[1]) {
      const cs = [...m[1]].filter((c) => !STOP.has(c));
      cs.forEach((c, i) => {
        out.push(c);
        if (i + 1 < cs.length) out.push(c + (cs[i + 1] ?? ''));
      });
    } else if (m[2] && !STOP.has(m[2])) {
      out.push(`w:${m[2]}`);
      const p = `<${m[2]}>`;
      for (let i = 0; i + 3 <= p.length; i += 1) out.push(`c:${p.slice(i, i + 3)}`);
    }
  }
  return out;
}

export interface Bm25Index {
  search(query: string): { index: number; score: number }[];
  /** Score a document identical to the query would get: divides raw scores into roughly 0..1. */
  selfScore(query: string): number;
  size: number;
}

export function buildBm25(docs: string[], opts: Bm25Options = {}): Bm25Index {
  const k1 = opts.k1 ?? 1.2;
  const b = opts.b ?? 0.75;
  const syn = opts.synonyms ?? true;
  const tfs = docs.map((d) => {
    const m = new Map<string, number>();
    for (const t of bm25Terms(d, syn)) m.set(t, (m.get(t) ?? 0) + 1);
    return m;
  });
  const lens = tfs.map((m) => [...m.values()].reduce((a, c) => a + c, 0));
  const avg = lens.reduce((a, c) => a + c, 0) / (lens.length || 1);
  const df = new Map<string, number>();
  for (const m of tfs) for (const t of m.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  const n = docs.length;
  const idf = (t: string): number => {
    const d = df.get(t) ?? 0;
    return Math.log(1 + (n - d + 0.5) / (d + 0.5));
  };
  return {
    size: n,
    selfScore(query: string) {
      const terms = bm25Terms(query, syn);
      const tf = new Map<string, number>();
      for (const t of terms) tf.set(t, (tf.get(t) ?? 0) + 1);
      let s = 0;
      for (const [t, f] of tf) s += (idf(t) * f * (k1 + 1)) / (f + k1 * (1 - b + (b * terms.length) / (avg || 1)));
      return s;
    },
    search(query: string) {
      const q = new Set(bm25Terms(query, syn));
      return tfs
        .map((m, index) => {
          let score = 0;
          for (const t of q) {
            const f = m.get(t);
            if (!f) continue;
            score += (idf(t) * f * (k1 + 1)) / (f + k1 * (1 - b + (b * (lens[index] ?? 0)) / (avg || 1)));
          }
          return { index, score };
        })
        .sort((a, c) => c.score - a.score);
    },
  };
}
