/** Dev-split hyperparameter sweep for the heads (never touches test). npx tsx models/tune.ts intent */
import { INTENTS, SENTIMENTS } from '../lib/ml/labels';
import { selectBackend } from '../lib/ml/backend';
import { buildInput, type FeatureConfig } from '../lib/ml/head-input';
import { loadUseEncoder } from '../lib/ml/use-encoder';
import { nodeLoadAsset } from '../lib/ml/node-assets';
import { loadSplit, loadUci, ROOT } from './lib/data';
import { embedAll } from './lib/embed-cache';
import { emojiLexicon } from './lib/emoji-export';
import { trainHead } from './lib/fit';

const task = process.argv[2] === 'sentiment' ? 'sentiment' : 'intent';
const grid: { hidden: number; lr: number; epochs: number; hashDim: number; useEmbedding: boolean }[] = JSON.parse(process.argv[3] ?? '[]');
await selectBackend('wasm');
const train = loadSplit('train');
const dev = loadSplit('dev');
const uci = loadUci();
const emoji = emojiLexicon();
const enc = await loadUseEncoder(nodeLoadAsset(ROOT));
const x = task === 'intent' ? train.map((r) => r.text) : [...train.map((r) => r.text), ...uci.train.map((r) => r.text)];
const y = task === 'intent' ? train.map((r) => r.intent) : [...train.map((r) => r.sentiment), ...uci.train.map((r) => r.label)];
const labels = task === 'intent' ? INTENTS : SENTIMENTS;
const ex = await embedAll(enc, x);
const edx = await embedAll(enc, dev.map((r) => r.text));
for (const g of grid) {
  const config: FeatureConfig = { hashDim: g.hashDim, useEmbedding: g.useEmbedding };
  const t0 = Date.now();
  const res = await trainHead({
    X: buildInput(x, config, emoji, ex), y, DX: buildInput(dev.map((r) => r.text), config, emoji, edx),
    dy: dev.map((r) => (task === 'intent' ? r.intent : r.sentiment)), labels, config, hidden: g.hidden, seed: 42, lr: g.lr, epochs: g.epochs,
  });
  process.stderr.write(`${task} ${JSON.stringify(g)} dev macro-F1 ${res.devMacroF1.toFixed(3)} best epoch ${res.bestEpoch} (${((Date.now() - t0) / 1000).toFixed(0)} s)\n`);
  res.model.dispose();
}
