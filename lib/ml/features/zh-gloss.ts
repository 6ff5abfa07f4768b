/**
 * Cross-lingual bridge for the English-only sentence encoder: Chinese words are looked up in
 * CC-CEDICT (forward maximum matching, ≤ 4 characters) and replaced by short English glosses, so
 * "骗子 退款" reaches USE-lite as "swindler to refund". No pretrained Chinese encoder ships offline;
 * this gives Chinese lines semantic features from a dictionary instead.
 */
export type GlossDict = Record<string, string>;

// Particles whose dictionary glosses ("of", "to finish") would only add noise.
const PARTICLES = new Set(['的', '了', '吗', '呢', '啊', '呀', '吧', '哈', '么', '哦', '嘛', '啦', '呗', '哒', '滴', '个']);

/** UTF-16 offsets of each character of a run (Han characters outside the BMP take two units). */
export function charOffsets(run: string): number[] {
  const off = [0];
  for (const c of run) off.push((off[off.length - 1] ?? 0) + c.length);
  return off;
}

export function glossZh(text: string, dict: GlossDict): string {
  // A Chinese line is glossed twice in a row (gloss tokens, then the encoder's token bag).
  if (text === last.text && dict === last.dict) return last.out;
  const out = text.replace(/\p{Script=Han}+/gu, (run) => {
    const off = charOffsets(run);
    const len = off.length - 1;
    const words: string[] = [];
    let i = 0;
    while (i < len) {
      let matched = 0;
      for (let n = Math.min(4, len - i); n >= 1; n -= 1) {
        const w = run.slice(off[i], off[i + n]);
        const g = dict[w];
        if (g !== undefined && !(n === 1 && PARTICLES.has(w))) {
          words.push(g);
          matched = n;
          break;
        }
      }
      i += matched || 1;
    }
    return ` ${words.join(' ')} `;
  }).replace(/\s+/g, ' ').trim();
  last.text = text;
  last.dict = dict;
  last.out = out;
  return out;
}
const last = { text: null as string | null, dict: null as GlossDict | null, out: '' };
