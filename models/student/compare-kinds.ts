/**
 * The two kinds of student side by side, on DEV only (choosing): the tfjs student (a model folder)
 * and the transformers.js tiny transformer distilled from the same teacher
 * (models/tjs/local/chat-tiny-student/), both in Node on WebAssembly. Per language: intent and
 * sentiment macro-F1 against gold, agreement with the teacher; and speed (lines/s over simulator
 * chat, batches of 256 for tfjs and 64 for transformers.js, after one untimed warm-up batch).
 *   npx tsx models/student/compare-kinds.ts [TFJS_MODEL_DIR] [TEACHER_CACHE_FILE]
 */
import '../../lib/ml/platform/node-quiet-console';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { assetHandler } from '../../lib/ml/platform/asset-io';
import { selectBackend } from '../../lib/ml/platform/backend';
import { INTENTS, SENTIMENTS } from '../../lib/ml/labels';
import { argmax } from '../../lib/ml/postprocess';
import { runStudent, studentFeatures } from '../../lib/ml/student';
import { loadTinyTransformer } from '../../lib/ml/tiny-transformer';
import { simulateShop } from '../../lib/sim';
import { isV3, loadSplit, ROOT } from '../lib/data';
import { loadFeatureTables } from '../lib/feature-tables';
import { evaluate } from '../lib/metrics';
import { readTeacherCache } from './teacher';

type Probs = { intent: number[]; sentiment: number[] }[];
const r1 = (x: number): number => Math.round(x * 1000) / 10;

const dev = loadSplit('dev');
const tfjsDir = process.argv[2] ?? join(ROOT, 'public', 'models', 'student');
const teacher = process.argv[3] ? readTeacherCache(process.argv[3]) : null;
const speedTexts = simulateShop({ lang: 'en', minutes: 10, seed: 99 }).streams.flatMap((s) => s.events)
  .concat(simulateShop({ lang: 'zh', minutes: 10, seed: 99 }).streams.flatMap((s) => s.events))
  .flatMap((e) => (e.kind === 'comment' && e.text ? [e.text] : [])).slice(0, 2048);

function report(name: string, p: Probs, linesPerSec: number): void {
  const top = (xs: number[], labels: readonly string[]): string => labels[argmax(xs)] ?? '';
  const out: Record<string, unknown> = { name, linesPerSec: Math.round(linesPerSec) };
  // Dev's v3 part is where the kinds differ most on English intent (models/cards/student.md).
  for (const slice of ['en', 'zh', 'all', 'v3-en', 'v3-zh'] as const) {
    const [lang, v3] = slice.startsWith('v3-') ? [slice.slice(3), true] : [slice, false];
    const at = dev.map((r, i) => [r, i] as const).filter(([r]) => (lang === 'all' || r.lang === lang) && (!v3 || isV3(r)));
    const pi = at.map(([, i]) => top(p[i]?.intent ?? [], INTENTS));
    const ps = at.map(([, i]) => top(p[i]?.sentiment ?? [], SENTIMENTS));
    const m: Record<string, number> = {
      intent: r1(evaluate(at.map(([r]) => r.intent), pi, INTENTS).macroF1),
      sentiment: r1(evaluate(at.map(([r]) => r.sentiment), ps, SENTIMENTS).macroF1),
    };
    if (teacher) {
      const t = at.map(([r]) => teacher.get(r.text));
      m.agreeIntent = r1(t.filter((x, j) => x && top(x.intent, INTENTS) === pi[j]).length / at.length);
      m.agreeSentiment = r1(t.filter((x, j) => x && top(x.sentiment, SENTIMENTS) === ps[j]).length / at.length);
    }
    out[slice] = m;
  }
  process.stdout.write(`${JSON.stringify(out)}\n`);
}

async function timed(texts: string[], batch: number, fn: (chunk: string[]) => Promise<unknown>): Promise<number> {
  await fn(texts.slice(0, batch));
  const t0 = performance.now();
  for (let i = 0; i < texts.length; i += batch) await fn(texts.slice(i, i + batch));
  return texts.length / ((performance.now() - t0) / 1000);
}

await selectBackend('wasm');
const tables = loadFeatureTables();
// A model folder anywhere on disk, loaded with the extension's own IOHandler.
const model = await tf.loadLayersModel(assetHandler(async (p) => {
  const b = await readFile(join(dirname(tfjsDir), p));
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
}, basename(tfjsDir)));
const features = studentFeatures(model);
const tfjsProbs = async (texts: string[]): Promise<Probs> => {
  const { ip, sp } = await runStudent(tf, model, texts, features, tables);
  return texts.map((_t, i) => ({ intent: Array.from(ip.subarray(i * 11, i * 11 + 11)), sentiment: Array.from(sp.subarray(i * 3, i * 3 + 3)) }));
};
const tfjsSpeed = await timed(speedTexts, 256, tfjsProbs);
const tfjsDev: Probs = [];
for (let i = 0; i < dev.length; i += 512) tfjsDev.push(...(await tfjsProbs(dev.slice(i, i + 512).map((r) => r.text))));
report(`tfjs ${tfjsDir}`, tfjsDev, tfjsSpeed);
if (teacher) report('teacher (cached labels)', dev.map((r) => teacher.get(r.text) ?? { intent: [], sentiment: [] }), 0);

const local = join(ROOT, 'models', 'tjs', 'local');
if (existsSync(join(local, 'chat-tiny-student', 'onnx', 'model.onnx'))) {
  const tiny = await loadTinyTransformer({ localModelPath: `${local}/`, name: 'chat-tiny-student' });
  const tinyProbs = async (texts: string[]): Promise<Probs> => tiny.scores(texts);
  const tinySpeed = await timed(speedTexts, 64, tinyProbs);
  const p: Probs = [];
  for (let i = 0; i < dev.length; i += 64) p.push(...(await tinyProbs(dev.slice(i, i + 64).map((r) => r.text))));
  report('transformers.js chat-tiny-student', p, tinySpeed);
} else process.stdout.write('transformers.js student: not trained (models/tjs/local/chat-tiny-student/onnx/model.onnx missing)\n');
