/**
 * The two kinds of runtime for the same student, in Node on WebAssembly: tfjs (what ships) and
 * onnxruntime-web (the ONNX runtime transformers.js runs on), fed the same feature vectors
 * (lib/ml/features/head-input.ts) over simulator chat. Reports lines/s (features included, batches of 256,
 * one untimed warm-up batch) and the largest probability difference between the two.
 *   npx tsx models/student/onnx-speed.ts TFJS_MODEL_DIR MODEL.onnx
 */
import '../../lib/ml/platform/node-quiet-console';
import { readFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import * as tf from '@tensorflow/tfjs';
import ortModule from 'onnxruntime-web';
import { assetHandler } from '../../lib/ml/platform/asset-io';
import { selectBackend } from '../../lib/ml/platform/backend';
import { buildInput, inputDim } from '../../lib/ml/features/head-input';
import { runStudent, studentFeatures } from '../../lib/ml/student';
import { simulateShop } from '../../lib/sim';
import { ROOT } from '../lib/data';
import { loadFeatureTables } from '../lib/feature-tables';

// CommonJS package: its namespace is the default export under tsx.
const ort = ortModule;
const [dir, onnxFile] = process.argv.slice(2) as [string, string];
const texts = (['en', 'zh'] as const).flatMap((lang) => simulateShop({ lang, minutes: 10, seed: 99 }).streams.flatMap((s) => s.events))
  .flatMap((e) => (e.kind === 'comment' && e.text ? [e.text] : [])).slice(0, 2048);
const BATCH = 256;

async function timed(fn: (chunk: string[]) => Promise<Float32Array>): Promise<{ perSec: number; out: Float32Array[] }> {
  await fn(texts.slice(0, BATCH));
  const out: Float32Array[] = [];
  const t0 = performance.now();
  for (let i = 0; i < texts.length; i += BATCH) out.push(await fn(texts.slice(i, i + BATCH)));
  return { perSec: Math.round(texts.length / ((performance.now() - t0) / 1000)), out };
}

await selectBackend('wasm');
const tables = loadFeatureTables();
const model = await tf.loadLayersModel(assetHandler(async (p) => {
  const b = await readFile(join(dirname(dir), p));
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
}, basename(dir)));
const features = studentFeatures(model);
const tfjsRun = await timed(async (chunk) => (await runStudent(tf, model, chunk, features, tables)).sp);

ort.env.wasm.numThreads = 1;
ort.env.wasm.wasmPaths = `${join(ROOT, 'node_modules', 'onnxruntime-web', 'dist')}/`;
const session = await ort.InferenceSession.create(await readFile(onnxFile), { executionProviders: ['wasm'] });
const dim = inputDim(features);
const ortRun = await timed(async (chunk) => {
  const x = new ort.Tensor('float32', buildInput(chunk, features, tables), [chunk.length, dim]);
  const res = await session.run({ x });
  return res.sentiment?.data as Float32Array;
});
let maxDiff = 0;
tfjsRun.out.forEach((a, i) => a.forEach((v, j) => { maxDiff = Math.max(maxDiff, Math.abs(v - (ortRun.out[i]?.[j] ?? 0))); }));
process.stdout.write(`${JSON.stringify({ lines: texts.length, tfjsWasmPerSec: tfjsRun.perSec, onnxruntimeWebWasmPerSec: ortRun.perSec, maxSentimentProbDiff: maxDiff })}\n`);
