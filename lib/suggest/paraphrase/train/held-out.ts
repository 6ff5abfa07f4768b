/**
 * The texts of the held-out and test splits (grouping dev2/test, FAQ dev4/test), normalised, so the
 * generated training pairs can leave out any phrasing that happens to equal one of them (short
 * common questions like "is shipping free" occur in any shop's chat). Read for exclusion only.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const HELD_OUT = ['lib/suggest/eval/dev2', 'lib/suggest/eval/test', 'lib/faq/eval/dev4', 'lib/faq/eval/test'];

export const normForMatch = (t: string): string => t.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

export function heldOutTexts(root: string): Set<string> {
  const out = new Set<string>();
  for (const dir of HELD_OUT) {
    for (const f of readdirSync(join(root, dir)).filter((x) => x.endsWith('.jsonl'))) {
      for (const l of readFileSync(join(root, dir, f), 'utf8').split('\n').filter((x) => x.trim())) {
        const t = (JSON.parse(l) as { text?: string }).text;
        if (t) out.add(normForMatch(t));
      }
    }
  }
  return out;
}
