/**
 * Chooses a separate polarity head (positive vs negative, no neutral) by k-fold cross-validation on
 * the UCI TRAIN split only; the UCI test split is never read. Each fold trains on the other folds
 * (plus, per variant, the chat train split's polar lines) and reports held-out fold accuracy, chat
 * dev polar accuracy, and chat dev 3-class macro-F1 when the polarity is composed with the shipped
 * sentiment head's neutral probability (lib/ml/postprocess.ts composeSentiment).
 * Run: npx tsx models/experiments/polarity-cv.ts '<json list of variants>' [folds]
 */
import * as tf from '@tensorflow/tfjs';
import { POLARITIES } from '../../lib/ml/labels';
import { inputDim, type FeatureConfig } from '../../lib/ml/features/head-input';
import { trainHead } from '../lib/fit';
import { composedMacroF1, loadCvData, shippedNeutral } from './cv-data';

interface Variant { name: string; features?: Partial<FeatureConfig>; hidden?: number; chat?: boolean; uciRepeat?: number; epochs?: number; l2?: number; lr?: number; seeds?: number }
const variants = JSON.parse(process.argv[2] ?? '[{"name":"default"}]') as Variant[];
const folds = Number(process.argv[3] ?? 5);
const base: FeatureConfig = { hashDim: 4096, useEmbedding: true, glossZh: true, glossTokens: true, lexicon: true };

const data = await loadCvData();
const { dev, uci, input } = data;
const chat = data.chat.filter((r) => r.sentiment !== 'neutral');
const devPolar = dev.filter((r) => r.sentiment !== 'neutral');
const devNeutral = await shippedNeutral(dev.map((r) => r.text));

async function posProb(model: tf.LayersModel, texts: string[], config: FeatureConfig): Promise<Float32Array> {
  const x = tf.tensor2d(input(texts, config), [texts.length, inputDim(config)]);
  const p = model.predict(x) as tf.Tensor;
  const d = (await p.data()) as Float32Array;
  tf.dispose([x, p]);
  return d.filter((_, i) => i % 2 === 1);
}

for (const v of variants) {
  const config: FeatureConfig = { ...base, ...v.features };
  const DX = input(devPolar.map((r) => r.text), config);
  const t0 = Date.now();
  let ok = 0;
  let devAcc = 0;
  let dev3 = 0;
  for (let f = 0; f < folds; f += 1) {
    const held = uci.filter((_, i) => i % folds === f);
    const rep = Array.from({ length: v.uciRepeat ?? 1 }, () => uci.filter((_, i) => i % folds !== f)).flat();
    const rows = [...(v.chat === false ? [] : chat.map((r) => ({ text: r.text, label: r.sentiment }))), ...rep];
    const X = input(rows.map((r) => r.text), config);
    const heldP = new Float32Array(held.length);
    const devP = new Float32Array(dev.length);
    const seeds = v.seeds ?? 1;
    for (let s = 0; s < seeds; s += 1) {
      const res = await trainHead({ X, y: rows.map((r) => r.label), DX, dy: devPolar.map((r) => r.sentiment), labels: POLARITIES, config, hidden: v.hidden ?? 0, seed: 42 + s, epochs: v.epochs, l2: v.l2, lr: v.lr });
      (await posProb(res.model, held.map((r) => r.text), config)).forEach((p, i) => { heldP[i] = (heldP[i] ?? 0) + p / seeds; });
      (await posProb(res.model, dev.map((r) => r.text), config)).forEach((p, i) => { devP[i] = (devP[i] ?? 0) + p / seeds; });
      res.model.dispose();
    }
    ok += held.filter((r, i) => ((heldP[i] ?? 0) >= 0.5 ? 'positive' : 'negative') === r.label).length;
    const polarIdx = dev.flatMap((r, i) => (r.sentiment === 'neutral' ? [] : [i]));
    devAcc += polarIdx.filter((i) => ((devP[i] ?? 0) >= 0.5 ? 'positive' : 'negative') === dev[i]?.sentiment).length / polarIdx.length / folds;
    dev3 += composedMacroF1(dev, devNeutral, devP) / folds;
  }
  const s = (Date.now() - t0) / 1000;
  process.stderr.write(`${v.name}: UCI-train ${folds}-fold CV ${((100 * ok) / uci.length).toFixed(1)} | chat dev polar acc ${(100 * devAcc).toFixed(1)} | composed dev 3-class macro-F1 ${dev3.toFixed(3)} (${s.toFixed(0)} s)\n`);
}
