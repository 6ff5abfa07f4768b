/**
 * The student's first layer computed from each line's non-zero inputs only. The model is a Dense
 * layer over 16,225 inputs of which a chat line sets ~50–150; `model.predict` on the dense rows
 * multiplies every zero (1.56 M multiply-adds per line) and uploads 65 KB per line. Here the hidden
 * pre-activation of a line is Σ value × kernel[index] over its non-zero inputs: a gather of those
 * kernel rows and a small matrix product, in tfjs (every backend), with the weights of the loaded
 * model. The layers after the first run as they are (`layer.apply`, inference mode).
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

/** The model's outputs (row-major data per output, in the batch's order). */
export async function runSparse(tf: typeof tfTypes, plan: SparsePlan, x: SparseBatch): Promise<Float32Array[]> {
  if (x.indptr.length < 2) return plan.outputs.map(() => new Float32Array(0));
  const units = plan.kernel.shape[1];
  const groups = groupRows(x);
  const order = groups.flatMap((g) => g.rows);
  const back = new Int32Array(order.length);
  order.forEach((r, i) => { back[r] = i; });
  const outs = tf.tidy(() => {
    const parts = groups.map((g) => {
      const { idx, val } = packGroup(x, g);
      const n = g.rows.length;
      const rows = tf.gather(plan.kernel, tf.tensor1d(idx, 'int32')).reshape([n, g.width, units]);
      return tf.matMul(tf.tensor3d(val, [n, 1, g.width]), rows).reshape([n, units]);
    });
    const grouped = parts.length === 1 ? (parts[0] as Tensor) : tf.concat(parts, 0);
    let h: Tensor = tf.gather(grouped, tf.tensor1d(back, 'int32'));
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
