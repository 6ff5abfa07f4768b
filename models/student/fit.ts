/**
 * Fits the student on soft targets: a dense hidden layer over the sparse feature vector, then an
 * intent and a sentiment softmax, both trained with cross-entropy against the teacher's
 * probabilities. Rows are kept sparse and densified one mini-batch at a time (72k rows × 8k
 * features would not fit in memory dense). Seeded init, dropout and shuffles: deterministic.
 */
import * as tf from '@tensorflow/tfjs';
import { buildInput, inputDim, type FeatureConfig, type FeatureTables } from '../../lib/ml/head-input';
import { INTENTS, SENTIMENTS } from '../../lib/ml/labels';
import { rng } from '../corpus/rng';

export interface SparseRows { dim: number; idx: Int32Array[]; val: Float32Array[] }

/** Features of every text, kept sparse (the exact vectors buildInput gives the extension). */
export function sparseRows(texts: string[], features: FeatureConfig, tables: FeatureTables): SparseRows {
  const dim = inputDim(features);
  const idx: Int32Array[] = [];
  const val: Float32Array[] = [];
  for (let i = 0; i < texts.length; i += 512) {
    const chunk = texts.slice(i, i + 512);
    const x = buildInput(chunk, features, tables);
    for (let r = 0; r < chunk.length; r += 1) {
      const row = x.subarray(r * dim, (r + 1) * dim);
      const nz: number[] = [];
      row.forEach((v, k) => { if (v !== 0) nz.push(k); });
      idx.push(Int32Array.from(nz));
      val.push(Float32Array.from(nz, (k) => row[k] ?? 0));
    }
  }
  return { dim, idx, val };
}

export function densify(rows: SparseRows, which: readonly number[]): Float32Array {
  const out = new Float32Array(which.length * rows.dim);
  which.forEach((r, b) => {
    const idx = rows.idx[r] as Int32Array;
    const val = rows.val[r] as Float32Array;
    for (let j = 0; j < idx.length; j += 1) out[b * rows.dim + (idx[j] as number)] = val[j] as number;
  });
  return out;
}

export function buildStudent(dim: number, hidden: number, seed: number, l2: number, dropout: number): tf.LayersModel {
  const input = tf.input({ shape: [dim] });
  const h = tf.layers.dense({ units: hidden, activation: 'relu', kernelInitializer: tf.initializers.glorotUniform({ seed }), kernelRegularizer: tf.regularizers.l2({ l2 }), name: 'hidden' }).apply(input) as tf.SymbolicTensor;
  const d = tf.layers.dropout({ rate: dropout, seed: seed + 1 }).apply(h) as tf.SymbolicTensor;
  const intent = tf.layers.dense({ units: INTENTS.length, activation: 'softmax', kernelInitializer: tf.initializers.glorotUniform({ seed: seed + 2 }), name: 'intent' }).apply(d) as tf.SymbolicTensor;
  const sentiment = tf.layers.dense({ units: SENTIMENTS.length, activation: 'softmax', kernelInitializer: tf.initializers.glorotUniform({ seed: seed + 3 }), name: 'sentiment' }).apply(d) as tf.SymbolicTensor;
  return tf.model({ inputs: input, outputs: [intent, sentiment] });
}

export interface FitOptions { hidden: number; epochs: number; lr: number; l2: number; dropout: number; batch: number; seed: number }

/** Trains epoch by epoch; `onEpoch` scores the model on dev and returns a number to maximise. */
export async function fitStudent(
  rows: SparseRows, targets: { intent: Float32Array; sentiment: Float32Array }, o: FitOptions,
  onEpoch: (model: tf.LayersModel, epoch: number) => Promise<number>,
  onBest?: (model: tf.LayersModel, epoch: number) => Promise<void>,
): Promise<{ model: tf.LayersModel; bestEpoch: number; best: number }> {
  const model = buildStudent(rows.dim, o.hidden, o.seed, o.l2, o.dropout);
  model.compile({ optimizer: tf.train.adam(o.lr), loss: ['categoricalCrossentropy', 'categoricalCrossentropy'] });
  const n = rows.idx.length;
  const r = rng(o.seed);
  const ni = INTENTS.length;
  const ns = SENTIMENTS.length;
  let best = { score: -Infinity, epoch: 0, weights: [] as tf.Tensor[] };
  for (let epoch = 1; epoch <= o.epochs; epoch += 1) {
    const perm = r.shuffle(Array.from({ length: n }, (_, i) => i));
    for (let i = 0; i < n; i += o.batch) {
      const which = perm.slice(i, i + o.batch);
      const x = tf.tensor2d(densify(rows, which), [which.length, rows.dim]);
      const yi = tf.tensor2d(Float32Array.from(which.flatMap((k) => Array.from(targets.intent.subarray(k * ni, (k + 1) * ni)))), [which.length, ni]);
      const ys = tf.tensor2d(Float32Array.from(which.flatMap((k) => Array.from(targets.sentiment.subarray(k * ns, (k + 1) * ns)))), [which.length, ns]);
      await model.trainOnBatch(x, [yi, ys]);
      tf.dispose([x, yi, ys]);
    }
    const score = await onEpoch(model, epoch);
    if (score > best.score) {
      tf.dispose(best.weights);
      best = { score, epoch, weights: model.getWeights().map((w) => w.clone()) };
      // Written at once: a long run stopped early still leaves its best epoch on disk.
      await onBest?.(model, epoch);
    }
  }
  model.setWeights(best.weights);
  tf.dispose(best.weights);
  return { model, bestEpoch: best.epoch, best: best.score };
}
