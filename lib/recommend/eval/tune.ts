/**
 * npx tsx lib/recommend/eval/tune.ts [--seeds N] — coordinate search of the default weights on the
 * TUNE setting only (never on report/heldout). Simulates once, replays each candidate; prints the
 * best weights and their tune hit@3 (stderr: progress).
 */
import { simulateShop } from '../../sim';
import { COMPONENTS, type Weights } from '../types';
import { DEFAULT_WEIGHTS } from '../weights';
import { replayShop, shopSignals } from './replay';
import { settings } from './run-settings';

const i = process.argv.indexOf('--seeds');
const tune = settings(i >= 0 ? Number(process.argv[i + 1]) : undefined).find((s) => s.name === 'tune');
const shops = (tune?.shops ?? []).map((o) => { const shop = simulateShop(o); return { shop, sigs: shopSignals(shop), seed: o.seed ?? 1 }; });
const hit3 = (w: Weights): number => {
  let h = 0;
  let n = 0;
  for (const s of shops) for (const x of replayShop(s.shop, s.sigs, w, s.seed).recommender) { h += x.hit3 + 0.5 * x.hit1; n++; }
  return h / Math.max(1, n);
};
let best: Weights = { ...DEFAULT_WEIGHTS };
let bestScore = hit3(best);
process.stderr.write(`start ${bestScore.toFixed(3)}\n`);
for (let round = 0; round < 2; round++) {
  for (const c of COMPONENTS) {
    if (c === 'priority' || c === 'demand') continue;
    for (const v of [0, 0.1, 0.25, 0.5, 1, 2]) {
      const w = { ...best, [c]: v };
      const s = hit3(w);
      if (s > bestScore + 1e-9) { best = w; bestScore = s; process.stderr.write(`${c}=${v} → ${s.toFixed(3)}\n`); }
    }
  }
}
process.stdout.write(`${JSON.stringify({ weights: best, objective: Math.round(bestScore * 1000) / 1000 })}\n`);
