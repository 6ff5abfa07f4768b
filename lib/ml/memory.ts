/**
 * The memory expert: the sentiment of the labelled training lines whose sentence embeddings lie
 * nearest a new line's (a k-nearest-neighbour vote). The heads are linear in the embedding; the vote
 * is not, and errs on other lines: averaged into the accurate tier's sentiment it helped every dev
 * slice (models/README.md). Bank built by models/memory/build.ts; optional (missing: status says so).
 */
import * as tf from '@tensorflow/tfjs';
import { blendRows } from './postprocess';

export const MEMORY_DIR = 'memory';

/** `memory/meta.json`: the bank's shape and how its vote is read. */
export interface MemoryMeta {
  /** Bank rows, the encoder's width (512) and the PCA width the rows are stored at. */
  n: number;
  inputDim: number;
  dim: number;
  /** Label classes (sentiment: negative, neutral, positive). */
  classes: number;
  /** Neighbours that vote, and the temperature on their cosine (a vote weighs exp(cos × temperature)). */
  k: number;
  temperature: number;
  /** Weight of the vote in the accurate tier's sentiment (lib/ml/runtime.ts). */
  weight: number;
}

/** `bank` is held transposed, [dim, n]: tfjs's wasm matMul is ~6× faster that way round than with a transposed operand. */
export interface Memory { meta: MemoryMeta; mean: tf.Tensor1D; proj: tf.Tensor2D; bank: tf.Tensor2D; labels: Uint8Array }

/**
 * `memory/bank.bin`, little-endian: the unit embeddings' mean (inputDim float32), the PCA projection
 * (inputDim × dim float32), the rows (n × dim int8, unit vectors × 127), each row's class (n uint8).
 */
export function parseMemory(meta: MemoryMeta, bin: ArrayBuffer): Memory {
  const { n, inputDim, dim, classes } = meta;
  const at = { proj: inputDim * 4, bank: inputDim * 4 + inputDim * dim * 4 };
  const want = at.bank + n * dim + n;
  if (bin.byteLength !== want) throw new Error(`memory bank is ${bin.byteLength} bytes, expected ${want}`);
  const q = new Int8Array(bin, at.bank, n * dim);
  const cols = new Float32Array(n * dim);
  for (let i = 0; i < n; i += 1) for (let d = 0; d < dim; d += 1) cols[d * n + i] = (q[i * dim + d] ?? 0) / 127;
  const labels = new Uint8Array(bin.slice(at.bank + n * dim, want));
  if (labels.some((l) => l >= classes)) throw new Error('memory bank has a label outside its classes');
  return {
    meta,
    mean: tf.tensor1d(new Float32Array(bin.slice(0, at.proj))),
    proj: tf.tensor2d(new Float32Array(bin.slice(at.proj, at.bank)), [inputDim, dim]),
    bank: tf.tensor2d(cols, [dim, n]),
    labels,
  };
}

/**
 * The neighbours' vote for each embedding (null where a line has none): per class the sum of
 * exp(cos × temperature) over the k nearest rows of that class, normalised to 1. Query and bank
 * are compared as the build stored them: unit embedding, centred, projected, unit again.
 */
export async function recall(mem: Memory, emb: (Float32Array | null)[]): Promise<(Float32Array | null)[]> {
  const rows = emb.flatMap((e, i) => (e ? [i] : []));
  const out: (Float32Array | null)[] = emb.map(() => null);
  if (!rows.length) return out;
  const { inputDim, classes, temperature } = mem.meta;
  const k = Math.min(mem.meta.k, mem.meta.n);
  const q = new Float32Array(rows.length * inputDim);
  rows.forEach((r, j) => q.set(emb[r] as Float32Array, j * inputDim));
  const top = tf.tidy(() => {
    const x = tf.tensor2d(q, [rows.length, inputDim]);
    const p = tf.matMul(x.div(x.norm('euclidean', 1, true).maximum(1e-6)).sub(mem.mean), mem.proj);
    return tf.topk(tf.matMul(p.div(p.norm('euclidean', 1, true).maximum(1e-6)), mem.bank), k);
  });
  const [vals, idx] = [await top.values.data(), await top.indices.data()];
  tf.dispose([top.values, top.indices]);
  rows.forEach((r, j) => {
    const vote = new Float32Array(classes);
    for (let m = 0; m < k; m += 1) {
      const c = mem.labels[idx[j * k + m] ?? 0] ?? 0;
      vote[c] = (vote[c] ?? 0) + Math.exp((vals[j * k + m] ?? 0) * temperature);
    }
    const sum = vote.reduce((a, b) => a + b, 0);
    out[r] = sum > 0 ? vote.map((v) => v / sum) : null;
  });
  return out;
}

/** Rows of `probs` (`classes` wide) with the vote averaged in at `weight` (the tier's own blendRows); a row without a vote is averaged with itself. */
export function mixRecall(probs: Float32Array, votes: (Float32Array | null)[], classes: number, weight: number): Float32Array {
  const other = Float32Array.from(probs);
  votes.forEach((v, i) => { if (v) other.set(v, i * classes); });
  return blendRows(probs, other, weight);
}

export function disposeMemory(m: Memory | null): void {
  if (m) tf.dispose([m.mean, m.proj, m.bank]);
}
