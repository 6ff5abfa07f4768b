/**
 * Trains the intent, sentiment, polarity and review heads and writes them to public/models/. Run: npm run models:train
 * Inputs per line: hashed n-grams + dense lexicon/shape features + USE-lite embedding of the English
 * part (lib/ml/features/head-input.ts, the exact code the extension runs). Early stopping on the dev split;
 * the frozen test split is never read here except to check its hash.
 */
import { join } from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { INTENTS, POLARITIES, SENTIMENTS } from '../lib/ml/labels';
import { selectBackend } from '../lib/ml/platform/backend';
import { loadUseEncoder } from '../lib/ml/use-encoder';
import { nodeLoadAsset } from '../lib/ml/platform/node-assets';
import { buildInput, type FeatureConfig } from '../lib/ml/features/head-input';
import { HEADS, type HeadName, type HeadSpec } from '../lib/ml/heads';
import { loadSplit, loadUci, verifyFrozen, ROOT } from './lib/data';
import { embedAll } from './lib/embed-cache';
import { loadFeatureTables } from './lib/feature-tables';
import { trainAveraged } from './lib/fit';

const FLAGS = new Set(['--out', '--set']);
const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
/** Head names given on the command line (everything that is not a flag or a flag's value). */
const positional = (): string[] => process.argv.slice(2).filter((a, i, all) => !FLAGS.has(a) && !FLAGS.has(all[i - 1] ?? ''));

async function main(): Promise<void> {
  const t0 = Date.now();
  verifyFrozen();
  const { backend } = await selectBackend('wasm');
  process.stderr.write(`backend ${backend}\n`);
  // --out DIR writes the heads elsewhere (experiments); --set '{"intent":{"features":{...}}}' overrides
  // lib/ml/heads.ts for this run (the runtime reads each head's features from its model.json).
  const out = arg('--out') ?? join(ROOT, 'public', 'models');
  const overrides = JSON.parse(arg('--set') ?? '{}') as Partial<Record<HeadName, Partial<HeadSpec>>>;
  const tables = loadFeatureTables();

  const train = loadSplit('train');
  const dev = loadSplit('dev');
  const uci = loadUci();
  const enc = await loadUseEncoder(nodeLoadAsset(ROOT));
  const texts = [...train.map((r) => r.text), ...dev.map((r) => r.text), ...uci.train.map((r) => r.text)];
  // Chinese reaches the encoder as CC-CEDICT glosses when the heads are configured so (lib/ml/heads.ts).
  const emb = await embedAll(enc, texts, HEADS.intent.features.glossZh ? tables.gloss : null);
  const embOf = new Map(texts.map((t, i) => [t, emb[i] ?? null]));

  const polarTrain = train.filter((r) => r.sentiment !== 'neutral');
  const polarDev = dev.filter((r) => r.sentiment !== 'neutral');
  const jobs: { name: HeadName; labels: readonly string[]; x: string[]; y: string[]; dx: string[]; dy: string[] }[] = [
    { name: 'intent', labels: INTENTS, x: train.map((r) => r.text), y: train.map((r) => r.intent), dx: dev.map((r) => r.text), dy: dev.map((r) => r.intent) },
    {
      name: 'sentiment',
      labels: SENTIMENTS,
      // UCI review sentences teach general English polarity; the corpus teaches chat and neutral.
      x: [...train.map((r) => r.text), ...uci.train.map((r) => r.text)],
      y: [...train.map((r) => r.sentiment), ...uci.train.map((r) => r.label)],
      dx: dev.map((r) => r.text),
      dy: dev.map((r) => r.sentiment),
    },
    {
      name: 'polarity',
      labels: POLARITIES,
      // Only lines with a sign: the 3-class head above decides neutral, this head decides which way.
      x: [...polarTrain.map((r) => r.text), ...uci.train.map((r) => r.text)],
      y: [...polarTrain.map((r) => r.sentiment), ...uci.train.map((r) => r.label)],
      dx: polarDev.map((r) => r.text),
      dy: polarDev.map((r) => r.sentiment),
    },
    {
      name: 'review',
      labels: POLARITIES,
      // English review polarity from UCI train alone; it joins the polarity head at run time.
      x: uci.train.map((r) => r.text),
      y: uci.train.map((r) => r.label),
      dx: polarDev.map((r) => r.text),
      dy: polarDev.map((r) => r.sentiment),
    },
  ];
  // `npx tsx models/train.ts polarity review` retrains the named heads; no argument trains all.
  const only = positional();
  for (const job of jobs.filter((j) => only.length === 0 || only.includes(j.name))) {
    const o = overrides[job.name] ?? {};
    const spec: HeadSpec = { ...HEADS[job.name], ...o, features: { ...HEADS[job.name].features, ...o.features }, fit: { ...HEADS[job.name].fit, ...o.fit } };
    const config: FeatureConfig = spec.features;
    const { seeds, uci: withUci, ...fit } = spec.fit ?? {};
    // The sentiment and polarity jobs end with the UCI rows; `uci: false` drops them (before the
    // input is built, so rows and labels stay aligned).
    if (withUci === false && (job.name === 'sentiment' || job.name === 'polarity')) {
      job.x = job.x.slice(0, job.x.length - uci.train.length);
      job.y = job.y.slice(0, job.y.length - uci.train.length);
    }
    const X = buildInput(job.x, config, tables, job.x.map((t) => embOf.get(t) ?? null));
    const DX = buildInput(job.dx, config, tables, job.dx.map((t) => embOf.get(t) ?? null));
    const res = await trainAveraged({ X, y: job.y, DX, dy: job.dy, labels: job.labels, config, hidden: spec.hidden, seed: 42, ...fit }, seeds ?? 1);
    const bytes = await import('./lib/tf-save').then((m) =>
      m.saveLayersModel(res.model, join(out, job.name), { head: { labels: [...job.labels], features: config, hidden: spec.hidden, bestEpoch: res.bestEpoch, devMacroF1: res.devMacroF1, trainRows: job.x.length } }),
    );
    process.stderr.write(`${job.name}: dev macro-F1 ${res.devMacroF1.toFixed(3)} at epoch ${res.bestEpoch}, ${bytes} bytes\n`);
    res.model.dispose();
  }
  enc.dispose();
  process.stderr.write(`done in ${((Date.now() - t0) / 1000).toFixed(0)} s on ${tf.getBackend()}\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
  process.exit(1);
});
