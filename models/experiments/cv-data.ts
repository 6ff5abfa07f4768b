/**
 * Shared setup of the UCI-train cross-validation experiments: the chat train and dev splits, UCI
 * TRAIN (the UCI test split is dropped here, so no experiment can read it), and one input builder
 * over cached USE-lite embeddings.
 */
import '../../lib/ml/platform/node-quiet-console';
import { selectBackend } from '../../lib/ml/platform/backend';
import { buildInput, type FeatureConfig } from '../../lib/ml/features/head-input';
import { loadUseEncoder } from '../../lib/ml/use-encoder';
import { nodeLoadAsset } from '../../lib/ml/platform/node-assets';
import { createMlRuntime } from '../../lib/ml/runtime';
import { SENTIMENTS } from '../../lib/ml/labels';
import { composeSentiment, topLabels } from '../../lib/ml/postprocess';
import { evaluate } from '../lib/metrics';
import { loadSplit, loadUci, ROOT, type Row, type UciRow } from '../lib/data';
import { embedAll } from '../lib/embed-cache';
import { loadFeatureTables } from '../lib/feature-tables';

export interface CvData {
  chat: Row[];
  dev: Row[];
  uci: UciRow[];
  /** Head input rows for texts from the three sets above (lib/ml/features/head-input.ts). */
  input(texts: string[], config: FeatureConfig): Float32Array;
}

export async function loadCvData(): Promise<CvData> {
  await selectBackend('wasm');
  const chat = loadSplit('train');
  const dev = loadSplit('dev');
  const uci = loadUci().train;
  const tables = loadFeatureTables();
  const enc = await loadUseEncoder(nodeLoadAsset(ROOT));
  const all = [...chat.map((r) => r.text), ...uci.map((r) => r.text), ...dev.map((r) => r.text)];
  const emb = await embedAll(enc, all, tables.gloss);
  enc.dispose();
  const embOf = new Map(all.map((t, i) => [t, emb[i] ?? null]));
  const input = (texts: string[], config: FeatureConfig): Float32Array => buildInput(texts, config, tables, texts.map((t) => embOf.get(t) ?? null));
  return { chat, dev, uci, input };
}

/** P(neutral) of each text from the SHIPPED 3-class sentiment head, which polarity is composed with. */
export async function shippedNeutral(texts: string[]): Promise<number[]> {
  const rt = createMlRuntime({ loadAsset: nodeLoadAsset(ROOT), backend: 'wasm', blend: 0 });
  await rt.init();
  const out = (await rt.scores(texts)).map((s) => s?.sentiment[1] ?? 0);
  rt.dispose();
  return out;
}

/**
 * Chat dev 3-class macro-F1 when each line's P(positive | polar) `pos` is composed with the shipped
 * P(neutral) exactly as the runtime does (composeSentiment reads only the neutral column of `three`).
 */
export function composedMacroF1(dev: Row[], neutral: number[], pos: ArrayLike<number>): number {
  const three = neutral.flatMap((n) => [(1 - n) / 2, n, (1 - n) / 2]);
  const pred = topLabels(composeSentiment(three, pos), SENTIMENTS).map((x) => x.label);
  return evaluate(dev.map((r) => r.sentiment), pred, SENTIMENTS).macroF1;
}
