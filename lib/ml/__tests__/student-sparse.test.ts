// @vitest-environment node
/**
 * The student's sparse first layer computes what `model.predict` computes on the dense rows: on
 * small fixture models (any layers after a first Dense; a model without one runs dense) and on the
 * SHIPPED student over 1,200 simulator lines of both languages.
 */
import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { buildInput, buildSparse, densify, inputDim, type FeatureConfig, type FeatureTables, type TokenEncoder } from '../features/head-input';
import { assetHandler } from '../platform/asset-io';
import { selectBackend } from '../platform/backend';
import { nodeLoadAsset } from '../platform/node-assets';
import { runStudent, runStudentDense, STUDENT, studentFeatures, type StudentOutput } from '../student';
import { runSparse, sparsePlan, type SparseForm } from '../student-sparse';
import { simulateShop } from '../../sim';
import { loadAllFeatureTables } from '../features/load-tables';

const FORMS: SparseForm[] = ['segments', 'gather'];
const plan = (m: tf.LayersModel, dim = inputDim(SMALL)) => sparsePlan(m, dim) as NonNullable<ReturnType<typeof sparsePlan>>;
const maxDiff = (a: Float32Array, b: Float32Array): number => a.reduce((m, v, i) => Math.max(m, Math.abs(v - (b[i] ?? Infinity))), 0);
const outDiff = (a: StudentOutput, b: StudentOutput): number => Math.max(maxDiff(a.ip, b.ip), maxDiff(a.sp, b.sp));

const WORDS = ['how', 'much', 'price', 'love', 'it', 'money', 'bad'];
const tok: TokenEncoder = { encode: (t) => t.toLowerCase().split(/\s+/).map((w) => WORDS.indexOf(w)).filter((k) => k >= 0) };
const SMALL: FeatureConfig = { hashDim: 128, useEmbedding: false, lexicon: true, useTokens: WORDS.length };
const SMALL_TABLES: FeatureTables = { emoji: { '😍': 0.7, '😡': -0.8 }, tokenizer: tok };
const LINES = ['how much is #3?', '扣1', '质量太差了 退款', 'love this so much 😍', '这个color好看吗', 'W', '', '😡😡 bad bad money', 'price?', 'a much longer line that goes on and on about how much it costs and whether the price is fair, love it or not'];

/** input → Dense(relu) → [Dropout] → [a second Dense] → intent (11) and sentiment (3) softmaxes. */
function fixture(seed: number, opts: { second?: boolean; activation?: 'relu' | 'linear'; dropoutFirst?: boolean } = {}): tf.LayersModel {
  const dim = inputDim(SMALL);
  const init = (s: number) => tf.initializers.randomNormal({ stddev: 0.5, seed: seed + s });
  const input = tf.input({ shape: [dim] });
  let h = input as tf.SymbolicTensor;
  if (opts.dropoutFirst) h = tf.layers.dropout({ rate: 0.1 }).apply(h) as tf.SymbolicTensor;
  h = tf.layers.dense({ units: 12, activation: opts.activation ?? 'relu', kernelInitializer: init(1), biasInitializer: init(2), name: 'hidden' }).apply(h) as tf.SymbolicTensor;
  h = tf.layers.dropout({ rate: 0.1 }).apply(h) as tf.SymbolicTensor;
  if (opts.second) h = tf.layers.dense({ units: 8, activation: 'relu', kernelInitializer: init(3), name: 'hidden2' }).apply(h) as tf.SymbolicTensor;
  const intent = tf.layers.dense({ units: 11, activation: 'softmax', kernelInitializer: init(4), name: 'intent' }).apply(h) as tf.SymbolicTensor;
  const sentiment = tf.layers.dense({ units: 3, activation: 'softmax', kernelInitializer: init(5), name: 'sentiment' }).apply(h) as tf.SymbolicTensor;
  return tf.model({ inputs: input, outputs: [intent, sentiment] });
}

describe('sparse input rows', () => {
  it('hold exactly the non-zero entries of the dense rows, ascending', () => {
    const x = buildSparse(LINES, SMALL, SMALL_TABLES);
    expect(Array.from(densify(x))).toEqual(Array.from(buildInput(LINES, SMALL, SMALL_TABLES)));
    expect(x.val.every((v) => v !== 0)).toBe(true);
    for (let r = 0; r < LINES.length; r += 1) {
      const row = Array.from(x.idx.subarray(x.indptr[r], x.indptr[r + 1]));
      expect(row).toEqual([...row].sort((a, b) => a - b));
    }
  });
});

describe.each(['cpu', 'wasm'] as const)('sparse student on %s (fixture models)', (backend) => {
  it('equals model.predict on the dense rows, with any layers after the first', async () => {
    await selectBackend(backend);
    for (const [i, opts] of [{}, { second: true }, { activation: 'linear' as const }].entries()) {
      const model = fixture(10 * i, opts);
      expect(sparsePlan(model, inputDim(SMALL))).not.toBeNull();
      const sparse = await runStudent(tf, model, LINES, SMALL, SMALL_TABLES);
      const dense = await runStudentDense(tf, model, LINES, SMALL, SMALL_TABLES);
      expect(outDiff(sparse, dense)).toBeLessThan(1e-5);
      expect(sparse.ip.length).toBe(LINES.length * 11);
      for (const form of FORMS) {
        const [ip, sp] = await runSparse(tf, plan(model), buildSparse(LINES, SMALL, SMALL_TABLES), form);
        expect(outDiff({ ip: ip as Float32Array, sp: sp as Float32Array }, dense)).toBeLessThan(1e-5);
      }
      model.dispose();
    }
  });

  it('runs a model whose first layer is not a Dense over the input dense, and an empty batch', async () => {
    await selectBackend(backend);
    const model = fixture(7, { dropoutFirst: true });
    expect(sparsePlan(model, inputDim(SMALL))).toBeNull();
    const out = await runStudent(tf, model, LINES, SMALL, SMALL_TABLES);
    expect(outDiff(out, await runStudentDense(tf, model, LINES, SMALL, SMALL_TABLES))).toBe(0);
    const plain = fixture(3);
    expect((await runStudent(tf, plain, [], SMALL, SMALL_TABLES)).ip.length).toBe(0);
    model.dispose();
    plain.dispose();
  });
});

describe('sparse student (shipped weights, wasm)', () => {
  it('gives the probabilities of model.predict within 1e-5 on 1,200 simulator lines, English and Chinese', async () => {
    await selectBackend('wasm');
    const load = nodeLoadAsset(process.cwd());
    const model = await tf.loadLayersModel(assetHandler(load, STUDENT.dir));
    const tables = await loadAllFeatureTables(load);
    const lines = (['en', 'zh'] as const).flatMap((lang) => [...new Set(simulateShop({ lang, minutes: 30, seed: 5 }).streams.flatMap((s) => s.events)
      .flatMap((e) => (e.kind === 'comment' && e.text ? [e.text] : [])))].slice(0, 600));
    expect(lines.length).toBe(1200);
    const features = studentFeatures(model);
    expect(sparsePlan(model, inputDim(features))).not.toBeNull();
    const plan = sparsePlan(model, inputDim(features)) as NonNullable<ReturnType<typeof sparsePlan>>;
    let worst = 0;
    for (let i = 0; i < lines.length; i += 256) {
      const x = buildSparse(lines.slice(i, i + 256), features, tables);
      const dense = tf.tensor2d(densify(x), [x.indptr.length - 1, x.dim]);
      const [yi, ys] = model.predict(dense) as tf.Tensor[];
      const want = { ip: (await yi?.data()) as Float32Array, sp: (await ys?.data()) as Float32Array };
      tf.dispose([dense, yi as tf.Tensor, ys as tf.Tensor]);
      for (const form of FORMS) {
        const [ip, sp] = await runSparse(tf, plan, x, form);
        worst = Math.max(worst, outDiff({ ip: ip as Float32Array, sp: sp as Float32Array }, want));
      }
    }
    expect(worst).toBeLessThan(1e-5);
    model.dispose();
  }, 120_000);
});
