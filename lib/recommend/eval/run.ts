/**
 * npm run recommend:eval -- [--json] [--setting tune|report|report_lurkers|heldout|heldout_lurkers|all] [--seeds N] [--ablate] [--weights JSON] [--live JSON]
 * Replays simulated shops and scores the recommender and the baselines at every pitch change
 * (README "Evaluation"). Prints ONE JSON object: the report setting's figures at the top level
 * (recommender, baselines), every setting's under `settings`, and with --ablate each component
 * removed in turn. Progress goes to stderr.
 */
import { simulateShop } from '../../sim';
import { COMPONENTS, type Weights } from '../types';
import type { LiveParams } from '../live';
import { DEFAULT_LIVE_PARAMS, DEFAULT_WEIGHTS } from '../weights';
import { BASELINES } from './baselines';
import { meanCi, type Scores } from './metrics';
import { settings } from './run-settings';
import { replayShop, shopSignals, type ShopResult } from './replay';

type Summary = { hit1: number; hit3: number; ndcg: number; hit1_ci: [number, number]; hit3_ci: [number, number]; ndcg_ci: [number, number] };

function summarise(perShop: Scores[][]): Summary {
  const per = (k: keyof Scores): number[] => perShop.filter((xs) => xs.length).map((xs) => xs.reduce((a, x) => a + x[k], 0) / xs.length);
  const h1 = meanCi(per('hit1'));
  const h3 = meanCi(per('hit3'));
  const nd = meanCi(per('ndcg'));
  return { hit1: h1.mean, hit3: h3.mean, ndcg: nd.mean, hit1_ci: h1.ci, hit3_ci: h3.ci, ndcg_ci: nd.ci };
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function main(): number {
  const which = arg('--setting') ?? 'all';
  const seeds = arg('--seeds') ? Number(arg('--seeds')) : undefined;
  const names = settings().map((s) => s.name);
  if (![...names, 'all'].includes(which) || (seeds !== undefined && !(seeds >= 2))) {
    process.stderr.write('usage: npm run recommend:eval -- [--json] [--setting tune|report|report_lurkers|heldout|heldout_lurkers|all] [--seeds N>=2] [--ablate] [--weights JSON] [--live JSON]\n');
    return 2;
  }
  const weights: Weights = { ...DEFAULT_WEIGHTS, ...(arg('--weights') ? (JSON.parse(arg('--weights') as string) as Partial<Weights>) : {}) };
  const params: LiveParams = { ...DEFAULT_LIVE_PARAMS, ...(arg('--live') ? (JSON.parse(arg('--live') as string) as Partial<LiveParams>) : {}) };
  const variants: [string, Weights][] = [['all', weights]];
  if (process.argv.includes('--ablate')) for (const c of COMPONENTS) variants.push([`without_${c}`, { ...weights, [c]: 0 }]);
  const out: Record<string, unknown> = { weights, live: params, settings: {} };
  for (const st of settings(seeds).filter((s) => which === 'all' || s.name === which)) {
    const results = new Map<string, ShopResult[]>(variants.map(([n]) => [n, []]));
    st.shops.forEach((o, k) => {
      const shop = simulateShop(o);
      const sigs = shopSignals(shop);
      for (const [n, w] of variants) results.get(n)?.push(replayShop(shop, sigs, w, o.seed ?? 1, params));
      process.stderr.write(`${st.name}: shop ${k + 1}/${st.shops.length}\n`);
    });
    const main = results.get('all') as ShopResult[];
    const res: Record<string, unknown> = {
      what: st.what,
      pitch_changes: main.reduce((a, r) => a + r.recommender.length, 0),
      recommender: summarise(main.map((r) => r.recommender)),
      baselines: Object.fromEntries(BASELINES.map((b) => [b, summarise(main.map((r) => r.baselines[b]))])),
    };
    if (variants.length > 1) res.ablation = Object.fromEntries(variants.slice(1).map(([n]) => [n, summarise((results.get(n) as ShopResult[]).map((r) => r.recommender))]));
    (out.settings as Record<string, unknown>)[st.name] = res;
    if (st.name === 'report' || which === st.name) { out.setting = st.name; out.recommender = res.recommender; out.baselines = res.baselines; }
  }
  process.stdout.write(`${JSON.stringify({ recommender: out.recommender, baselines: out.baselines, ...out })}\n`);
  return 0;
}

process.exitCode = main();
