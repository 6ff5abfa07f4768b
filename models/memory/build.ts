/**
 * Builds the memory expert's bank (lib/ml/memory.ts): the sentence embeddings of the sentiment
 * head's own training lines (corpus train split + UCI train; never dev or test), reduced by PCA to
 * MEMORY_SETTINGS.dim dimensions, unit length, int8, with each line's gold sentiment. Deterministic (seeded
 * start of the subspace iteration). Embeddings come from the training cache (models/lib/embed-cache.ts).
 *   npx tsx models/memory/build.ts [--out DIR]      (default public/models/memory/)
 */
import '../../lib/ml/platform/node-quiet-console';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { SENTIMENTS } from '../../lib/ml/labels';
import { HEADS } from '../../lib/ml/heads';
import { USE_DIM } from '../../lib/ml/features/head-input';
import { MEMORY_DIR, type MemoryMeta } from '../../lib/ml/memory';
import { selectBackend } from '../../lib/ml/platform/backend';
import { loadUseEncoder } from '../../lib/ml/use-encoder';
import { nodeLoadAsset } from '../../lib/ml/platform/node-assets';
import { loadSplit, loadUci, verifyFrozen, ROOT } from '../lib/data';
import { embedAll } from '../lib/embed-cache';
import { loadFeatureTables } from '../lib/feature-tables';
import { rng } from '../corpus/rng';
import { arg } from '../../scripts/lib/cli';

/** Chosen on dev (models/README.md): PCA width, neighbours, cosine temperature, weight in the tier. */
const MEMORY_SETTINGS = { dim: 64, k: 30, temperature: 10, weight: 0.35 } as const;

async function main(): Promise<void> {
  verifyFrozen();
  await selectBackend('wasm');
  const out = arg('--out') ?? join(ROOT, 'public', 'models', MEMORY_DIR);
  const tables = loadFeatureTables();
  const uci = loadUci();
  const rows = [...loadSplit('train').map((r) => ({ text: r.text, label: r.sentiment as string })), ...uci.train.map((r) => ({ text: r.text, label: r.label as string }))];
  const enc = await loadUseEncoder(nodeLoadAsset(ROOT));
  const emb = await embedAll(enc, rows.map((r) => r.text), HEADS.intent.features.glossZh ? tables.gloss : null);
  const keep = rows.flatMap((r, i) => (emb[i] ? [i] : []));
  const n = keep.length;
  const D = MEMORY_SETTINGS.dim;
  const x = new Float32Array(n * USE_DIM);
  keep.forEach((i, j) => x.set(emb[i] as Float32Array, j * USE_DIM));
  const classOf = keep.map((i) => (SENTIMENTS as readonly string[]).indexOf((rows[i] as { label: string }).label));
  if (classOf.some((c) => c < 0)) throw new Error('a line with an unknown sentiment label');
  const labels = Uint8Array.from(classOf);

  // Unit rows, their mean, and the covariance of the centred rows (in chunks: wasm tensor limits).
  const X = tf.tidy(() => { const t = tf.tensor2d(x, [n, USE_DIM]); return t.div(t.norm('euclidean', 1, true).maximum(1e-6)); }) as tf.Tensor2D;
  const mean = X.mean(0) as tf.Tensor1D;
  let cov = tf.zeros([USE_DIM, USE_DIM]) as tf.Tensor2D;
  for (let s = 0; s < n; s += 16384) {
    const next = tf.tidy(() => { const c = X.slice([s, 0], [Math.min(16384, n - s), USE_DIM]).sub(mean); return cov.add(tf.matMul(c, c, true, false)); }) as tf.Tensor2D;
    cov.dispose();
    cov = next;
  }
  // Top-D eigenvectors by orthogonal (subspace) iteration from a seeded start.
  const r = rng(7);
  let V = tf.tensor2d(Float32Array.from({ length: USE_DIM * D }, () => r.next() - 0.5), [USE_DIM, D]);
  for (let it = 0; it < 60; it += 1) {
    const next = tf.tidy(() => tf.linalg.qr(tf.matMul(cov, V))[0]) as tf.Tensor2D;
    V.dispose();
    V = next;
  }
  const bank = tf.tidy(() => { const p = tf.matMul(X.sub(mean), V); return p.div(p.norm('euclidean', 1, true).maximum(1e-6)); });
  const q = Int8Array.from(await bank.data(), (v) => Math.max(-127, Math.min(127, Math.round(v * 127))));
  const meanData = await mean.data();
  const projData = await V.data();
  tf.dispose([X, mean, cov, V, bank]);

  mkdirSync(out, { recursive: true });
  const meta: MemoryMeta = { n, inputDim: USE_DIM, dim: D, classes: SENTIMENTS.length, k: MEMORY_SETTINGS.k, temperature: MEMORY_SETTINGS.temperature, weight: MEMORY_SETTINGS.weight };
  writeFileSync(join(out, 'meta.json'), `${JSON.stringify({ ...meta, builtFrom: `corpus train split + UCI train, ${n} lines with an embedding (models/memory/build.ts)` })}\n`);
  writeFileSync(join(out, 'bank.bin'), Buffer.concat([Buffer.from(new Float32Array(meanData).buffer), Buffer.from(new Float32Array(projData).buffer), Buffer.from(q.buffer), Buffer.from(labels.buffer)]));
  process.stderr.write(`memory: ${n} lines × ${D} dims -> ${out}\n`);
}

void main();
