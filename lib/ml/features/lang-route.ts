/**
 * Language routing: a Han-character rule first (fastText calls "扣1" English and "尺码偏大吗"
 * Japanese), then the optional fastText lid.176 guess for Latin-script text.
 */
import type { Lang } from '../labels';
import { hanCount, latinWords } from './text-normalize';

/** A fastText-style guess: ISO 639-1 code (or null) and its probability. */
export interface LidGuess { lang: string | null; prob: number }

// Chat filler that fastText and the word rule should not count as a second language.
const NEUTRAL_LATIN = new Set(['ok', 'lol', 'ha', 'haha', 'yy', 'ds', 'yyds', 'xd']);

const routedWords = (text: string): string[] => latinWords(text).filter((w) => !NEUTRAL_LATIN.has(w.toLowerCase()));

/** Whether routeLang reads a language-id guess for this text (no Han, ≥ 3 words): the others need no lid call. */
export const needsLid = (text: string): boolean => hanCount(text) === 0 && routedWords(text).length >= 3;

export function routeLang(text: string, lid?: LidGuess | null): Lang {
  const han = hanCount(text);
  const words = routedWords(text);
  if (han > 0 && words.length > 0) return 'mixed';
  if (han > 0) return 'zh';
  if (words.length === 0) {
    // Digits, emoji, "?" or "1": no script evidence. Chat like this is language-neutral;
    // English is the default head input (the features do not depend on the language tag).
    return 'en';
  }
  if (lid && lid.lang && lid.lang !== 'en' && lid.lang !== 'zh' && lid.prob >= 0.8 && words.length >= 3) return 'other';
  return 'en';
}
