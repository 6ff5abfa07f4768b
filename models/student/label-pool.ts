/**
 * Labels the distillation pool (and dev, and the UCI dev lines) with the teacher, filling the cache.
 * The pool goes in a seeded shuffled order, so a run stopped early has labelled an even sample of
 * every source. Run: npx tsx models/student/label-pool.ts
 */
import '../../lib/ml/platform/node-quiet-console';
import { rng } from '../corpus/rng';
import { loadSplit } from '../lib/data';
import { buildPool, uciDevLines } from './pool';
import { teacherLabels } from './teacher';

const { lines, stats } = buildPool();
process.stderr.write(`pool ${JSON.stringify(stats)}\n`);
const pool = rng(7).shuffle(lines.map((l) => l.text));
const texts = [...loadSplit('dev').map((r) => r.text), ...uciDevLines().map((r) => r.text), ...pool];
await teacherLabels(texts, (s) => process.stderr.write(`${s}\n`));
