/**
 * Evaluates the SHIPPED models (public/models/, loaded through lib/ml/runtime exactly as the
 * extension does) on the frozen test split and the UCI test split, beside lexicon baselines on the
 * same lines, and writes models/cards/*.md + models/cards/metrics.json. Run: npm run models:eval
 */
import '../lib/ml/node-quiet-console';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { getLIDModel } from 'fasttext.wasm.js';
import { INTENTS, SENTIMENTS, type Sentiment } from '../lib/ml/labels';
import { createMlRuntime } from '../lib/ml/runtime';
import { nodeLoadAsset } from '../lib/ml/node-assets';
import { fastTextLid } from '../lib/ml/lid';
import { routeLang } from '../lib/ml/lang-route';
import { loadSplit, loadUci, verifyFrozen, ROOT, type Row } from './lib/data';
import { evaluate, type Report } from './lib/metrics';
import * as bl from './lib/baselines';
import { writeCards, type EvalResults } from './lib/cards';
import { evalExtras } from './lib/eval-extras';
import { tinyScores, tinyTorchAgreement } from './tjs/tiny-eval';
import { argmax } from '../lib/ml/postprocess';

type Slice = 'en' | 'zh' | 'mixed' | 'all';
const SLICES: Slice[] = ['en', 'zh', 'mixed', 'all'];
const inSlice = (r: Row, s: Slice): boolean => s === 'all' || r.lang === s;

const LEXICONS: Record<string, (t: string) => number> = {
  'AFINN-165 (sentiment)': bl.afinnScore,
  'VADER (vader-sentiment)': bl.vaderScore,
  'BosonNLP (jieba-wasm words)': bl.bosonScore,
  'HowNet (jieba-wasm words)': bl.hownetScore,
};

/** The neutral band each lexicon gets, chosen on the dev split so baselines are not straw men. */
function tuneEps(score: (t: string) => number, dev: Row[]): number {
  const scores = dev.map((r) => score(r.text));
  let best = { eps: 0, f1: -1 };
  for (const eps of [0, 0.05, 0.25, 0.5, 1, 2, 3]) {
    const f1 = evaluate(dev.map((r) => r.sentiment), scores.map((s) => bl.toSentiment(s, eps)), SENTIMENTS).macroF1;
    if (f1 > best.f1) best = { eps, f1 };
  }
  return best.eps;
}

async function main(): Promise<void> {
  verifyFrozen();
  const t0 = Date.now();
  const rt = createMlRuntime({ loadAsset: nodeLoadAsset(ROOT), backend: 'wasm', createLid: async () => fastTextLid(await getLIDModel()) });
  const status = await rt.init();
  if (status.state !== 'ready') throw new Error(`models failed to load: ${status.message ?? ''}`);
  const test = loadSplit('test');
  const dev = loadSplit('dev');
  const labels = await rt.classify(test.map((r) => r.text));
  if (labels.some((l) => l === null)) throw new Error('some test lines came back unlabelled');
  const inferMs = Date.now() - t0;

  // The transformers.js contender on the same lines (null when models/tjs has not been run).
  const tiny = await tinyScores(test.map((r) => r.text));
  const TINY = 'tiny transformer (transformers.js)';
  const res: EvalResults = { backend: status.backend ?? 'none', testRows: test.length, intent: {}, sentiment: {}, lang: {}, uci: {}, extras: {} };
  // Neutral bands tuned per language slice on that slice's dev lines: the strongest fair baseline.
  const epsBySlice: Record<string, Record<string, number>> = {};
  for (const s of SLICES) {
    const idx = test.flatMap((r, i) => (inSlice(r, s) ? [i] : []));
    const gold = (f: (r: Row) => string): string[] => idx.map((i) => f(test[i] as Row));
    const model = (f: (i: number) => string): string[] => idx.map(f);
    res.intent[s] = {
      model: evaluate(gold((r) => r.intent), model((i) => labels[i]?.intent ?? ''), INTENTS),
      'keyword rules': evaluate(gold((r) => r.intent), idx.map((i) => bl.keywordIntent((test[i] as Row).text)), INTENTS),
    };
    if (tiny) (res.intent[s] as Record<string, Report>)[TINY] = evaluate(gold((r) => r.intent), idx.map((i) => INTENTS[argmax(tiny.scores[i]?.intent ?? [])] ?? 'other_question'), INTENTS);
    const sent: Record<string, Report> = { model: evaluate(gold((r) => r.sentiment), model((i) => labels[i]?.sentiment ?? ''), SENTIMENTS) };
    // The dev split has no mixed lines; mixed then uses all dev lines.
    const devSlice = dev.some((r) => inSlice(r, s)) ? dev.filter((r) => inSlice(r, s)) : dev;
    const eps = Object.fromEntries(Object.entries(LEXICONS).map(([k, f]) => [k, tuneEps(f, devSlice)]));
    epsBySlice[s] = eps;
    for (const [name, f] of Object.entries(LEXICONS)) {
      sent[name] = evaluate(gold((r) => r.sentiment), idx.map((i): Sentiment => bl.toSentiment(f((test[i] as Row).text), eps[name] ?? 0)), SENTIMENTS);
    }
    if (tiny) sent[TINY] = evaluate(gold((r) => r.sentiment), idx.map((i) => SENTIMENTS[argmax(tiny.scores[i]?.sentiment ?? [])] ?? 'neutral'), SENTIMENTS);
    res.sentiment[s] = sent;
    const langGold = gold((r) => r.lang);
    res.lang[s] = evaluate(langGold, model((i) => labels[i]?.lang ?? ''), ['en', 'zh', 'mixed', 'other']);
    void routeLang;
  }
  res.lexiconEps = epsBySlice;

  const uci = loadUci().test;
  const sc = await rt.scores(uci.map((r) => r.text));
  const ni = SENTIMENTS.indexOf('negative');
  const pi = SENTIMENTS.indexOf('positive');
  const uciGold = uci.map((r) => r.label);
  // UCI has no neutral class: compare the head's positive vs negative probability.
  res.uci = {
    model: evaluate(uciGold, sc.map((x) => ((x?.sentiment[pi] ?? 0) >= (x?.sentiment[ni] ?? 0) ? 'positive' : 'negative')), ['negative', 'positive']),
    'AFINN-165 (sentiment)': evaluate(uciGold, uci.map((r) => (bl.afinnScore(r.text) >= 0 ? 'positive' : 'negative')), ['negative', 'positive']),
    'VADER (vader-sentiment)': evaluate(uciGold, uci.map((r) => (bl.vaderScore(r.text) >= 0 ? 'positive' : 'negative')), ['negative', 'positive']),
  };
  const tinyUci = await tinyScores(uci.map((r) => r.text));
  if (tinyUci) res.uci[TINY] = evaluate(uciGold, tinyUci.scores.map((x) => ((x.sentiment[pi] ?? 0) >= (x.sentiment[ni] ?? 0) ? 'positive' : 'negative')), ['negative', 'positive']);
  res.extras = await evalExtras(rt);
  if (tiny) res.extras.tiny = { msPerLineNode: tiny.msPerLine, torchAgreement: (await tinyTorchAgreement(dev.map((r) => r.text))) ?? {} };
  res.inferMsPerLine = inferMs / test.length;
  rt.dispose();
  writeFileSync(join(ROOT, 'models', 'cards', 'metrics.json'), JSON.stringify(res, null, 1) + '\n');
  writeCards(res);
  const f = (x: number | undefined): string => (100 * (x ?? 0)).toFixed(1);
  for (const s of SLICES) {
    const bestLex = Math.max(...Object.entries(res.sentiment[s] ?? {}).filter(([k]) => k in LEXICONS).map(([, r]) => r.macroF1));
    if (tiny) process.stderr.write(`${s}: tiny transformer intent ${f(res.intent[s]?.[TINY]?.macroF1)}, sentiment ${f(res.sentiment[s]?.[TINY]?.macroF1)}\n`);
    process.stderr.write(`${s}: intent macro-F1 ${f(res.intent[s]?.model?.macroF1)} (keywords ${f(res.intent[s]?.['keyword rules']?.macroF1)}), sentiment macro-F1 ${f(res.sentiment[s]?.model?.macroF1)} (best lexicon ${f(bestLex)}), lang acc ${f(res.lang[s]?.accuracy)}\n`);
  }
  process.stderr.write(`UCI test accuracy: model ${f(res.uci.model?.accuracy)}, AFINN ${f(res.uci['AFINN-165 (sentiment)']?.accuracy)}, VADER ${f(res.uci['VADER (vader-sentiment)']?.accuracy)}\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
  process.exit(1);
});
