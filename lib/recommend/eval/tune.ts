/**
 * npx tsx lib/recommend/eval/tune.ts [--seeds N] — coordinate search of the default weights and the
 * live-demand parameters on the TUNE setting only (never on the report/heldout settings). Simulates
 * once, replays each candidate; prints the best weights, live parameters and their objective
 * (hit@3 + ½ hit@1 over the tune pitch changes); stderr: progress.
 */
import { simulateShop } from '../../sim';
import type { LiveParams } from '../live';
import { COMPONENTS, type Weights } from '../types';
import { DEFAULT_LIVE_PARAMS, DEFAULT_WEIGHTS } from '../weights';
import { replayShop, shopSignals } from './replay';
import { settings } from './run-settings';

const i = process.argv.indexOf('--seeds');
const tune = settings(i >= 0 ? Number(process.argv[i + 1]) : undefined).find((s) => s.name === 'tune');
const shops = (tune?.shops ?? []).map((o) => { const shop = simulateShop(o); return { shop, sigs: shopSignals(shop), seed: o.seed ?? 1 }; });
const objective = (w: Weights, p: LiveParams): number => {
  let h = 0;
  let n = 0;
  for (const s of shops) for (const x of replayShop(s.shop, s.sigs, w, s.seed, p).recommender) { h += x.hit3 + 0.5 * x.hit1; n++; }
  return h / Math.max(1, n);
};
let best = { w: { ...DEFAULT_WEIGHTS }, p: { ...DEFAULT_LIVE_PARAMS } };
let bestScore = objective(best.w, best.p);
process.stderr.write(`start ${bestScore.toFixed(3)}\n`);
const MIN = 60_000;
for (let round = 0; round < 2; round++) {
  const moves: [string, () => typeof best][] = [];
  for (const v of [2, 5, 10, 20, 40, 80]) moves.push([`halfLife=${v}min`, () => ({ w: best.w, p: { ...best.p, halfLifeMs: v * MIN } })]);
  for (const v of [0, 0.1, 0.25, 0.5, 1]) moves.push([`prompted=${v}`, () => ({ w: best.w, p: { ...best.p, prompted: v } })]);
  for (const c of COMPONENTS) {
    if (c === 'priority' || c === 'demand') continue;
    for (const v of [0, 0.1, 0.25, 0.5, 1, 2, 3, 4]) moves.push([`${c}=${v}`, () => ({ w: { ...best.w, [c]: v }, p: best.p })]);
  }
  for (const [name, make] of moves) {
    const cand = make();
    const s = objective(cand.w, cand.p);
    if (s > bestScore + 1e-9) { best = cand; bestScore = s; process.stderr.write(`${name} → ${s.toFixed(3)}\n`); }
  }
}
process.stdout.write(`${JSON.stringify({ weights: best.w, live: best.p, objective: Math.round(bestScore * 1000) / 1000 })}\n`);
