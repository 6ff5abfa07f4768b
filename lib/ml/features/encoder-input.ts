/** What the English sentence encoder is given for a chat line (null: skip the encoder). */
import { hasHan, latinPart, latinWords } from './text-normalize';
import { glossZh, type GlossDict } from './zh-gloss';

/**
 * English text: as is. Chinese or mixed text: with a gloss dictionary, Han words become CC-CEDICT
 * English glosses; without one, only the Latin part is kept (USE sees Chinese as unknown tokens).
 */
export function englishForEncoder(text: string, gloss?: GlossDict | null): string | null {
  const base = gloss && hasHan(text) ? glossZh(text, gloss) : latinPart(text);
  return latinWords(base).length > 0 ? base : null;
}
