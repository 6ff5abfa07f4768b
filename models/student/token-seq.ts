/**
 * Experiment (the word-order student, models/cards/student.md): writes each line's sentence-encoder
 * token ids IN ORDER next to the data of an existing fit directory, for fit.py's `conv` branch:
 *   <name>.tokseq i32 [n, cap] (the first `cap` ids of lib/ml/features/head-input.ts encoderTokenIds,
 *   -1 after the end), for pool, dev and ucidev.
 * The fit directory keeps features, not texts, so its pool rows are found again in the pool this
 * builds (the same options as train.ts) as the subsequence whose teacher labels (the line's own or,
 * for a label-keeping variant, its line's) and token bag equal the stored row's; it fails unless every
 * row is found. This is how the shipped student's pool (94,518 lines, chosen by what the embedding
 * cache held at 14:07) is recovered now that the cache holds every line.
 * Run: npx tsx models/student/token-seq.ts DATA_DIR [--kept 20000] [--earlier FILE,FILE] [--extra N] [--cap 48]
 */
import '../../lib/ml/platform/node-quiet-console';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { encoderTokenIds } from '../../lib/ml/features/head-input';
import { loadSplit } from '../lib/data';
import { loadFeatureTables } from '../lib/feature-tables';
import { buildPool, uciDevLines } from './pool';
import { readTeacherCache, teacherId, type Soft } from './teacher';

const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const dir = process.argv[2] ?? '';
const cap = Number(arg('--cap') ?? '48');
const meta = JSON.parse(readFileSync(join(dir, 'meta.json'), 'utf8')) as { dim: number; features: { useTokens: number }; teacher: string };
const V = meta.features.useTokens;
const DS = meta.dim - V;
const NI = 11;
const tables = loadFeatureTables();
const { tokenizer } = tables;
if (!tokenizer) throw new Error('no sentence-encoder vocabulary');
const ids = (t: string): number[] => encoderTokenIds(t, V, tokenizer, tables.gloss);
const i32 = (f: string): Int32Array => { const b = readFileSync(join(dir, f)); return new Int32Array(b.buffer, b.byteOffset, b.byteLength / 4); };
const f32 = (f: string): Float32Array => { const b = readFileSync(join(dir, f)); return new Float32Array(b.buffer, b.byteOffset, b.byteLength / 4); };

function stored(name: string): { n: number; bag: (r: number) => string; soft: (r: number) => Float32Array } {
  const indptr = i32(`${name}.indptr`);
  const idx = i32(`${name}.idx`);
  const soft = f32(`${name}.soft`);
  return {
    n: indptr.length - 1,
    bag: (r) => [...idx.subarray(indptr[r] ?? 0, indptr[r + 1] ?? 0)].filter((k) => k >= DS).map((k) => k - DS).join(','),
    soft: (r) => soft.subarray(r * (NI + 3), (r + 1) * (NI + 3)),
  };
}

const bagKey = (t: string): string => [...new Set(ids(t))].sort((a, b) => a - b).join(',');
const sameSoft = (s: Soft | undefined, row: Float32Array): boolean => !!s && [...s.intent, ...s.sentiment].every((x, k) => Math.fround(x) === row[k]);

function write(name: string, seqs: number[][]): void {
  const out = new Int32Array(seqs.length * cap).fill(-1);
  seqs.forEach((s, r) => out.set(s.slice(0, cap), r * cap));
  writeFileSync(join(dir, `${name}.tokseq`), Buffer.from(out.buffer));
  const lens = seqs.map((s) => s.length);
  process.stderr.write(`${name}: ${seqs.length} rows, tokens mean ${(lens.reduce((a, b) => a + b, 0) / lens.length).toFixed(1)}, over ${cap}: ${lens.filter((l) => l > cap).length}\n`);
}

// Dev and UCI dev: every line, in order; checked against the stored token bags.
for (const [name, texts] of [['dev', loadSplit('dev').map((r) => r.text)], ['ucidev', uciDevLines().map((r) => r.text)]] as const) {
  const s = stored(name);
  if (s.n !== texts.length) throw new Error(`${name}: ${texts.length} lines, ${s.n} stored rows`);
  const bad = texts.filter((t, r) => bagKey(t) !== s.bag(r)).length;
  if (bad) throw new Error(`${name}: ${bad} rows' token bags differ`);
  write(name, texts.map(ids));
}

const cache = readTeacherCache(join(dir, '..', `teacher-${meta.teacher}.jsonl`));
if (meta.teacher !== teacherId()) process.stderr.write(`note: data of teacher ${meta.teacher}, shipped teacher ${teacherId()}\n`);
const earlier = (arg('--earlier') ?? '').split(',').filter(Boolean).flatMap((f) => [...readTeacherCache(f).keys()]);
const { lines } = buildPool({ kept: Number(arg('--kept') ?? '20000'), earlier, extra: Number(arg('--extra') ?? '0') });
const pool = stored('pool');
const seqs: number[][] = [];
let skipped = 0;
for (const l of lines) {
  if (seqs.length === pool.n) break;
  const row = pool.soft(seqs.length);
  const softOk = sameSoft(cache.get(l.text), row) || (l.parent !== undefined && sameSoft(cache.get(l.parent), row));
  if (softOk && bagKey(l.text) === pool.bag(seqs.length)) seqs.push(ids(l.text));
  else skipped += 1;
}
process.stderr.write(`pool: ${lines.length} lines built, ${seqs.length} of ${pool.n} rows found, ${skipped} lines skipped\n`);
if (seqs.length !== pool.n) throw new Error('pool rows not all found');
write('pool', seqs);
