/** Dev-split hyperparameter sweep for the heads (never touches test). npx tsx models/tune.ts intent */
import { INTENTS, SENTIMENTS } from '../lib/ml/labels';
import { selectBackend } from '../lib/ml/platform/backend';
import { buildInput, type FeatureConfig } from '../lib/ml/features/head-input';
import { loadUseEncoder } from '../lib/ml/use-encoder';
import { nodeLoadAsset } from '../lib/ml/platform/node-assets';
import { loadSplit, loadUci, ROOT } from './lib/data';
import { embedAll } from './lib/embed-cache';
import { loadFeatureTables } from './lib/feature-tables';
import { trainHead } from './lib/fit';
import { HEADS } from '../lib/ml/heads';
import * as tf from '@tensorflow/tfjs';
import { inputDim } from '../lib/ml/features/head-input';
import { topLabels } from '../lib/ml/postprocess';
import { evaluate } from './lib/metrics';

const task = process.argv[2] === 'sentiment' ? 'sentiment' : 'intent';
const grid: { hidden: number; lr: number; epochs: number; hashDim: number; useEmbedding: boolean; useScale?: number; l2?: number; lexicon?: boolean }[] = JSON.parse(process.argv[3] ?? '[]');
await selectBackend('wasm');
const train = loadSplit('train');
const dev = loadSplit('dev');
const uci = loadUci();
const tables = loadFeatureTables();
const enc = await loadUseEncoder(nodeLoadAsset(ROOT));
// UCI dev = last 10 % of the UCI train split (the UCI test split is never used for tuning).
const uciFit = uci.train.slice(0, Math.round(uci.train.length * 0.9));
const uciDev = uci.train.slice(uciFit.length);
const x = task === 'intent' ? train.map((r) => r.text) : [...train.map((r) => r.text), ...uciFit.map((r) => r.text)];
const y = task === 'intent' ? train.map((r) => r.intent) : [...train.map((r) => r.sentiment), ...uciFit.map((r) => r.label)];
const labels = task === 'intent' ? INTENTS : SENTIMENTS;
const gloss = tables.gloss;
const ex = await embedAll(enc, x, gloss);
const edx = await embedAll(enc, dev.map((r) => r.text), gloss);
const eud = await embedAll(enc, uciDev.map((r) => r.text), gloss);
for (const g of grid) {
  const config: FeatureConfig = { ...HEADS[task].features, hashDim: g.hashDim, useEmbedding: g.useEmbedding, useScale: g.useScale, lexicon: g.lexicon };
  const t0 = Date.now();
  const dxv = buildInput(dev.map((r) => r.text), config, tables, edx);
  const res = await trainHead({
    X: buildInput(x, config, tables, ex), y, DX: dxv,
    dy: dev.map((r) => (task === 'intent' ? r.intent : r.sentiment)), labels, config, hidden: g.hidden, seed: 42, lr: g.lr, epochs: g.epochs, l2: g.l2,
  });
  // Dev is held-out templates of the v2 authors, the same construction as test: report per language.
  const pv = res.model.predict(tf.tensor2d(dxv, [dev.length, inputDim(config)])) as tf.Tensor;
  const predv = topLabels((await pv.data()) as Float32Array, labels).map((x) => x.label);
  const goldv = dev.map((r) => (task === 'intent' ? r.intent : r.sentiment));
  const byLang = (lang: string): string => { const k = dev.flatMap((r, j) => (r.lang === lang ? [j] : [])); return evaluate(k.map((j) => goldv[j]!), k.map((j) => predv[j]!), labels).macroF1.toFixed(3); };
  let uciAcc = '';
  if (task === 'sentiment') {
    const ux = buildInput(uciDev.map((r) => r.text), config, tables, eud);
    const pu = res.model.predict(tf.tensor2d(ux, [uciDev.length, inputDim(config)])) as tf.Tensor;
    const d = (await pu.data()) as Float32Array;
    const ok = uciDev.filter((r, i) => ((d[i * 3 + 2] ?? 0) >= (d[i * 3] ?? 0) ? 'positive' : 'negative') === r.label).length;
    uciAcc = `uci-dev acc ${(ok / uciDev.length).toFixed(3)} `;
  }
  process.stderr.write(`${task} ${JSON.stringify(g)} dev en ${byLang('en')} zh ${byLang('zh')} mixed ${byLang('mixed')} ${uciAcc}| dev macro-F1 ${res.devMacroF1.toFixed(3)} best epoch ${res.bestEpoch} (${((Date.now() - t0) / 1000).toFixed(0)} s)\n`);
  res.model.dispose();
}
