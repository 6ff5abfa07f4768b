/**
 * Evaluates the SHIPPED models (public/models/, loaded through lib/ml/runtime exactly as the
 * extension does) on the two frozen test splits (corpus v3, primary; corpus v2, second measure)
 * and the UCI test split, beside lexicon and keyword baselines on the same lines, with calibration
 * (ECE, reliability) and dev-split error examples; writes models/cards/*.md + metrics.json.
 * Run: npm run models:eval — every run is a test scoring: record it in models/README.md.
 */
import '../lib/ml/platform/node-quiet-console';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { getLIDModel } from 'fasttext.wasm.js';
import { INTENTS, SENTIMENTS, type CommentLabels, type Sentiment } from '../lib/ml/labels';
import { createMlRuntime } from '../lib/ml/runtime';
import { nodeLoadAsset } from '../lib/ml/platform/node-assets';
import { fastTextLid } from '../lib/ml/features/lid';
import { expectedCalibrationError, reliability } from '../lib/ml/calibration';
import { isV3, loadSplit, loadUci, verifyFrozen, ROOT, type Row } from './lib/data';
import { evaluate, type Report } from './lib/metrics';
import * as bl from './lib/baselines';
import { writeCards, type DevErrors, type EvalResults, type SplitResults } from './lib/cards';
import { evalExtras } from './lib/eval-extras';
import { tinyScores, tinyTorchAgreement } from './tjs/tiny-eval';
import { argmax } from '../lib/ml/postprocess';

type Slice = 'en' | 'zh' | 'mixed' | 'all';
const SLICES: Slice[] = ['en', 'zh', 'mixed', 'all'];
const inSlice = (r: Row, s: Slice): boolean => s === 'all' || r.lang === s;
const TINY = 'tiny transformer (transformers.js)';

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

function calibrationOf(gold: string[], labels: (string | undefined)[], scores: number[]): SplitResults['calibration']['intent'] {
  const correct = gold.map((g, i) => g === labels[i]);
  return { ece: expectedCalibrationError(scores, correct), bins: reliability(scores, correct), meanConfidence: scores.reduce((a, b) => a + b, 0) / (scores.length || 1), accuracy: correct.filter(Boolean).length / (correct.length || 1) };
}

async function scoreSplit(rt: ReturnType<typeof createMlRuntime>, test: Row[], dev: Row[]): Promise<SplitResults> {
  const t0 = Date.now();
  const labels = await rt.classify(test.map((r) => r.text));
  const msPerLine = (Date.now() - t0) / (test.length || 1);
  if (labels.some((l) => l === null)) throw new Error('some test lines came back unlabelled');
  const L = labels as CommentLabels[];
  const tiny = await tinyScores(test.map((r) => r.text));
  const out: SplitResults = { rows: test.length, msPerLine, tinyMsPerLine: tiny?.msPerLine, intent: {}, sentiment: {}, lang: {}, lexiconEps: {}, calibration: {} as SplitResults['calibration'] };
  for (const s of SLICES) {
    const idx = test.flatMap((r, i) => (inSlice(r, s) ? [i] : []));
    const gold = (f: (r: Row) => string): string[] => idx.map((i) => f(test[i] as Row));
    out.intent[s] = {
      model: evaluate(gold((r) => r.intent), idx.map((i) => L[i]?.intent ?? ''), INTENTS),
      'keyword rules': evaluate(gold((r) => r.intent), idx.map((i) => bl.keywordIntent((test[i] as Row).text)), INTENTS),
    };
    if (tiny) (out.intent[s] as Record<string, Report>)[TINY] = evaluate(gold((r) => r.intent), idx.map((i) => INTENTS[argmax(tiny.scores[i]?.intent ?? [])] ?? 'other_question'), INTENTS);
    const sent: Record<string, Report> = { model: evaluate(gold((r) => r.sentiment), idx.map((i) => L[i]?.sentiment ?? ''), SENTIMENTS) };
    // Neutral bands tuned per language slice on that slice's dev lines: the strongest fair baseline.
    const devSlice = dev.some((r) => inSlice(r, s)) ? dev.filter((r) => inSlice(r, s)) : dev;
    const eps = Object.fromEntries(Object.entries(bl.LEXICONS).map(([k, f]) => [k, tuneEps(f, devSlice)]));
    out.lexiconEps[s] = eps;
    for (const [name, f] of Object.entries(bl.LEXICONS)) {
      sent[name] = evaluate(gold((r) => r.sentiment), idx.map((i): Sentiment => bl.toSentiment(f((test[i] as Row).text), eps[name] ?? 0)), SENTIMENTS);
    }
    if (tiny) sent[TINY] = evaluate(gold((r) => r.sentiment), idx.map((i) => SENTIMENTS[argmax(tiny.scores[i]?.sentiment ?? [])] ?? 'neutral'), SENTIMENTS);
    out.sentiment[s] = sent;
    out.lang[s] = evaluate(gold((r) => r.lang), idx.map((i) => L[i]?.lang ?? ''), ['en', 'zh', 'mixed', 'other']);
  }
  out.calibration = {
    intent: calibrationOf(test.map((r) => r.intent), L.map((l) => l.intent), L.map((l) => l.intentScore)),
    sentiment: calibrationOf(test.map((r) => r.sentiment), L.map((l) => l.sentiment), L.map((l) => l.sentimentScore)),
  };
  return out;
}

/** The commonest confusions on the DEV split with example lines (for the cards' known weaknesses). */
async function devErrors(rt: ReturnType<typeof createMlRuntime>, dev: Row[]): Promise<DevErrors> {
  const labels = await rt.classify(dev.map((r) => r.text));
  const out: DevErrors = { intent: [], sentiment: [] };
  for (const task of ['intent', 'sentiment'] as const) {
    const pairs = new Map<string, { lang: string; gold: string; pred: string; n: number; examples: string[] }>();
    dev.forEach((r, i) => {
      const pred = labels[i]?.[task];
      if (!pred || pred === r[task]) return;
      const lang = r.lang === 'en' ? 'en' : 'zh';
      const key = `${lang}|${r[task]}|${pred}`;
      const p = pairs.get(key) ?? { lang, gold: r[task], pred, n: 0, examples: [] };
      p.n += 1;
      if (p.examples.length < 3) p.examples.push(r.text);
      pairs.set(key, p);
    });
    out[task] = [...pairs.values()].sort((a, b) => b.n - a.n).slice(0, 14);
  }
  return out;
}

async function main(): Promise<void> {
  verifyFrozen();
  const rt = createMlRuntime({ loadAsset: nodeLoadAsset(ROOT), backend: 'wasm', createLid: async () => fastTextLid(await getLIDModel()) });
  const status = await rt.init();
  if (status.state !== 'ready') throw new Error(`models failed to load: ${status.message ?? ''}`);
  const dev = loadSplit('dev');
  const testV3 = loadSplit('test-v3');
  const testV2 = loadSplit('test');
  const v3 = await scoreSplit(rt, testV3, dev.filter(isV3));
  const v2 = await scoreSplit(rt, testV2, dev.filter((r) => !isV3(r)));
  const res: EvalResults = { backend: status.backend ?? 'none', splits: { v3, v2 }, uci: {}, extras: {}, devErrors: await devErrors(rt, dev), devRows: dev.length };

  const uci = loadUci().test;
  const sc = await rt.scores(uci.map((r) => r.text));
  const ni = SENTIMENTS.indexOf('negative');
  const pi = SENTIMENTS.indexOf('positive');
  const uciGold = uci.map((r) => r.label);
  // UCI has no neutral class: compare the head's positive vs negative probability.
  res.uci = {
    model: evaluate(uciGold, sc.map((x) => ((x?.sentiment[pi] ?? 0) >= (x?.sentiment[ni] ?? 0) ? 'positive' : 'negative')), ['negative', 'positive']),
    [bl.AFINN]: evaluate(uciGold, uci.map((r) => (bl.afinnScore(r.text) >= 0 ? 'positive' : 'negative')), ['negative', 'positive']),
    [bl.VADER]: evaluate(uciGold, uci.map((r) => (bl.vaderScore(r.text) >= 0 ? 'positive' : 'negative')), ['negative', 'positive']),
  };
  const tinyUci = await tinyScores(uci.map((r) => r.text));
  if (tinyUci) res.uci[TINY] = evaluate(uciGold, tinyUci.scores.map((x) => ((x.sentiment[pi] ?? 0) >= (x.sentiment[ni] ?? 0) ? 'positive' : 'negative')), ['negative', 'positive']);
  res.extras = await evalExtras(rt);
  if (v3.tinyMsPerLine !== undefined) res.extras.tiny = { msPerLineNode: v3.tinyMsPerLine, torchAgreement: (await tinyTorchAgreement(dev.map((r) => r.text))) ?? {} };
  res.inferMsPerLine = v3.msPerLine;
  rt.dispose();
  writeFileSync(join(ROOT, 'models', 'cards', 'metrics.json'), JSON.stringify(res, null, 1) + '\n');
  writeCards(res);
  const f = (x: number | undefined): string => (100 * (x ?? 0)).toFixed(1);
  for (const [name, r] of Object.entries(res.splits)) {
    for (const s of SLICES) {
      const bestLex = Math.max(...Object.entries(r.sentiment[s] ?? {}).filter(([k]) => k in bl.LEXICONS).map(([, x]) => x.macroF1));
      process.stderr.write(`${name} ${s}: intent macro-F1 ${f(r.intent[s]?.model?.macroF1)} (keywords ${f(r.intent[s]?.['keyword rules']?.macroF1)}), sentiment macro-F1 ${f(r.sentiment[s]?.model?.macroF1)} (best lexicon ${f(bestLex)}), lang acc ${f(r.lang[s]?.accuracy)}\n`);
    }
    process.stderr.write(`${name}: ECE intent ${r.calibration.intent.ece.toFixed(3)}, sentiment ${r.calibration.sentiment.ece.toFixed(3)}\n`);
  }
  process.stderr.write(`UCI test accuracy: model ${f(res.uci.model?.accuracy)}, AFINN ${f(res.uci[bl.AFINN]?.accuracy)}, VADER ${f(res.uci[bl.VADER]?.accuracy)}\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
  process.exit(1);
});
