/**
 * Chooses how an English review-polarity expert (trained on UCI train only, dense + USE features)
 * joins the chat polarity head (lib/ml/postprocess.ts combinePolarity), by k-fold cross-validation
 * on the UCI TRAIN split; the UCI test split is never read. Per fold both heads train without the
 * held-out fold; the expert's seeds are averaged in logit space (= averaging their weights).
 * Reports, per combination weight: held-out UCI accuracy, chat dev polar accuracy and chat dev
 * 3-class macro-F1 composed with the shipped sentiment head's neutral probability.
 * Run: npx tsx models/experiments/review-expert-cv.ts '{"seeds":3,"weights":[0,0.5,1,2]}' [folds]
 */
import * as tf from '@tensorflow/tfjs';
import { POLARITIES } from '../../lib/ml/labels';
import { inputDim, type FeatureConfig } from '../../lib/ml/features/head-input';
import { HEADS } from '../../lib/ml/heads';
import { combinePolarity } from '../../lib/ml/postprocess';
import { hasLatin } from '../../lib/ml/features/text-normalize';
import { trainHead } from '../lib/fit';
import { composedMacroF1, loadCvData, shippedNeutral } from './cv-data';

interface Opts { seeds?: number; weights?: number[]; expert?: Partial<FeatureConfig>; uciRepeat?: number; l2?: number; epochs?: number }
const o = JSON.parse(process.argv[2] ?? '{}') as Opts;
const folds = Number(process.argv[3] ?? 5);
const weights = o.weights ?? [0, 0.5, 1, 2];
const chatCfg: FeatureConfig = HEADS.polarity.features;
const expertCfg: FeatureConfig = { hashDim: 0, useEmbedding: true, lexicon: true, ...o.expert };

const data = await loadCvData();
const { dev, uci, input } = data;
const chat = data.chat.filter((r) => r.sentiment !== 'neutral');
const devPolar = dev.filter((r) => r.sentiment !== 'neutral');
const devNeutral = await shippedNeutral(dev.map((r) => r.text));

/** Logit of P(positive) for each text. */
async function logits(model: tf.LayersModel, texts: string[], c: FeatureConfig): Promise<number[]> {
  const x = tf.tensor2d(input(texts, c), [texts.length, inputDim(c)]);
  const p = model.predict(x) as tf.Tensor;
  const d = (await p.data()) as Float32Array;
  tf.dispose([x, p]);
  return texts.map((_, i) => Math.log(Math.max(d[i * 2 + 1] ?? 0, 1e-7) / Math.max(d[i * 2] ?? 0, 1e-7)));
}
const sig = (z: number): number => 1 / (1 + Math.exp(-z));

const tally = weights.map(() => ({ uci: 0, devAcc: 0, dev3: 0 }));
let expertAlone = 0;
const DXc = input(devPolar.map((r) => r.text), chatCfg);
const DXe = input(devPolar.map((r) => r.text), expertCfg);
const t0 = Date.now();
for (let f = 0; f < folds; f += 1) {
  const held = uci.filter((_, i) => i % folds === f);
  const fit = uci.filter((_, i) => i % folds !== f);
  const rows = [...chat.map((r) => ({ text: r.text, label: r.sentiment })), ...fit];
  const main = await trainHead({ X: input(rows.map((r) => r.text), chatCfg), y: rows.map((r) => r.label), DX: DXc, dy: devPolar.map((r) => r.sentiment), labels: POLARITIES, config: chatCfg, hidden: 0, seed: 42 });
  const texts = [...held.map((r) => r.text), ...dev.map((r) => r.text)];
  const mainZ = await logits(main.model, texts, chatCfg);
  main.model.dispose();
  const rep = Array.from({ length: o.uciRepeat ?? 1 }, () => fit).flat();
  const XE = input(rep.map((r) => r.text), expertCfg);
  const expZ = texts.map(() => 0);
  const seeds = o.seeds ?? 3;
  for (let s = 0; s < seeds; s += 1) {
    const ex = await trainHead({ X: XE, y: rep.map((r) => r.label), DX: DXe, dy: devPolar.map((r) => r.sentiment), labels: POLARITIES, config: expertCfg, hidden: 0, seed: 7 + s, l2: o.l2, epochs: o.epochs });
    (await logits(ex.model, texts, expertCfg)).forEach((z, i) => { expZ[i] = (expZ[i] ?? 0) + z / seeds; });
    ex.model.dispose();
  }
  expertAlone += held.filter((r, i) => ((expZ[i] ?? 0) >= 0 ? 'positive' : 'negative') === r.label).length;
  weights.forEach((w, k) => {
    const p = texts.map((t, i) => combinePolarity(sig(mainZ[i] ?? 0), sig(expZ[i] ?? 0), hasLatin(t), w));
    const sign = (i: number): 'positive' | 'negative' => ((p[i] ?? 0) >= 0.5 ? 'positive' : 'negative');
    const tk = tally[k] as { uci: number; devAcc: number; dev3: number };
    tk.uci += held.filter((r, i) => sign(i) === r.label).length;
    const d = dev.map((r, j) => ({ r, j: held.length + j }));
    const polar = d.filter(({ r }) => r.sentiment !== 'neutral');
    tk.devAcc += polar.filter(({ r, j }) => sign(j) === r.sentiment).length / polar.length / folds;
    tk.dev3 += composedMacroF1(dev, devNeutral, p.slice(held.length)) / folds;
  });
}
process.stderr.write(`options ${JSON.stringify(o)}; expert alone: UCI-train ${folds}-fold CV ${((100 * expertAlone) / uci.length).toFixed(1)} (${((Date.now() - t0) / 1000).toFixed(0)} s)\n`);
weights.forEach((w, k) => {
  const tk = tally[k] as { uci: number; devAcc: number; dev3: number };
  process.stderr.write(`  weight ${w}: UCI-train CV ${((100 * tk.uci) / uci.length).toFixed(1)} | chat dev polar acc ${(100 * tk.devAcc).toFixed(1)} | composed dev 3-class macro-F1 ${tk.dev3.toFixed(3)}\n`);
});
