/** Labels the distillation pool (and dev) with the teacher, filling the cache. Run: npx tsx models/student/label-pool.ts */
import '../../lib/ml/node-quiet-console';
import { buildPool } from './pool';
import { teacherLabels } from './teacher';
import { loadSplit } from '../lib/data';

const { lines, stats } = buildPool();
process.stderr.write(`pool ${JSON.stringify(stats)}\n`);
const texts = [...loadSplit('dev').map((r) => r.text), ...lines.map((l) => l.text)];
await teacherLabels(texts, (s) => process.stderr.write(`${s}\n`));
