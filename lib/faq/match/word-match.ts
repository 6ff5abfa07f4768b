/**
 * Word-level meaning overlap between a line and each entry: every content word of the line
 * (English stems, Chinese character bigrams; vocabulary.ts) is compared by the sentence encoder
 * with every content word of the entry's questions, answers and keywords, so "guarantee" meets
 * "warranty" and "litres" meets "liters" where exact-word checks see a new word. Entry words are
 * embedded once per FAQ; a line's words are embedded once and remembered (bounded).
 */
import { cosine } from '../../ml/similarity/cosine';
import type { EmbedFn, FaqEntry, ReplyLang } from '../types';
import { contentUnits } from './vocabulary';

export interface WordOverlap {
  /** Mean over the line's words of the best cosine with one of the entry's words (1 = all present). */
  cover: number;
  /** Line words with no entry word closer than MISS_BELOW. */
  missing: number;
}

const MISS_BELOW = 0.55;
const MAX_REMEMBERED = 20_000;

export interface WordMatcher {
  overlap(text: string): Promise<Map<string, WordOverlap> | null>;
}

export async function buildWordMatcher(entries: readonly Pick<FaqEntry, 'id' | 'questions' | 'answers' | 'keywords'>[], lang: ReplyLang, embed?: EmbedFn): Promise<WordMatcher> {
  const opts = lang === 'zh' ? { glossZh: true } : undefined;
  const units = new Map(entries.map((e) => [e.id, [...new Set(contentUnits([...e.questions, ...e.answers, ...(e.keywords ?? [])].join('\n')))]]));
  const vecs = new Map<string, number[] | null>();
  const ensure = async (ws: string[]) => {
    const missing = [...new Set(ws.filter((w) => !vecs.has(w)))];
    if (!missing.length || !embed) return;
    if (vecs.size + missing.length > MAX_REMEMBERED) vecs.clear();
    const got = await embed(missing, opts);
    missing.forEach((w, i) => vecs.set(w, got[i] ?? null));
  };
  const entryWords = [...new Set([...units.values()].flat())];
  if (embed) await ensure(entryWords);
  return {
    async overlap(text) {
      if (!embed) return null;
      const mine = [...new Set(contentUnits(text))];
      await ensure(mine);
      // Entry words may have been forgotten with the line cache: embed them again when needed.
      await ensure(entryWords);
      const out = new Map<string, WordOverlap>();
      for (const [id, ws] of units) {
        if (!mine.length) {
          out.set(id, { cover: 1, missing: 0 });
          continue;
        }
        const have = new Set(ws);
        let sum = 0;
        let missing = 0;
        for (const u of mine) {
          let best = have.has(u) ? 1 : 0;
          const uv = vecs.get(u);
          if (best < 1 && uv) for (const w of ws) { const wv = vecs.get(w); if (wv) best = Math.max(best, cosine(uv, wv)); }
          sum += best;
          if (best < MISS_BELOW) missing += 1;
        }
        out.set(id, { cover: sum / mine.length, missing });
      }
      return out;
    },
  };
}
