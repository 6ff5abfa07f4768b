/**
 * Fits one softmax head (optionally with a hidden layer) with seeded init and a seeded per-epoch
 * shuffle; keeps the weights of the epoch with the best dev macro-F1.
 */
import * as tf from '@tensorflow/tfjs';
import { inputDim, type FeatureConfig } from '../../lib/ml/features/head-input';
import { topLabels } from '../../lib/ml/postprocess';
import { rng } from '../corpus/rng';
import { evaluate } from './metrics';

export interface FitArgs {
  X: Float32Array; y: string[]; DX: Float32Array; dy: string[];
  labels: readonly string[]; config: FeatureConfig; hidden: number; seed: number;
  epochs?: number; lr?: number; l2?: number;
}

const BATCH = 32;
const CHUNK = 128 * BATCH;

export function buildHead(dim: number, k: number, hidden: number, seed: number, l2: number): tf.Sequential {
  const m = tf.sequential();
  const reg = tf.regularizers.l2({ l2 });
  if (hidden > 0) {
    m.add(tf.layers.dense({ inputShape: [dim], units: hidden, activation: 'relu', kernelInitializer: tf.initializers.glorotUniform({ seed }), kernelRegularizer: reg }));
    m.add(tf.layers.dropout({ rate: 0.2, seed }));
    m.add(tf.layers.dense({ units: k, activation: 'softmax', kernelInitializer: tf.initializers.glorotUniform({ seed: seed + 1 }) }));
  } else {
    m.add(tf.layers.dense({ inputShape: [dim], units: k, activation: 'softmax', kernelInitializer: tf.initializers.glorotUniform({ seed }), kernelRegularizer: reg }));
  }
  return m;
}

export async function trainHead(a: FitArgs): Promise<{ model: tf.Sequential; bestEpoch: number; devMacroF1: number }> {
  const dim = inputDim(a.config);
  const n = a.y.length;
  const k = a.labels.length;
  const model = buildHead(dim, k, a.hidden, a.seed, a.l2 ?? 1e-5);
  model.compile({ optimizer: tf.train.adam(a.lr ?? 0.01), loss: 'categoricalCrossentropy' });
  const yIdx = a.y.map((l) => a.labels.indexOf(l));
  const DX = tf.tensor2d(a.DX, [a.dy.length, dim]);
  const r = rng(a.seed);
  let best = { f1: -1, epoch: 0, weights: [] as tf.Tensor[] };
  for (let epoch = 1; epoch <= (a.epochs ?? 15); epoch += 1) {
    // The epoch's shuffled rows go to the backend a chunk at a time: the whole input as one tensor
    // (123k rows × 8.7k features) is past what the wasm backend can hold. CHUNK is a multiple of
    // the batch size, so the minibatches are exactly those of one fit over the shuffled epoch.
    const order = r.shuffle(Array.from({ length: n }, (_, i) => i));
    for (let s = 0; s < n; s += CHUNK) {
      const idx = order.slice(s, s + CHUNK);
      const rows = new Float32Array(idx.length * dim);
      idx.forEach((i, j) => rows.set(a.X.subarray(i * dim, (i + 1) * dim), j * dim));
      const xs = tf.tensor2d(rows, [idx.length, dim]);
      const ys = tf.tidy(() => tf.oneHot(tf.tensor1d(idx.map((i) => yIdx[i] ?? 0), 'int32'), k).toFloat());
      await model.fit(xs, ys, { epochs: 1, batchSize: BATCH, shuffle: false, verbose: 0 });
      tf.dispose([xs, ys]);
    }
    const p = model.predict(DX) as tf.Tensor;
    const pred = topLabels(await p.data() as Float32Array, a.labels).map((x) => x.label);
    p.dispose();
    const f1 = evaluate(a.dy, pred, a.labels).macroF1;
    if (f1 > best.f1) {
      tf.dispose(best.weights);
      best = { f1, epoch, weights: model.getWeights().map((w) => w.clone()) };
    }
  }
  model.setWeights(best.weights);
  tf.dispose([DX, ...best.weights]);
  return { model, bestEpoch: best.epoch, devMacroF1: best.f1 };
}

/**
 * Trains `seeds` heads (seed, seed+1, ...) and averages their weights into the first. For a head
 * without a hidden layer this is exactly averaging the seeds' logits: an ensemble at no run-time cost.
 */
export async function trainAveraged(a: FitArgs, seeds: number): Promise<{ model: tf.Sequential; bestEpoch: number; devMacroF1: number }> {
  if (seeds <= 1) return trainHead(a);
  if (a.hidden > 0) throw new Error('weight averaging is only an ensemble for heads without a hidden layer');
  const runs = [];
  for (let s = 0; s < seeds; s += 1) runs.push(await trainHead({ ...a, seed: a.seed + s }));
  const [first, ...rest] = runs as [(typeof runs)[number], ...typeof runs];
  const avg = first.model.getWeights().map((w, i) => tf.tidy(() => tf.addN([w, ...rest.map((r) => r.model.getWeights()[i] as tf.Tensor)]).div(seeds)));
  first.model.setWeights(avg);
  tf.dispose(avg);
  rest.forEach((r) => r.model.dispose());
  const bestEpoch = Math.round(runs.reduce((s, r) => s + r.bestEpoch, 0) / seeds);
  return { model: first.model, bestEpoch, devMacroF1: runs.reduce((s, r) => s + r.devMacroF1, 0) / seeds };
}
