/**
 * Distils the fast student from the shipped teacher. Run: npm run models:student
 *   [--set '{"hidden":64,"epochs":6,"features":{"hashDim":16384}}'] [--out DIR] (experiments, dev only)
 * 1. the pool (models/student/pool.ts: sim, corpus train, UCI train, fixtures, variants; held-out lines dropped);
 * 2. the teacher's calibrated probabilities for pool and dev (cached per teacher in models/.cache/student/);
 * 3. the student trained on those soft targets, the epoch kept by dev (gold macro-F1 of both heads);
 * 4. written to public/models/student/ with its features, teacher id and dev figures in model.json.
 * The frozen test splits are never read here except to check their hashes (models/student/eval.ts scores).
 */
import '../../lib/ml/node-quiet-console';
import { join } from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { selectBackend } from '../../lib/ml/backend';
import { INTENTS, SENTIMENTS } from '../../lib/ml/labels';
import { topLabels } from '../../lib/ml/postprocess';
import { runStudent, STUDENT } from '../../lib/ml/student';
import { loadSplit, verifyFrozen, ROOT, type Row } from '../lib/data';
import { loadFeatureTables } from '../lib/feature-tables';
import { evaluate } from '../lib/metrics';
import { saveLayersModel } from '../lib/tf-save';
import { fitStudent, sparseRows, type FitOptions } from './fit';
import { buildPool } from './pool';
import { teacherId, teacherLabels } from './teacher';

const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const log = (s: string): void => { process.stderr.write(`${s}\n`); };
const r3 = (x: number): number => Math.round(x * 1000) / 1000;

const DEFAULT_FIT: FitOptions = { hidden: STUDENT.hidden, epochs: 2, lr: 0.003, l2: 1e-6, dropout: 0.1, batch: 128, seed: 42 };

async function main(): Promise<void> {
  const t0 = Date.now();
  verifyFrozen();
  await selectBackend('wasm');
  const set = JSON.parse(arg('--set') ?? '{}') as Partial<FitOptions> & { features?: Partial<typeof STUDENT.features> };
  const features = { ...STUDENT.features, ...set.features };
  const fit: FitOptions = { ...DEFAULT_FIT, ...set, hidden: set.hidden ?? STUDENT.hidden };
  const out = arg('--out') ?? join(ROOT, 'public', 'models', STUDENT.dir);
  const tables = loadFeatureTables();
  const { lines, stats } = buildPool();
  log(`pool ${JSON.stringify(stats)}`);
  const dev = loadSplit('dev');
  const soft = await teacherLabels([...dev.map((r) => r.text), ...lines.map((l) => l.text)], log);
  const ni = INTENTS.length;
  const ns = SENTIMENTS.length;
  const targets = { intent: new Float32Array(lines.length * ni), sentiment: new Float32Array(lines.length * ns) };
  lines.forEach((l, i) => {
    const s = soft.get(l.text);
    if (!s) throw new Error('a pool line has no teacher label');
    targets.intent.set(s.intent, i * ni);
    targets.sentiment.set(s.sentiment, i * ns);
  });
  const rows = sparseRows(lines.map((l) => l.text), features, tables);
  log(`features ${rows.dim}-d for ${lines.length} lines (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
  const teacherTop = (r: Row, head: 'intent' | 'sentiment'): string => {
    const p = soft.get(r.text)?.[head] ?? [];
    const labels = head === 'intent' ? INTENTS : SENTIMENTS;
    return labels[p.indexOf(Math.max(...p))] ?? labels[0];
  };
  let lastDev: Record<string, number> = {};
  const devScore = async (model: tf.LayersModel, epoch: number): Promise<number> => {
    const pi: string[] = [];
    const ps: string[] = [];
    for (let i = 0; i < dev.length; i += 512) {
      const chunk = dev.slice(i, i + 512).map((r) => r.text);
      const { ip, sp } = await runStudent(tf, model, chunk, features, tables);
      pi.push(...topLabels(ip, INTENTS).map((x) => x.label));
      ps.push(...topLabels(sp, SENTIMENTS).map((x) => x.label));
    }
    const m: Record<string, number> = {};
    for (const lang of ['all', 'en', 'zh'] as const) {
      const at = dev.map((r, i) => [r, i] as const).filter(([r]) => lang === 'all' || r.lang === lang);
      m[`intent_${lang}`] = r3(evaluate(at.map(([r]) => r.intent), at.map(([, i]) => pi[i] ?? ''), INTENTS).macroF1);
      m[`sentiment_${lang}`] = r3(evaluate(at.map(([r]) => r.sentiment), at.map(([, i]) => ps[i] ?? ''), SENTIMENTS).macroF1);
    }
    m.agree_intent = r3(dev.filter((r, i) => teacherTop(r, 'intent') === pi[i]).length / dev.length);
    m.agree_sentiment = r3(dev.filter((r, i) => teacherTop(r, 'sentiment') === ps[i]).length / dev.length);
    const score = (m.intent_all! + m.sentiment_all!) / 2;
    log(`epoch ${epoch} dev ${JSON.stringify(m)} (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
    if (score > (lastDev.score ?? -1)) lastDev = { ...m, score: r3(score), epoch };
    return score;
  };
  const save = (model: tf.LayersModel, epoch: number): Promise<number> =>
    saveLayersModel(model, out, { student: { features, hidden: fit.hidden, fit, teacher: teacherId(), pool: stats, bestEpoch: epoch, dev: lastDev } });
  const res = await fitStudent(rows, targets, fit, devScore, async (model, epoch) => {
    await save(model, epoch);
  });
  const bytes = await save(res.model, res.bestEpoch);
  log(`student: best epoch ${res.bestEpoch}, dev ${JSON.stringify(lastDev)}, ${bytes} bytes -> ${out}; ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  process.stdout.write(`${JSON.stringify({ set, dev: lastDev, bytes, teacher: teacherId() })}\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
  process.exit(1);
});
