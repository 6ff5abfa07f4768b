/**
 * Where the fast tier's time goes, in Node on wasm (the extension's backend), over simulator chat
 * of both languages in batches of 256: each feature block on its own, the dense path's fill / upload /
 * predict / download, the sparse path (lib/ml/student-sparse.ts), and end to end through the runtime
 * the extension runs (`createMlRuntime({ fast: true }).classify(texts, 'fast')`, batch 256, with the
 * fastText language id as the extension loads it unless --no-lid). Prints one JSON object
 * (milliseconds per 256 lines, lines/s). Run it at low load and write `uptime` beside the figures.
 *   npx tsx models/student/speed-profile.ts [--lines N] [--no-lid]
 */
import '../../lib/ml/platform/node-quiet-console';
import * as tf from '@tensorflow/tfjs';
import { getLIDModel } from 'fasttext.wasm.js';
import { assetHandler } from '../../lib/ml/platform/asset-io';
import { selectBackend } from '../../lib/ml/platform/backend';
import { nodeLoadAsset } from '../../lib/ml/platform/node-assets';
import { buildSparse, densify, glossTokens, inputDim, tokenBag, type FeatureTables } from '../../lib/ml/features/head-input';
import { denseFeatures, hashFeatures } from '../../lib/ml/features/featurize';
import { lexiconFeatures } from '../../lib/ml/features/english-lexicon';
import { zhLexiconFeatures } from '../../lib/ml/features/zh-lexicon';
import { runStudent, runStudentDense, STUDENT, studentFeatures } from '../../lib/ml/student';
import { createMlRuntime } from '../../lib/ml/runtime';
import { fastTextLid } from '../../lib/ml/features/lid';
import { simulateShop } from '../../lib/sim';
import { loadAllFeatureTables } from '../../lib/ml/features/load-tables';

const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const N = Number(arg('--lines') ?? 2048);
const BATCH = 256;
const texts = (['en', 'zh'] as const).flatMap((lang) => simulateShop({ lang, minutes: 10, seed: 99 }).streams.flatMap((s) => s.events)
  .flatMap((e) => (e.kind === 'comment' && e.text ? [e.text] : [])).slice(0, N / 2));
const batches: string[][] = [];
for (let i = 0; i < texts.length; i += BATCH) batches.push(texts.slice(i, i + BATCH));

/** Mean ms per batch of fn over all batches (one untimed warm-up batch first). */
async function perBatch(fn: (chunk: string[]) => unknown): Promise<number> {
  await fn(batches[0] ?? []);
  const t0 = performance.now();
  for (const b of batches) await fn(b);
  return Math.round(((performance.now() - t0) / batches.length) * 10) / 10;
}
const perSec = (msPerBatch: number): number => Math.round((BATCH / msPerBatch) * 1000);

await selectBackend('wasm');
const load = nodeLoadAsset(process.cwd());
const model = await tf.loadLayersModel(assetHandler(load, STUDENT.dir));
const tables = await loadAllFeatureTables(load);
const f = studentFeatures(model);
const { gloss, zh, emoji } = tables;
const tokenizer = tables.tokenizer as NonNullable<FeatureTables['tokenizer']>;
const each = (g: (t: string) => unknown) => (chunk: string[]): void => { for (const t of chunk) g(t); };

const features = {
  glossTokens: await perBatch(each((t) => glossTokens(t, gloss))),
  hashNgrams: await perBatch(each((t) => hashFeatures(t, f.hashDim, glossTokens(t, gloss)))),
  dense: await perBatch(each((t) => denseFeatures(t, emoji))),
  vader: await perBatch(each((t) => lexiconFeatures(t))),
  zhLexicon: await perBatch(each((t) => (zh ? zhLexiconFeatures(t, zh, gloss) : null))),
  tokenBag: await perBatch(each((t) => tokenBag(t, f.useTokens ?? 0, tokenizer, gloss))),
  allSparse: await perBatch((c) => buildSparse(c, f, tables)),
};
const xs = batches.map((b) => buildSparse(b, f, tables));
const nnz = xs.reduce((s, x) => s + x.idx.length, 0) / texts.length;
let k = 0;
const next = () => xs[k++ % xs.length] as ReturnType<typeof buildSparse>;
const dim = inputDim(f);
const densePath = {
  fill: await perBatch(() => densify(next())),
  upload: await perBatch(() => { const x = next(); tf.dispose(tf.tensor2d(densify(x), [x.indptr.length - 1, dim])); }),
  predict: 0,
  download: 0,
};
{
  // Upload, predict and download timed apart (the wasm backend runs an op when it is called).
  let up = 0;
  let pred = 0;
  let down = 0;
  for (const x of [xs[0], ...xs] as ReturnType<typeof buildSparse>[]) {
    const d = densify(x);
    const t0 = performance.now();
    const t = tf.tensor2d(d, [x.indptr.length - 1, dim]);
    const t1 = performance.now();
    const ys = model.predict(t) as tf.Tensor[];
    const t2 = performance.now();
    await Promise.all(ys.map((y) => y.data()));
    const t3 = performance.now();
    tf.dispose([t, ...ys]);
    up += t1 - t0; pred += t2 - t1; down += t3 - t2;
  }
  const n = xs.length + 1;
  densePath.upload = Math.round((up / n) * 10) / 10;
  densePath.predict = Math.round((pred / n) * 10) / 10;
  densePath.download = Math.round((down / n) * 10) / 10;
}
const model256 = {
  denseRunStudent: await perBatch((c) => runStudentDense(tf, model, c, f, tables)),
  sparseRunStudent: await perBatch((c) => runStudent(tf, model, c, f, tables)),
};

const lid = !process.argv.includes('--no-lid');
const rt = createMlRuntime({ loadAsset: load, backend: 'wasm', fast: true, accurate: 'off', batchSize: BATCH, createLid: lid ? async () => fastTextLid(await getLIDModel()) : undefined });
const tInit = performance.now();
await rt.init();
const initMs = Math.round(performance.now() - tInit);
const runtime = await perBatch((c) => rt.classify(c, 'fast'));
rt.dispose();

process.stdout.write(`${JSON.stringify({
  lines: texts.length, batch: BATCH, nnzPerLine: Math.round(nnz), msPerBatch: { features, densePath, model256, runtime },
  linesPerSec: { featuresOnly: perSec(features.allSparse), dense: perSec(model256.denseRunStudent), sparse: perSec(model256.sparseRunStudent), runtimeClassifyFast: perSec(runtime) },
  runtime: { lid, initMs },
})}\n`);
