/**
 * Scores heads trained into experiment folders (`npx tsx models/train.ts --out DIR --set '{...}'`)
 * on the DEV split and on the hand-written sanity sets (models/corpus/sanity/), through the shipped
 * runtime: files missing in DIR come from public/models. Never reads a test split.
 *   npx tsx models/experiments/dev-score.ts [DIR ...] [--couple 0,1,2] [--blend W]   (no DIR: the shipped heads)
 * Without --blend: the heads alone, uncalibrated (what head choices are made on); --blend W: the
 * accurate tier as the runtime gives it, calibrated, with weight W on the student (0.5 as shipped).
 */
import '../../lib/ml/platform/node-quiet-console';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { INTENTS, SENTIMENTS } from '../../lib/ml/labels';
import { createMlRuntime } from '../../lib/ml/runtime';
import { nodeLoadAsset } from '../../lib/ml/platform/node-assets';
import type { LoadAsset } from '../../lib/ml/platform/asset-io';
import { applyTemperature, expectedCalibrationError, fitTemperature } from '../../lib/ml/calibration';
import { argmax } from '../../lib/ml/postprocess';
import { evaluate } from '../lib/metrics';
import { isV3, loadSplit, ROOT } from '../lib/data';
import { embeddingStore } from '../student/teacher';

interface Line { text: string; lang?: string; intent?: string; sentiment?: string }

const overlay = (dir: string): LoadAsset => {
  const base = nodeLoadAsset(ROOT);
  return async (path) => {
    const f = join(dir, path);
    if (existsSync(f)) { const b = readFileSync(f); return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer; }
    return base(path);
  };
};

const readJsonl = (f: string): Line[] => readFileSync(f, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Line);

function ece(probs: number[][], gold: number[]): number {
  const conf = probs.map((p) => p[argmax(p)] ?? 0);
  return expectedCalibrationError(conf, probs.map((p, i) => argmax(p) === gold[i]));
}

// Sentence embeddings from the disk cache where it has them (same encoder, same input): heads only run.
const store = embeddingStore();

async function score(dir: string | null, coupling?: number): Promise<void> {
  const rt = createMlRuntime({ loadAsset: dir ? overlay(dir) : nodeLoadAsset(ROOT), backend: 'wasm', calibrate: blend > 0, blend, intentCoupling: coupling, wrapEncoder: store.wrap });
  const st = await rt.init();
  if (st.state !== 'ready') throw new Error(st.message ?? 'not ready');
  const dev = loadSplit('dev');
  const sets: [string, Line[]][] = [['dev', dev], ['dev-v2', dev.filter((r) => !isV3(r))], ['dev-v3', dev.filter(isV3)]];
  const sanityDir = join(ROOT, 'models', 'corpus', 'sanity');
  if (existsSync(sanityDir)) for (const f of readdirSync(sanityDir).filter((x) => x.endsWith('.jsonl')).sort()) sets.push([f.replace('.jsonl', ''), readJsonl(join(sanityDir, f))]);
  const parts: string[] = [];
  for (const [name, rows] of sets) {
    const sc = await rt.scores(rows.map((r) => r.text));
    const langs = name.startsWith('dev') ? ['en', 'zh', 'mixed'] : [...new Set(rows.map((r) => r.lang ?? 'all'))];
    for (const task of ['intent', 'sentiment'] as const) {
      const labels: readonly string[] = task === 'intent' ? INTENTS : SENTIMENTS;
      const idxAll = rows.flatMap((r, i) => (r[task] ? [i] : []));
      if (!idxAll.length) continue;
      // Binary sets (pos/neg only) score the sign: neutral output counts as wrong, as a reader would.
      const f1s = langs.map((l) => {
        const idx = idxAll.filter((i) => (rows[i]?.lang ?? 'all') === l);
        if (!idx.length) return '';
        const rep = evaluate(idx.map((i) => rows[i]?.[task] as string), idx.map((i) => labels[argmax(sc[i]?.[task] ?? [])] as string), labels);
        return `${l} ${(100 * rep.macroF1).toFixed(1)}`;
      }).filter(Boolean);
      const probs = idxAll.map((i) => sc[i]?.[task] ?? []);
      const gold = idxAll.map((i) => labels.indexOf(rows[i]?.[task] as string));
      let cal = '';
      if (name === 'dev') {
        const flat = Float32Array.from(probs.flat());
        const t = fitTemperature(flat, labels.length, gold);
        const scaled = applyTemperature(flat, labels.length, t);
        const rowsT = gold.map((_g, r) => Array.from(scaled.subarray(r * labels.length, (r + 1) * labels.length)));
        cal = ` ECE ${ece(probs, gold).toFixed(3)}->${ece(rowsT, gold).toFixed(3)} (T ${t})`;
      } else cal = ` ECE ${ece(probs, gold).toFixed(3)}`;
      parts.push(`${name} ${task}: ${f1s.join(' / ')}${cal}`);
    }
  }
  rt.dispose();
  process.stdout.write(`== ${dir ?? 'shipped'}${coupling === undefined ? '' : ` (intent coupling ${coupling})`}${blend > 0 ? ` (blend ${blend})` : ''}\n${parts.join('\n')}\n`);
}

// --couple 0,1,2 scores each folder at each intent-coupling weight (lib/ml/heads.ts INTENT_COUPLING).
const ci = process.argv.indexOf('--couple');
const couplings = ci >= 0 ? (process.argv[ci + 1] ?? '').split(',').map(Number) : [undefined];
const bi = process.argv.indexOf('--blend');
const blend = bi >= 0 ? Number(process.argv[bi + 1]) : 0;
const dirs = process.argv.slice(2).filter((a, i, all) => !['--couple', '--blend'].includes(a) && !['--couple', '--blend'].includes(all[i - 1] ?? ''));
for (const d of dirs.length ? dirs : [null]) for (const c of couplings) await score(d, c);
