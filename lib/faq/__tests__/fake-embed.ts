import type { EmbedFn } from '../types';

/** A deterministic stand-in for the sentence encoder: hashed word and character-bigram counts. */
export const fakeEmbed: EmbedFn = async (texts) =>
  texts.map((t) => {
    const v = new Array<number>(256).fill(0);
    const s = t.toLowerCase();
    const grams = [...(s.match(/[a-z]+/g) ?? []), ...[...s.replace(/[^\p{L}]/gu, '')].map((c, i, a) => c + (a[i + 1] ?? ''))];
    for (const g of grams) {
      let h = 7;
      for (const ch of g) h = (h * 31 + ch.codePointAt(0)!) % 256;
      v[h]! += 1;
    }
    return v;
  });
