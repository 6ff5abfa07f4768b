/**
 * FAQ matching: English questions by USE-lite cosine (when an embedder is given), Chinese and mixed
 * questions (and English without an embedder) by char-n-gram BM25 with synonym folding.
 */
import { hasHan } from '../features/text-normalize';
import { buildBm25, type Bm25Options } from './bm25';
import { cosine } from './cosine';

export interface FaqEntry { id: string; questions: string[] }
export type EmbedFn = (texts: string[]) => Promise<(number[] | null)[]>;
export interface FaqMatch { faqId: string; score: number; method: 'use' | 'bm25' }
export interface FaqMatcher { match(text: string): Promise<FaqMatch | null>; rank(text: string): Promise<FaqMatch[]> }

export interface FaqMatcherOptions extends Bm25Options {
  /** Send Chinese to the embedder too (only sensible when it glosses Chinese into English). */
  embedHan?: boolean;
}

export async function createFaqMatcher(faqs: FaqEntry[], embed?: EmbedFn, bm25Opts: FaqMatcherOptions = {}): Promise<FaqMatcher> {
  const flat = faqs.flatMap((f) => f.questions.map((q) => ({ id: f.id, q })));
  const bm25 = buildBm25(flat.map((x) => x.q), bm25Opts);
  const vecs = embed ? await embed(flat.map((x) => x.q)) : flat.map(() => null);

  function best(scored: { index: number; score: number }[], method: FaqMatch['method']): FaqMatch[] {
    const byFaq = new Map<string, number>();
    for (const { index, score } of scored) {
      const id = flat[index]?.id;
      if (id !== undefined && score > (byFaq.get(id) ?? -Infinity)) byFaq.set(id, score);
    }
    return [...byFaq].map(([faqId, score]) => ({ faqId, score, method })).sort((a, b) => b.score - a.score);
  }

  async function rank(text: string): Promise<FaqMatch[]> {
    // Chinese goes to BM25 even with an embedder: USE-lite has no Chinese vocabulary.
    if (embed && (bm25Opts.embedHan === true || !hasHan(text))) {
      const [q] = await embed([text]);
      if (q) return best(vecs.flatMap((v, index) => (v ? [{ index, score: cosine(q, v) }] : [])), 'use');
    }
    const self = bm25.selfScore(text) || 1;
    return best(bm25.search(text).map((x) => ({ index: x.index, score: Math.min(1, x.score / self) })), 'bm25');
  }

  return { rank, match: async (text) => (await rank(text))[0] ?? null };
}
