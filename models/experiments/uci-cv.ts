/**
 * k-fold (default 5) cross-validation on the UCI TRAIN split only (the UCI test split is never read), to choose
 * how the sentiment head learns English review polarity. Each fold trains on the chat train split plus
 * the other folds of UCI train and reports accuracy on the held-out fold (and chat dev macro-F1).
 * Run: npx tsx models/experiments/uci-cv.ts '<json list of variants>'
 */
import * as tf from '@tensorflow/tfjs';
import { SENTIMENTS } from '../../lib/ml/labels';
import { inputDim, type FeatureConfig } from '../../lib/ml/features/head-input';
import { HEADS } from '../../lib/ml/heads';
import { trainHead } from '../lib/fit';
import { loadCvData } from './cv-data';

interface Variant { name: string; features?: Partial<FeatureConfig>; uciRepeat?: number; epochs?: number; l2?: number; lr?: number }
const variants = JSON.parse(process.argv[2] ?? '[{"name":"shipped"}]') as Variant[];
const folds = Number(process.argv[3] ?? 5);
const { chat, dev, uci, input } = await loadCvData();
for (const v of variants) {
  const config: FeatureConfig = { ...HEADS.sentiment.features, ...v.features };
  const DX = input(dev.map((r) => r.text), config);
  let ok = 0;
  let devF1 = 0;
  const t0 = Date.now();
  for (let f = 0; f < folds; f += 1) {
    const held = uci.filter((_, i) => i % folds === f);
    const fit = uci.filter((_, i) => i % folds !== f);
    const rep = Array.from({ length: v.uciRepeat ?? 1 }, () => fit).flat();
    const x = [...chat.map((r) => r.text), ...rep.map((r) => r.text)];
    const y = [...chat.map((r) => r.sentiment), ...rep.map((r) => r.label)];
    const X = input(x, config);
    const res = await trainHead({ X, y, DX, dy: dev.map((r) => r.sentiment), labels: SENTIMENTS, config, hidden: 0, seed: 42, epochs: v.epochs, l2: v.l2, lr: v.lr });
    const HX = input(held.map((r) => r.text), config);
    const p = res.model.predict(tf.tensor2d(HX, [held.length, inputDim(config)])) as tf.Tensor;
    const d = (await p.data()) as Float32Array;
    ok += held.filter((r, i) => ((d[i * 3 + 2] ?? 0) >= (d[i * 3] ?? 0) ? 'positive' : 'negative') === r.label).length;
    p.dispose();
    res.model.dispose();
    devF1 += res.devMacroF1 / folds;
  }
  process.stderr.write(`${v.name}: UCI-train ${folds}-fold CV accuracy ${((100 * ok) / uci.length).toFixed(1)}, chat dev macro-F1 ${devF1.toFixed(3)} (${((Date.now() - t0) / 1000).toFixed(0)} s)\n`);
}
