/**
 * Fits the FAQ matcher's answer scorer (match/features.ts) on the dev splits only (dev, dev2,
 * dev3: never test, never dev4, the held-out check) and reports leave-one-shop-out results per
 * threshold, so the threshold is chosen on lines the fitted weights never saw.
 *   npx tsx lib/faq/eval/fit-scorer.ts [--lambda 1] [--para] [--write]
 * --para feeds the shared "same question?" scorer (lib/suggest/paraphrase) as features (off by default).
 * --write rewrites match/scorer-weights.ts with the weights fitted on all dev lines.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseFaq } from '../../catalog';
import { nodeMlRuntime } from '../../../scripts/lib/node-ml';
import { FEATURE_NAMES, scoreFeatures, type ScorerModel, type ScorerWeights } from '../match/features';
import { createAnswerMatcher } from '../match/matcher';
import { DEFAULT_MATCH } from '../match/params';
import { fitLogistic } from './logistic';
import { cachedModels, modelsVersion } from './model-cache';
import type { EvalLine } from './score';

const HERE = dirname(fileURLToPath(import.meta.url));
const arg = (name: string): string | undefined => { const i = process.argv.indexOf(name); return i >= 0 ? process.argv[i + 1] : undefined; };

interface Row { shop: string; line: EvalLine; gateOk: boolean; pairs: { id: string; x: number[] }[] }

async function collect(embedOn: boolean): Promise<Row[]> {
  const rt: { current: Awaited<ReturnType<typeof nodeMlRuntime>> | null } = { current: null };
  const models = async () => (rt.current ??= await nodeMlRuntime('wasm'));
  const m = cachedModels(join(HERE, `../../../node_modules/.cache/faq-eval-${modelsVersion(join(HERE, '../../../public/models'))}.json`), {
    classify: async (t) => (await models()).classify(t),
    embed: async (t, o) => (await models()).embed(t, o),
  });
  const rows: Row[] = [];
  for (const split of ['dev', 'dev2', 'dev3']) {
    for (const f of readdirSync(join(HERE, split)).filter((x) => x.endsWith('.jsonl')).sort()) {
      const shop = f.replace(/\.jsonl$/, '');
      const faq = parseFaq(readFileSync(join(HERE, 'shops', `${shop}-faq.json`), 'utf8')).rows;
      const lines = readFileSync(join(HERE, split, f), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as EvalLine);
      const matcher = await createAnswerMatcher(faq, embedOn ? m.embed : undefined, { ...DEFAULT_MATCH, paraphrase: process.argv.includes('--para') });
      const labels = await m.classify(lines.map((l) => l.text));
      for (const [i, l] of lines.entries()) rows.push({ shop, line: l, ...(await matcher.features(l.text, labels[i])) });
    }
  }
  m.save();
  rt.current?.dispose();
  return rows;
}

const fit = (rows: Row[], lambda: number): ScorerWeights => {
  const xs: number[][] = [];
  const ys: number[] = [];
  for (const r of rows) if (r.gateOk) for (const p of r.pairs) { xs.push(p.x); ys.push(p.id === r.line.expect ? 1 : 0); }
  return fitLogistic(xs, ys, lambda);
};

/** The decision per line: the most probable entry and its probability (none when the gate refuses). */
const decide = (r: Row, w: ScorerWeights) => {
  if (!r.gateOk) return { id: null as string | null, p: 0 };
  let best = { id: null as string | null, p: -1 };
  for (const q of r.pairs) { const p = scoreFeatures(w, q.x); if (p > best.p) best = { id: q.id, p }; }
  return best;
};

function sweep(name: string, rows: Row[], preds: { id: string | null; p: number }[]) {
  for (const t of [0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8]) {
    const pos = { en: [0, 0], zh: [0, 0] };
    let neg = 0; let fa = 0;
    rows.forEach((r, i) => {
      const d = preds[i]!;
      const id = d.p >= t ? d.id : null;
      if (r.line.expect === null) { neg += 1; if (id) fa += 1; } else { pos[r.line.lang][1]! += 1; if (id === r.line.expect) pos[r.line.lang][0]! += 1; }
    });
    const f = (a: number[]) => (a[0]! / (a[1]! || 1)).toFixed(3);
    process.stdout.write(`${name} t=${t.toFixed(2)} top1 ${((pos.en[0]! + pos.zh[0]!) / (pos.en[1]! + pos.zh[1]!)).toFixed(3)} en ${f(pos.en)} zh ${f(pos.zh)} false ${(fa / neg).toFixed(3)}\n`);
  }
}

async function main() {
  const lambda = Number(arg('--lambda') ?? '1');
  const withEnc = await collect(true);
  const lexRows = await collect(false);
  const model: Partial<ScorerModel> = {};
  for (const lang of ['en', 'zh'] as const) {
    const rows = withEnc.filter((r) => r.line.lang === lang);
    const shops = [...new Set(rows.map((r) => r.shop))];
    const preds = rows.map(() => ({ id: null as string | null, p: 0 }));
    for (const s of shops) {
      const w = fit(rows.filter((r) => r.shop !== s), lambda);
      rows.forEach((r, i) => { if (r.shop === s) preds[i] = decide(r, w); });
    }
    sweep(`cv ${lang}`, rows, preds);
    const show = arg('--show');
    if (show) rows.forEach((r, i) => {
      const d = preds[i]!;
      const id = d.p >= Number(show) ? d.id : null;
      if (id !== r.line.expect) process.stdout.write(`  [${r.shop}/${r.line.kind}] ${r.line.text} want ${r.line.expect ?? '-'} got ${id ?? '-'} (${d.id} ${d.p.toFixed(2)}${r.gateOk ? '' : ' gate'})\n`);
    });
    model[lang] = fit(rows, lambda);
  }
  {
    const shops = [...new Set(lexRows.map((r) => r.shop))];
    const preds = lexRows.map(() => ({ id: null as string | null, p: 0 }));
    for (const s of shops) { const w = fit(lexRows.filter((r) => r.shop !== s), lambda); lexRows.forEach((r, i) => { if (r.shop === s) preds[i] = decide(r, w); }); }
    sweep('cv lexOnly', lexRows, preds);
    model.lexOnly = fit(lexRows, lambda);
  }
  for (const [k, w] of Object.entries(model)) process.stdout.write(`${k}: bias ${w.bias.toFixed(2)} ${FEATURE_NAMES.map((n, i) => `${n} ${w.w[i]!.toFixed(2)}`).join(', ')}\n`);
  if (process.argv.includes('--write')) {
    const r = (w: ScorerWeights) => `{ bias: ${w.bias.toFixed(4)}, w: [${w.w.map((v) => v.toFixed(4)).join(', ')}] }`;
    writeFileSync(join(HERE, '../match/scorer-weights.ts'), `/**
 * The answer scorer's weights (features.ts, in FEATURE_NAMES order), fitted on the dev, dev2 and dev3
 * lines by \`npx tsx lib/faq/eval/fit-scorer.ts --lambda ${lambda} --write\` (generated: do not edit by hand).
 */
import type { ScorerModel } from './features';

export const SCORER_WEIGHTS: ScorerModel = {
  en: ${r(model.en!)},
  zh: ${r(model.zh!)},
  lexOnly: ${r(model.lexOnly!)},
};
`);
  }
}

void main();
