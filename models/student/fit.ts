/**
 * The student's tfjs model (a dense hidden layer over the sparse feature vector, then an intent and
 * a sentiment softmax) and the sparse feature rows models/student/fit.py trains it on.
 */
import * as tf from '@tensorflow/tfjs';
import { buildInput, inputDim, type FeatureConfig, type FeatureTables } from '../../lib/ml/features/head-input';
import { INTENTS, SENTIMENTS } from '../../lib/ml/labels';

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

/** `hidden2` > 0: a second hidden layer after the first (which stays one Dense over the sparse inputs). */
export function buildStudent(dim: number, hidden: number, seed: number, l2: number, dropout: number, hidden2 = 0): tf.LayersModel {
  const input = tf.input({ shape: [dim] });
  const h = tf.layers.dense({ units: hidden, activation: 'relu', kernelInitializer: tf.initializers.glorotUniform({ seed }), kernelRegularizer: tf.regularizers.l2({ l2 }), name: 'hidden' }).apply(input) as tf.SymbolicTensor;
  let d = tf.layers.dropout({ rate: dropout, seed: seed + 1 }).apply(h) as tf.SymbolicTensor;
  if (hidden2 > 0) {
    const h2 = tf.layers.dense({ units: hidden2, activation: 'relu', kernelInitializer: tf.initializers.glorotUniform({ seed: seed + 4 }), name: 'hidden2' }).apply(d) as tf.SymbolicTensor;
    d = tf.layers.dropout({ rate: dropout, seed: seed + 5 }).apply(h2) as tf.SymbolicTensor;
  }
  const intent = tf.layers.dense({ units: INTENTS.length, activation: 'softmax', kernelInitializer: tf.initializers.glorotUniform({ seed: seed + 2 }), name: 'intent' }).apply(d) as tf.SymbolicTensor;
  const sentiment = tf.layers.dense({ units: SENTIMENTS.length, activation: 'softmax', kernelInitializer: tf.initializers.glorotUniform({ seed: seed + 3 }), name: 'sentiment' }).apply(d) as tf.SymbolicTensor;
  return tf.model({ inputs: input, outputs: [intent, sentiment] });
}
