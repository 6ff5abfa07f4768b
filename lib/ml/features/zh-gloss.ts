/**
 * Cross-lingual bridge for the English-only sentence encoder: Chinese words are looked up in
 * CC-CEDICT (forward maximum matching, ≤ 4 characters) and replaced by short English glosses, so
 * "骗子 退款" reaches USE-lite as "swindler to refund". No pretrained Chinese encoder ships offline;
 * this gives Chinese lines semantic features from a dictionary instead.
 */
export type GlossDict = Record<string, string>;

// Particles whose dictionary glosses ("of", "to finish") would only add noise.
const PARTICLES = new Set(['的', '了', '吗', '呢', '啊', '呀', '吧', '哈', '么', '哦', '嘛', '啦', '呗', '哒', '滴', '个']);

export function glossZh(text: string, dict: GlossDict): string {
  return text.replace(/\p{Script=Han}+/gu, (run) => {
    const chars = [...run];
    const out: string[] = [];
    let i = 0;
    while (i < chars.length) {
      let matched = 0;
      for (let n = Math.min(4, chars.length - i); n >= 1; n -= 1) {
        const w = chars.slice(i, i + n).join('');
        const g = dict[w];
        if (g !== undefined && !(n === 1 && PARTICLES.has(w))) {
          out.push(g);
          matched = n;
          break;
        }
      }
      i += matched || 1;
    }
    return ` ${out.join(' ')} `;
  }).replace(/\s+/g, ' ').trim();
}
