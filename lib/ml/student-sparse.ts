/**
 * The student's first layer computed from each line's non-zero inputs only. The model is a Dense
 * layer over 16,225 inputs of which a chat line sets ~50–150; `model.predict` on the dense rows
 * multiplies every zero (1.56 M multiply-adds per line) and uploads 65 KB per line. Here the hidden
 * pre-activation of a line is Σ value × kernel[index] over its non-zero inputs, summed from those
 * kernel rows only, in tfjs (every backend), with the weights of the loaded model. The layers after the first run as they are (`layer.apply`, inference mode).
 */
import type * as tfTypes from '@tensorflow/tfjs';
import type { SparseBatch } from './features/head-input';

type Layer = tfTypes.LayersModel['layers'][number];
type Tensor = tfTypes.Tensor;

export interface SparsePlan {
  /** The first layer's weights ([inputs, units] and [units]; the model's own variables, not copies). */
  kernel: tfTypes.Tensor2D;
  bias: tfTypes.Tensor1D | null;
  relu: boolean;
  first: string;
  /** The layers after the first in topological order, with the names of the layers they read. */
  rest: { layer: Layer; inputs: string[] }[];
  outputs: string[];
}

const plans = new WeakMap<tfTypes.LayersModel, SparsePlan | null>();

/** The plan for a model (cached), or null when its shape does not allow it (the caller runs dense). */
export function sparsePlan(model: tfTypes.LayersModel, dim: number): SparsePlan | null {
  if (!plans.has(model)) plans.set(model, makePlan(model, dim));
  return plans.get(model) ?? null;
}

function makePlan(model: tfTypes.LayersModel, dim: number): SparsePlan | null {
  const inputs = model.layers.filter((l) => l.getClassName() === 'InputLayer');
  const input = inputs[0];
  if (inputs.length !== 1 || !input) return null;
  const rest: SparsePlan['rest'] = [];
  let first: Layer | null = null;
  for (const layer of model.layers) {
    if (layer === input) continue;
    // A shared layer (several call sites) or a merge with the input would need the general graph.
    if (layer.inboundNodes.length !== 1) return null;
    const from = (layer.inboundNodes[0]?.inboundLayers ?? []).map((l) => l.name);
    if (from.includes(input.name)) {
      if (first || from.length !== 1) return null;
      first = layer;
    } else rest.push({ layer, inputs: from });
  }
  if (!first || first.getClassName() !== 'Dense') return null;
  const activation = first.getConfig().activation;
  if (activation !== 'relu' && activation !== 'linear') return null;
  const [kernel, bias] = first.getWeights();
  if (!kernel || kernel.shape.length !== 2 || kernel.shape[0] !== dim) return null;
  if (bias && (bias.shape.length !== 1 || bias.shape[0] !== kernel.shape[1])) return null;
  return { kernel: kernel as tfTypes.Tensor2D, bias: (bias as tfTypes.Tensor1D | undefined) ?? null, relu: activation === 'relu', first: first.name, rest, outputs: model.outputNames };
}

/**
 * Σ value × kernel[index] per row, as one SparseSegmentSum and one small batched matMul: each row's
 * entries are grouped by their value (a line's inputs share a handful of values: the n-gram block is
 * log(1 + count) / norm, the token bag k / length), the group's kernel rows summed unweighted
 * (SparseSegmentSum, a tight loop in wasm) and the P group sums of a row weighted by their values.
 * Sums in a different order than the dense product: float32 rounding differs by ~1e-7.
 */
function hiddenBySegments(tf: typeof tfTypes, kernel: tfTypes.Tensor2D, x: SparseBatch): Tensor {
  const n = x.indptr.length - 1;
  const units = kernel.shape[1];
  const slotOf: Int32Array = new Int32Array(x.idx.length);
  const rowValues: number[][] = [];
  let P = 1;
  for (let r = 0; r < n; r += 1) {
    const values = new Map<number, number>();
    for (let j = x.indptr[r] ?? 0; j < (x.indptr[r + 1] ?? 0); j += 1) {
      const v = x.val[j] ?? 0;
      let slot = values.get(v);
      if (slot === undefined) { slot = values.size; values.set(v, slot); }
      slotOf[j] = slot;
    }
    rowValues.push([...values.keys()]);
    P = Math.max(P, values.size);
  }
  // Entries ordered by segment (row, slot): SparseSegmentSum needs non-decreasing segment ids.
  const idx: number[] = [];
  const seg: number[] = [];
  const weights = new Float32Array(n * P);
  for (let r = 0; r < n; r += 1) {
    const values = rowValues[r] as number[];
    values.forEach((v, slot) => { weights[r * P + slot] = v; });
    for (let slot = 0; slot < values.length; slot += 1) {
      for (let j = x.indptr[r] ?? 0; j < (x.indptr[r + 1] ?? 0); j += 1) {
        if (slotOf[j] === slot) { idx.push(x.idx[j] ?? 0); seg.push(r * P + slot); }
      }
    }
  }
  // The output has (last segment id + 1) rows: an entry in the last segment makes it n × P. Its
  // weight is 0 when that slot is unused, so it adds exactly nothing.
  if (seg[seg.length - 1] !== n * P - 1) { idx.push(0); seg.push(n * P - 1); }
  const sums = tf.sparse.sparseSegmentSum(kernel, tf.tensor1d(Int32Array.from(idx), 'int32'), tf.tensor1d(Int32Array.from(seg), 'int32')) as Tensor;
  return tf.matMul(tf.tensor3d(weights, [n, 1, P]), sums.reshape([n, P, units])).reshape([n, units]);
}

/** Rows grouped by their number of non-zero inputs, each group padded to a power of two (≥ 8). */
interface Group { rows: number[]; width: number }

function groupRows(x: SparseBatch): Group[] {
  const byWidth = new Map<number, number[]>();
  for (let r = 0; r + 1 < x.indptr.length; r += 1) {
    const nnz = (x.indptr[r + 1] ?? 0) - (x.indptr[r] ?? 0);
    let width = 8;
    while (width < nnz) width *= 2;
    const rows = byWidth.get(width) ?? [];
    rows.push(r);
    byWidth.set(width, rows);
  }
  return [...byWidth].sort((a, b) => a[0] - b[0]).map(([width, rows]) => ({ rows, width }));
}

/** Padding is index 0 with value 0: it adds exactly nothing. */
function packGroup(x: SparseBatch, g: Group): { idx: Int32Array; val: Float32Array } {
  const idx = new Int32Array(g.rows.length * g.width);
  const val = new Float32Array(g.rows.length * g.width);
  g.rows.forEach((r, i) => {
    const from = x.indptr[r] ?? 0;
    const to = x.indptr[r + 1] ?? 0;
    idx.set(x.idx.subarray(from, to), i * g.width);
    val.set(x.val.subarray(from, to), i * g.width);
  });
  return { idx, val };
}

/**
 * The same sums as a gather of the kernel rows and a batched matMul with the values: the form for
 * WebGL, whose SparseSegmentSum reads the whole kernel back to the CPU (a gather is one shader there,
 * while the wasm backend's gather copies element by element and is ~20× slower than its segment sum).
 */
function hiddenByGather(tf: typeof tfTypes, kernel: tfTypes.Tensor2D, x: SparseBatch): Tensor {
  const units = kernel.shape[1];
  const groups = groupRows(x);
  const back = new Int32Array(x.indptr.length - 1);
  groups.flatMap((g) => g.rows).forEach((r, i) => { back[r] = i; });
  const parts = groups.map((g) => {
    const { idx, val } = packGroup(x, g);
    const n = g.rows.length;
    const rows = tf.gather(kernel, tf.tensor1d(idx, 'int32')).reshape([n, g.width, units]);
    return tf.matMul(tf.tensor3d(val, [n, 1, g.width]), rows).reshape([n, units]);
  });
  const grouped = parts.length === 1 ? (parts[0] as Tensor) : tf.concat(parts, 0);
  return tf.gather(grouped, tf.tensor1d(back, 'int32'));
}

export type SparseForm = 'segments' | 'gather';

/** The faster form on the current backend (measured: models/student/speed-profile.ts). */
export const sparseFormFor = (backend: string): SparseForm => (backend === 'webgl' ? 'gather' : 'segments');

/** The model's outputs (row-major data per output, in the batch's order). */
export async function runSparse(tf: typeof tfTypes, plan: SparsePlan, x: SparseBatch, form: SparseForm = sparseFormFor(tf.getBackend())): Promise<Float32Array[]> {
  if (x.indptr.length < 2) return plan.outputs.map(() => new Float32Array(0));
  const outs = tf.tidy(() => {
    let h = form === 'gather' ? hiddenByGather(tf, plan.kernel, x) : hiddenBySegments(tf, plan.kernel, x);
    if (plan.bias) h = tf.add(h, plan.bias);
    if (plan.relu) h = tf.relu(h);
    const values = new Map<string, Tensor>([[plan.first, h]]);
    for (const { layer, inputs } of plan.rest) {
      const xs = inputs.map((name) => values.get(name) as Tensor);
      values.set(layer.name, layer.apply(xs.length === 1 ? (xs[0] as Tensor) : xs, { training: false }) as Tensor);
    }
    return plan.outputs.map((name) => values.get(name) as Tensor);
  });
  try {
    return (await Promise.all(outs.map((t) => t.data()))) as Float32Array[];
  } finally {
    tf.dispose(outs);
  }
}
