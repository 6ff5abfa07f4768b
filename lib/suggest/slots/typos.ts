/**
 * Chat typos in the words that carry a question's attribute: "how long to shiiip", "whats the prcie",
 * "is no. 7 in stcok". Two repairs, both cheap and both only towards a known cue word: stretched
 * letters ("leeeft") are squeezed, and a word that is not a cue but becomes one by swapping two
 * neighbouring letters ("prcie" → "price") is swapped. Words of fewer than four letters are left
 * alone (too many real words are one swap apart).
 */

/** A repairer for the given cue words (lowercase Latin words). */
export function typoRepairer(cueWords: Iterable<string>): (text: string) => string {
  const cues = new Set([...cueWords].filter((w) => w.length >= 4));
  const fix = (w: string): string => {
    if (w.length < 4 || cues.has(w)) return w;
    const squeezed = w.replace(/([a-z])\1{2,}/g, '$1');
    if (cues.has(squeezed)) return squeezed;
    for (const x of new Set([w, squeezed])) {
      for (let i = 0; i + 1 < x.length; i += 1) {
        const swapped = x.slice(0, i) + (x[i + 1] ?? '') + (x[i] ?? '') + x.slice(i + 2);
        if (cues.has(swapped)) return swapped;
      }
    }
    return squeezed;
  };
  return (text) => text.replace(/[a-z]+/g, fix);
}

/** The plain words of regular-expression sources (the attribute cues): what typos are repaired towards. */
export function wordsOf(sources: Iterable<string>): string[] {
  return [...sources].flatMap((s) => s.replace(/\\[a-z]/gi, ' ').match(/[a-z]{4,}/g) ?? []);
}
