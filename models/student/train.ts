/**
 * Distils the fast student from the shipped teacher. Run: npm run models:student
 *   [--set '{"hidden":128,"T":2}'] (fit.py options)  [--features '{"hashDim":16384}']  [--out DIR]
 *   [--teacher-cache FILE] (experiments: a cached teacher's labels, pool limited to the lines it has)
 *   [--embedded-only] (the pool limited to the lines whose sentence embeddings are cached)
 *   [--kept N] (default 20000, the recipe chosen on dev; 0: none) (N label-keeping variants more, models/student/variants.ts keptVariant; with N > 0 the
 *   pool's own label-keeping variants the teacher has not labelled take their line's labels too)
 *   [--earlier FILE,FILE] (the lines of earlier pools, read from earlier teachers' label caches: the
 *   variants are drawn from the train split, so a grown split draws others, whose sentence embeddings
 *   are not cached; with --embedded-only this keeps the pool the encoder has already seen)
 *   [--extra N] (N new English review-style lines, models/student/extra-en.ts; the teacher's encoder
 *   embeds those not cached yet, even with --embedded-only)
 * 1. the pool (models/student/pool.ts), corpus dev and the UCI dev lines (pool.ts uciDevLines);
 * 2. the teacher's calibrated probabilities for all of them (models/student/teacher.ts, cached);
 * 3. their features (lib/ml/features/head-input.ts) written for models/student/fit.py, which trains on the
 *    soft targets (torch, CPU) and keeps the epoch best on dev;
 * 4. the weights loaded into the tfjs model the extension runs, dev scored again through it (the
 *    check that both computed the same thing), written to public/models/student/.
 * The frozen test splits are never read here except to check their hashes (models/student/eval.ts scores).
 */
import '../../lib/ml/platform/node-quiet-console';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { selectBackend } from '../../lib/ml/platform/backend';
import { VENDORED_ASSETS } from '../../lib/ml/platform/node-assets';
import { inputDim } from '../../lib/ml/features/head-input';
import { INTENTS, SENTIMENTS } from '../../lib/ml/labels';
import { topLabels } from '../../lib/ml/postprocess';
import { runStudent, STUDENT } from '../../lib/ml/student';
import { loadSplit, loadUci, verifyFrozen, ROOT } from '../lib/data';
import { loadFeatureTables } from '../lib/feature-tables';
import { evaluate } from '../lib/metrics';
import { roundToFloat16 } from '../lib/float16';
import { saveLayersModel } from '../lib/tf-save';
import { buildStudent } from './fit';
import { goldOf, LANG_CODE, writeFitSet } from './fit-data';
import { buildPool, uciDevLines, type PoolLine } from './pool';
import { readTeacherCache, teacherId, teacherLabels, type Soft } from './teacher';

const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const log = (s: string): void => { process.stderr.write(`${s}\n`); };
const r3 = (x: number): number => Math.round(x * 1000) / 1000;

/** fit.py's options (its docstring); the defaults are the recipe chosen on dev (models/cards/student.md). */
interface FitOptions { hidden: number; epochs: number; lr: number; T: number; gold: number; dropout: number; wd: number; batch: number; seed: number; uci: number; balance: number; tok: number; tunetok: number; swa: number; ucirow: number; hidden2: number; goldEn: number }
const DEFAULT_FIT: FitOptions = { hidden: STUDENT.hidden, epochs: 8, lr: 0.003, T: 1, gold: 0.3, dropout: 0.1, wd: 0, batch: 256, seed: 42, uci: 0.25, balance: 0, tok: 1, tunetok: 1, swa: 0, ucirow: 3, hidden2: 0, goldEn: 1 };

async function main(): Promise<void> {
  const t0 = Date.now();
  verifyFrozen();
  await selectBackend('wasm');
  const features = { ...STUDENT.features, ...(JSON.parse(arg('--features') ?? '{}') as object) };
  const fit: FitOptions = { ...DEFAULT_FIT, ...(JSON.parse(arg('--set') ?? '{}') as Partial<FitOptions>) };
  // The word-order branch is a dev experiment: its data comes from token-seq.ts and no tfjs model runs it.
  if ('conv' in fit) throw new Error('conv is a fit.py experiment (models/student/token-seq.ts, then fit.py directly; models/cards/student.md)');
  const out = arg('--out') ?? join(ROOT, 'public', 'models', STUDENT.dir);
  const tables = loadFeatureTables();
  const kept = Number(arg('--kept') ?? '20000');
  const earlier = (arg('--earlier') ?? '').split(',').filter(Boolean).flatMap((f) => [...readTeacherCache(f).keys()]);
  const extra = Number(arg('--extra') ?? '0');
  const { lines: all, stats } = buildPool({ kept, earlier, extra });
  const cacheFile = arg('--teacher-cache');
  // An experiment on an older teacher's cache scores dev lines that teacher labelled (all, or nearly).
  const known = cacheFile ? readTeacherCache(cacheFile) : null;
  const dev = loadSplit('dev').filter((r) => !known || known.has(r.text));
  const ucidev = uciDevLines().filter((r) => !known || known.has(r.text));
  // The 'kept' variants take their line's labels: the teacher never encodes them.
  const texts = [...dev.map((r) => r.text), ...ucidev.map((r) => r.text), ...all.filter((l) => l.source !== 'kept').map((l) => l.text)];
  // The new English lines are embedded by the encoder (cached on disk), whatever --embedded-only says.
  if (!known && extra > 0) await teacherLabels(all.filter((l) => l.source === 'extra').map((l) => l.text), log);
  const soft: Map<string, Soft> = known ?? (await teacherLabels(texts, log, { embeddedOnly: process.argv.includes('--embedded-only') }));
  const teacher = cacheFile ? (cacheFile.match(/teacher-(\w+)\.jsonl/)?.[1] ?? cacheFile) : teacherId();
  // A label-keeping variant the teacher has not labelled takes its line's labels (soft and gold).
  const parentOf = (l: PoolLine): string | undefined => (kept > 0 && !soft.has(l.text) && l.parent !== undefined && soft.has(l.parent) ? l.parent : undefined);
  const lines = all.filter((l) => soft.has(l.text) || parentOf(l) !== undefined);
  const labels = new Map(soft);
  for (const l of lines) {
    const p = parentOf(l);
    if (p !== undefined) labels.set(l.text, soft.get(p) as Soft);
  }
  const byParent = lines.filter((l) => parentOf(l) !== undefined).length;
  log(`pool ${JSON.stringify(stats)}; ${lines.length} labelled by teacher ${teacher} (${byParent} of them through the line they vary)`);

  // The features are written once per teacher, pool size and feature layout; fit.py reads them.
  // With --extra the pool rows also carry their language (fit.py goldEn), so their data is written anew.
  const keyed = extra > 0 ? { features, teacher, n: lines.length, kept, earlier: earlier.length, extra, lang: 1 } : kept > 0 || earlier.length ? { features, teacher, n: lines.length, kept, earlier: earlier.length } : { features, teacher, n: lines.length };
  const key = createHash('sha256').update(JSON.stringify(keyed)).digest('hex').slice(0, 10);
  const dataDir = join(ROOT, 'models', '.cache', 'student', `fit-${key}`);
  if (!existsSync(join(dataDir, 'meta.json'))) {
    const trainRows = loadSplit('train');
    const trainGold = new Map(trainRows.map((r) => [r.text, goldOf(r.intent, r.sentiment)] as const));
    const trainLang = new Map(trainRows.map((r) => [r.text, LANG_CODE[r.lang]] as const));
    const langOf = (l: PoolLine): number => trainLang.get(l.text) ?? (l.parent !== undefined ? trainLang.get(l.parent) : undefined) ?? (/\p{Script=Han}/u.test(l.text) ? LANG_CODE.zh : LANG_CODE.en);
    const uciLabel = new Map(loadUci().train.map((r) => [r.text.trim(), r.label] as const));
    const goldFor = (t: string): [number, number] => trainGold.get(t) ?? goldOf(null, uciLabel.get(t) ?? null);
    const gold = lines.map((l) => {
      const own = goldFor(l.text);
      const p = kept > 0 && l.parent !== undefined && own[0] < 0 && own[1] < 0 ? l.parent : undefined;
      return p === undefined ? own : goldFor(p);
    });
    writeFitSet(dataDir, 'pool', { texts: lines.map((l) => l.text), gold, lang: lines.map((l) => (extra > 0 ? langOf(l) : 0)) }, labels, features, tables);
    writeFitSet(dataDir, 'dev', { texts: dev.map((r) => r.text), gold: dev.map((r) => goldOf(r.intent, r.sentiment)), lang: dev.map((r) => LANG_CODE[r.lang]) }, labels, features, tables);
    writeFitSet(dataDir, 'ucidev', { texts: ucidev.map((r) => r.text), gold: ucidev.map((r) => goldOf(null, r.label)), lang: ucidev.map(() => 0) }, labels, features, tables);
    // fit.py reads the sentence encoder's token embeddings (for features.useTokens) from its npm package.
    const useModelDir = join(ROOT, 'node_modules', VENDORED_ASSETS['use/'] ?? '');
    writeFileSync(join(dataDir, 'meta.json'), JSON.stringify({ dim: inputDim(features), intents: INTENTS.length, sentiments: SENTIMENTS.length, features, teacher, n: lines.length, useModelDir }));
    log(`features written to ${dataDir} (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
  }
  const weightsDir = join(dataDir, `w-${createHash('sha256').update(JSON.stringify(fit)).digest('hex').slice(0, 10)}`);
  // Same data and options: the weights fit.py wrote before are taken (it is deterministic, seeded).
  if (!existsSync(join(weightsDir, 'fit.json'))) {
    const py = spawnSync('/usr/bin/python3', [join(ROOT, 'models', 'student', 'fit.py'), dataDir, weightsDir, JSON.stringify(fit)], { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
    if (py.status !== 0) throw new Error(`fit.py failed (${py.status})`);
  }
  const res = JSON.parse(readFileSync(join(weightsDir, 'fit.json'), 'utf8')) as { best_epoch: number | string; dev: Record<string, number>; teacher_dev: Record<string, number>; teacher_ucidev: number; shapes: number[][] };

  const model = buildStudent(inputDim(features), fit.hidden, fit.seed, 0, fit.dropout, fit.hidden2);
  const buf = readFileSync(join(weightsDir, 'weights.f32'));
  // Stored as float16 (half the bytes to ship and load): dev below is scored with the rounded weights.
  const flat = roundToFloat16(new Float32Array(buf.buffer, buf.byteOffset, buf.byteLength / 4));
  let at = 0;
  model.setWeights(res.shapes.map((shape) => {
    const size = shape.reduce((a, b) => a * b, 1);
    const t = tf.tensor(flat.slice(at, at + size), shape);
    at += size;
    return t;
  }));
  // Dev again, through the tfjs model and runStudent: what the extension will compute.
  const pi: string[] = [];
  const ps: string[] = [];
  for (let i = 0; i < dev.length; i += 512) {
    const { ip, sp } = await runStudent(tf, model, dev.slice(i, i + 512).map((r) => r.text), features, tables);
    pi.push(...topLabels(ip, INTENTS).map((x) => x.label));
    ps.push(...topLabels(sp, SENTIMENTS).map((x) => x.label));
  }
  const devTfjs: Record<string, number> = {};
  for (const lang of ['all', 'en', 'zh'] as const) {
    const sel = dev.map((r, i) => [r, i] as const).filter(([r]) => lang === 'all' || r.lang === lang);
    devTfjs[`intent_${lang}`] = r3(evaluate(sel.map(([r]) => r.intent), sel.map(([, i]) => pi[i] ?? ''), INTENTS).macroF1);
    devTfjs[`sentiment_${lang}`] = r3(evaluate(sel.map(([r]) => r.sentiment), sel.map(([, i]) => ps[i] ?? ''), SENTIMENTS).macroF1);
  }
  log(`dev through tfjs ${JSON.stringify(devTfjs)}; fit.py said ${JSON.stringify(res.dev)}`);
  const bytes = await saveLayersModel(model, out, { student: { features, hidden: fit.hidden, fit, teacher, pool: { ...stats, labelled: lines.length, labelledThroughTheirLine: byParent }, bestEpoch: res.best_epoch, dev: res.dev, devTfjs, teacherDev: res.teacher_dev, teacherUciDev: res.teacher_ucidev } }, { float16: true });
  log(`student: best epoch ${res.best_epoch}, ${bytes} bytes -> ${out}; ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  process.stdout.write(`${JSON.stringify({ fit, features, dev: res.dev, devTfjs, teacherDev: res.teacher_dev, teacher })}\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
  process.exit(1);
});
