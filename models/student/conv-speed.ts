/**
 * Experiment (the word-order student, models/cards/student.md): what fit.py's `conv` branch would
 * cost in the extension's runtime, in Node on wasm, over simulator chat of both languages in batches
 * of 256 — the shipped student end to end (features + sparse first layer, runStudent), the ordered
 * token ids, and a tfjs Embedding [V + 1, convdim] -> Conv1D widths 2 and 3 (relu) -> global max pool
 * -> the two heads, padded as fit.py pads (random weights: the cost does not depend on their values).
 * Prints one JSON object (ms per 256 lines, lines/s, multiply-adds per line). Write `uptime` beside it.
 *   npx tsx models/student/conv-speed.ts [--lines N] [--filters 64] [--dim 64]
 */
import '../../lib/ml/platform/node-quiet-console';
import * as tf from '@tensorflow/tfjs';
import { assetHandler } from '../../lib/ml/platform/asset-io';
import { selectBackend } from '../../lib/ml/platform/backend';
import { nodeLoadAsset } from '../../lib/ml/platform/node-assets';
import { buildSparse, encoderTokenIds, type FeatureTables } from '../../lib/ml/features/head-input';
import { runStudent, STUDENT, studentFeatures } from '../../lib/ml/student';
import { simulateShop } from '../../lib/sim';
import { loadAllFeatureTables } from '../../lib/ml/features/load-tables';

const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const N = Number(arg('--lines') ?? 2048);
const FILTERS = Number(arg('--filters') ?? 64);
const DIM = Number(arg('--dim') ?? 64);
const WIDTHS = [2, 3];
const CAP = 48;
const BATCH = 256;
const texts = (['en', 'zh'] as const).flatMap((lang) => simulateShop({ lang, minutes: 10, seed: 99 }).streams.flatMap((s) => s.events)
  .flatMap((e) => (e.kind === 'comment' && e.text ? [e.text] : [])).slice(0, N / 2));
const batches: string[][] = [];
for (let i = 0; i < texts.length; i += BATCH) batches.push(texts.slice(i, i + BATCH));

async function perBatch(fn: (chunk: string[], b: number) => unknown): Promise<number> {
  await fn(batches[0] ?? [], 0);
  const t0 = performance.now();
  for (let b = 0; b < batches.length; b += 1) await fn(batches[b] ?? [], b);
  return Math.round(((performance.now() - t0) / batches.length) * 10) / 10;
}
const perSec = (ms: number): number => Math.round((BATCH / ms) * 1000);

await selectBackend('wasm');
const load = nodeLoadAsset(process.cwd());
const student = await tf.loadLayersModel(assetHandler(load, STUDENT.dir));
const tables = await loadAllFeatureTables(load);
const f = studentFeatures(student);
const V = f.useTokens ?? 0;
const tokenizer = tables.tokenizer as NonNullable<FeatureTables['tokenizer']>;
const ids = (t: string): number[] => encoderTokenIds(t, V, tokenizer, tables.gloss).slice(0, CAP);

// The branch: fit.py's projected token table is one Embedding of width DIM (row V: padding).
const seq = tf.input({ shape: [null], dtype: 'int32' });
const hid = tf.input({ shape: [STUDENT.hidden] });
const e = tf.layers.embedding({ inputDim: V + 1, outputDim: DIM }).apply(seq) as tf.SymbolicTensor;
const pooled = WIDTHS.map((w) => tf.layers.globalMaxPooling1d({}).apply(tf.layers.conv1d({ filters: FILTERS, kernelSize: w, activation: 'relu' }).apply(e) as tf.SymbolicTensor) as tf.SymbolicTensor);
const top = tf.layers.concatenate().apply([hid, ...pooled]) as tf.SymbolicTensor;
const branch = tf.model({ inputs: [seq, hid], outputs: [tf.layers.dense({ units: 11, activation: 'softmax' }).apply(top) as tf.SymbolicTensor, tf.layers.dense({ units: 3, activation: 'softmax' }).apply(top) as tf.SymbolicTensor] });

const seqs = batches.map((b) => b.map(ids));
const padded = (rows: number[][]): { data: Int32Array; len: number } => {
  const w = Math.max(...WIDTHS);
  const L = Math.max(1, ...rows.map((r) => r.length));
  const len = w - 1 + L + w;
  const data = new Int32Array(rows.length * len).fill(V);
  rows.forEach((r, i) => data.set(r, i * len + w - 1));
  return { data, len };
};
const positions = seqs.flat().reduce((s, r) => s + r.length, 0) / texts.length;
const batchLen = seqs.map((b) => padded(b).len).reduce((a, c) => a + c, 0) / seqs.length;

const shipped = await perBatch((c) => runStudent(tf, student, c, f, tables));
const features = await perBatch((c) => buildSparse(c, f, tables));
const tokenIds = await perBatch((c) => c.map(ids));
const conv = await perBatch(async (c, b) => {
  const { data, len } = padded(seqs[b] ?? []);
  const x = tf.tensor2d(data, [c.length, len], 'int32');
  const h = tf.zeros([c.length, STUDENT.hidden]);
  const ys = branch.predict([x, h]) as tf.Tensor[];
  await Promise.all(ys.map((y) => y.data()));
  tf.dispose([x, h, ...ys]);
});
const macs = {
  shippedSparsePerLine: Math.round((buildSparse(texts, f, tables).idx.length / texts.length) * STUDENT.hidden + STUDENT.hidden * 14),
  shippedAsDensePerLine: 16225 * STUDENT.hidden + STUDENT.hidden * 14,
  convPerLineAtBatchPadding: Math.round(WIDTHS.reduce((s, w) => s + (batchLen - w + 1) * w * DIM * FILTERS, 0) + (STUDENT.hidden + FILTERS * WIDTHS.length) * 14),
};
process.stdout.write(`${JSON.stringify({
  lines: texts.length, batch: BATCH, filters: FILTERS, dim: DIM, widths: WIDTHS, tokensPerLine: Math.round(positions * 10) / 10, paddedPositionsPerBatch: Math.round(batchLen * 10) / 10,
  msPerBatch: { shippedRunStudent: shipped, featuresOnly: features, tokenIds, convBranch: conv },
  linesPerSec: { shipped: perSec(shipped), withConv: perSec(shipped + conv), withConvAndSeparateTokenIds: perSec(shipped + conv + tokenIds) },
  macs,
})}\n`);
