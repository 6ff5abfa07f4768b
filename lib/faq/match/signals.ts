/**
 * Similarity signals between a viewer's line and each FAQ entry of one language: sentence-encoder
 * cosine (USE-lite; Chinese read through CC-CEDICT glosses) and character/word BM25 with Chinese
 * synonym folding. An entry scores as its best question variant. Pure apart from the injected
 * embedder; entry vectors are computed once per FAQ.
 */
import type { FaqEntry } from '../../catalog/types';
import { buildBm25 } from '../../ml/similarity/bm25';
import { cosine } from '../../ml/similarity/cosine';
import { sameQuestion } from '../../suggest/paraphrase/scorer';
import type { EmbedFn, ReplyLang } from '../types';

export interface EntrySignals {
  id: string;
  /** Encoder cosine with the closest question variant (null without an embedder). */
  enc: number | null;
  /** Encoder cosine with the closest answer variant (null without an embedder). */
  ans: number | null;
  /** BM25 of the closest variant divided by the query's self score, 0..1. */
  lex: number;
  /** The same against the entry's answers: the things an answer names ("hydrostatic head", "extra-fine"). */
  ansLex: number;
  /** The shared "same question?" scorer (lib/suggest/paraphrase) with the closest question variant, 0..1 (0 when off). */
  para: number;
  /** Index of the closest variant (by the combined score). */
  question: number;
}

export interface SignalIndex {
  readonly lang: ReplyLang;
  score(text: string, vec?: number[] | null): EntrySignals[];
  /** The query vector as the index embeds it (English plain, Chinese glossed). */
  embedQuery(text: string): Promise<number[] | null>;
}

export async function buildSignalIndex(entries: readonly FaqEntry[], lang: ReplyLang, embed?: EmbedFn, fold: (s: string) => string = (s) => s, paraphrase = false): Promise<SignalIndex> {
  const flat = entries.flatMap((e) => e.questions.map((q, i) => ({ id: e.id, q, i })));
  const bm25 = buildBm25(flat.map((x) => fold(x.q)));
  const opts = lang === 'zh' ? { glossZh: true } : undefined;
  const vecs: (number[] | null)[] = embed && flat.length ? await embed(flat.map((x) => x.q), opts) : flat.map(() => null);
  const answers = entries.flatMap((e) => e.answers.map((a) => ({ id: e.id, a })));
  const ansBm25 = buildBm25(answers.map((x) => fold(x.a)));
  const ansVecs: (number[] | null)[] = embed && answers.length ? await embed(answers.map((x) => x.a), opts) : answers.map(() => null);
  return {
    lang,
    async embedQuery(text) {
      if (!embed) return null;
      const [v] = await embed([text], opts);
      return v ?? null;
    },
    score(text, vec) {
      const folded = fold(text);
      const self = bm25.selfScore(folded) || 1;
      const lexByDoc = new Map(bm25.search(folded).map((r) => [r.index, Math.min(1, r.score / self)]));
      const ansSelf = ansBm25.selfScore(folded) || 1;
      const ansLexByDoc = new Map(ansBm25.search(folded).map((r) => [r.index, Math.min(1, r.score / ansSelf)]));
      const byId = new Map<string, EntrySignals & { key: number }>();
      flat.forEach((x, k) => {
        const v = vecs[k];
        const enc = vec && v ? cosine(vec, v) : null;
        const lex = lexByDoc.get(k) ?? 0;
        const key = enc ?? lex;
        const para = !paraphrase ? 0 : sameQuestion(lang, { text, vec: vec ?? null }, { text: x.q, vec: vec ? (v ?? null) : null });
        const prev = byId.get(x.id);
        if (!prev) {
          byId.set(x.id, { id: x.id, enc, ans: null, lex, ansLex: 0, para, question: x.i, key });
          return;
        }
        prev.para = Math.max(prev.para, para);
        // Each signal takes its best variant; the reported variant is the one closest overall.
        if (enc !== null) prev.enc = Math.max(prev.enc ?? -1, enc);
        prev.lex = Math.max(prev.lex, lex);
        if (key > prev.key) {
          prev.key = key;
          prev.question = x.i;
        }
      });
      answers.forEach((x, k) => {
        const v = ansVecs[k];
        const s = byId.get(x.id);
        if (s) s.ansLex = Math.max(s.ansLex, ansLexByDoc.get(k) ?? 0);
        if (s && vec && v) s.ans = Math.max(s.ans ?? -1, cosine(vec, v));
      });
      return [...byId.values()].map(({ key: _k, ...s }) => s);
    },
  };
}
