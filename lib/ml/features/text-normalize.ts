/** Text normalisation shared by training and inference, so both see identical tokens. */

const HAN = /\p{Script=Han}/u;
const HAN_G = /\p{Script=Han}/gu;
const LATIN_WORD = /[a-z]{2,}/gi;

export const hasHan = (text: string): boolean => HAN.test(text);
/** Whether a line has any Latin letter (what VADER and the English review expert can read). */
export const hasLatin = (text: string): boolean => /[a-z]/i.test(text);
export const hanCount = (text: string): number => (text.match(HAN_G) ?? []).length;
export const latinWords = (text: string): string[] => text.match(LATIN_WORD) ?? [];

/**
 * NFKC folds full-width forms (？！１) into ASCII; lowercasing and squeezing runs of 3+ identical
 * characters ("soooo", "!!!!!", "哈哈哈哈") keeps chat elongation from exploding the vocabulary
 * while still marking it (two copies stay).
 */
export function normalizeText(text: string): string {
  // The features of one line normalise it three times in a row (n-grams, shape flags, Chinese lexicon).
  if (text === last.text) return last.out;
  const out = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/(.)\1{2,}/gu, '$1$1')
    .replace(/\s+/g, ' ')
    .trim();
  last.text = text;
  last.out = out;
  return out;
}
const last = { text: null as string | null, out: '' };

/** Han characters removed: what the English-only sentence encoder should see. */
export function latinPart(text: string): string {
  return text.replace(HAN_G, ' ').replace(/\s+/g, ' ').trim();
}
