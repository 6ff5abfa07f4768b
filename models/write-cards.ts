/**
 * Rewrites models/cards/*.md from the last `npm run models:eval` (models/cards/metrics.json) after a
 * change to the hand-written intros (cards/text/*.intro.md). Reads no test split: not a scoring.
 * Run: npx tsx models/write-cards.ts
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeCards, type EvalResults } from './lib/cards';
import { ROOT } from './lib/data';

writeCards(JSON.parse(readFileSync(join(ROOT, 'models', 'cards', 'metrics.json'), 'utf8')) as EvalResults);
