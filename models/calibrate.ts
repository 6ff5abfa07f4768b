/**
 * Fits the temperatures of lib/ml/calibration.ts on the dev split, on the runtime's own (uncalibrated)
 * outputs, and writes public/models/calibration.json. Run after training (npm run models:train does).
 * Two stages: the heads' own temperatures, then (with those applied) the temperatures of the
 * accurate tier's blend of the heads and the student (lib/ml/heads.ts TIER_BLEND).
 * Also reports dev ECE before/after and a two-fold cross-fit ECE (fit on one half of dev, measure on
 * the other), the honest estimate of how calibrated unseen lines will be.
 */
import '../lib/ml/platform/node-quiet-console';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { INTENTS, SENTIMENTS } from '../lib/ml/labels';
import { createMlRuntime, type HeadScores } from '../lib/ml/runtime';
import type { LoadAsset } from '../lib/ml/platform/asset-io';
import { nodeLoadAsset } from '../lib/ml/platform/node-assets';
import { FEATURE_ASSETS, TIER_BLEND } from '../lib/ml/heads';
import { applyTemperature, expectedCalibrationError, fitTemperature, type Calibration } from '../lib/ml/calibration';
import { argmax } from '../lib/ml/postprocess';
import { loadSplit, ROOT, type Row } from './lib/data';

function topEce(probs: Float32Array, k: number, gold: number[]): number {
  const conf: number[] = [];
  const ok: boolean[] = [];
  gold.forEach((g, r) => {
    const row = probs.subarray(r * k, (r + 1) * k);
    const i = argmax(row);
    conf.push(row[i] ?? 0);
    ok.push(i === g);
  });
  return expectedCalibrationError(conf, ok);
}

const rows = (p: Float32Array, k: number, idx: number[]): Float32Array => Float32Array.from(idx.flatMap((r) => Array.from(p.subarray(r * k, (r + 1) * k))));

/** The dev split's accurate-tier scores: the heads alone, uncalibrated (stage 1), or the blend under `cal` with the blend temperatures at 1 (stage 2). */
async function devScores(dev: Row[], cal?: Calibration): Promise<(HeadScores | null)[]> {
  const rt = createMlRuntime({ loadAsset: cal ? overlay(cal) : nodeLoadAsset(ROOT), backend: 'wasm', calibrate: cal !== undefined, ...(cal ? {} : { blend: 0 }) });
  const status = await rt.init();
  if (status.state !== 'ready') throw new Error(`models failed to load: ${status.message ?? ''}`);
  const sc = await rt.scores(dev.map((r) => r.text));
  rt.dispose();
  return sc;
}

/** The shipped files, with calibration.json replaced by `cal`. */
function overlay(cal: Calibration): LoadAsset {
  const base = nodeLoadAsset(ROOT);
  return async (path) => (path === FEATURE_ASSETS.calibration ? JSON.stringify(cal) : base(path));
}

const HEADS_FIT = [['intent', INTENTS, (r: Row) => r.intent], ['sentiment', SENTIMENTS, (r: Row) => r.sentiment]] as const;

async function main(): Promise<void> {
  const dev = loadSplit('dev');
  const out: Calibration = { intent: 1, sentiment: 1 };
  fitStage(dev, await devScores(dev), out, { intent: 'intent', sentiment: 'sentiment' });
  // Stage 2: the accurate tier's blend of the calibrated heads and the student (lib/ml/heads.ts TIER_BLEND).
  if (TIER_BLEND > 0) fitStage(dev, await devScores(dev, out), out, { intent: 'blendIntent', sentiment: 'blendSentiment' });
  writeFileSync(join(ROOT, 'public', 'models', FEATURE_ASSETS.calibration), `${JSON.stringify({ ...out, fittedOn: `dev split, ${dev.length} lines (models/calibrate.ts)` })}\n`);
}

function fitStage(dev: Row[], sc: (HeadScores | null)[], out: Calibration, keys: Record<'intent' | 'sentiment', keyof Calibration>): void {
  for (const [head, labels, goldOf] of HEADS_FIT) {
    const k = labels.length;
    const probs = Float32Array.from(sc.flatMap((s) => (s ? s[head] : new Array<number>(k).fill(1 / k))));
    const gold = dev.map((r) => (labels as readonly string[]).indexOf(goldOf(r)));
    const t = fitTemperature(probs, k, gold);
    out[keys[head]] = t;
    // Two-fold cross-fit on a fixed interleaved split of dev.
    const folds = [dev.flatMap((_r, i) => (i % 2 === 0 ? [i] : [])), dev.flatMap((_r, i) => (i % 2 === 1 ? [i] : []))] as const;
    const cross = folds.map((fit, f) => {
      const held = folds[1 - f] as number[];
      const tf = fitTemperature(rows(probs, k, fit), k, fit.map((i) => gold[i] ?? 0));
      return topEce(applyTemperature(rows(probs, k, held), k, tf), k, held.map((i) => gold[i] ?? 0)) * held.length;
    });
    const crossEce = cross.reduce((a, b) => a + b, 0) / dev.length;
    process.stderr.write(`${keys[head]}: T = ${t}; dev ECE ${topEce(probs, k, gold).toFixed(3)} -> ${topEce(applyTemperature(probs, k, t), k, gold).toFixed(3)} (two-fold cross-fit ${crossEce.toFixed(3)}; ${dev.length} lines)\n`);
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
  process.exit(1);
});
