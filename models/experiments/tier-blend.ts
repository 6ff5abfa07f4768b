/**
 * Dev only: macro-F1 and top-label ECE of the teacher, the student and their probability average
 * (weight w on the student), per language, on all of dev and on its v3 part, and UCI dev accuracy,
 * through lib/ml/runtime. Never reads a test split.
 *   npx tsx models/experiments/tier-blend.ts [w,w,...]
 */
import '../../lib/ml/platform/node-quiet-console';
import { INTENTS, SENTIMENTS } from '../../lib/ml/labels';
import { createMlRuntime, type HeadScores } from '../../lib/ml/runtime';
import { nodeLoadAsset } from '../../lib/ml/platform/node-assets';
import { argmax, blendRows } from '../../lib/ml/postprocess';
import { expectedCalibrationError } from '../../lib/ml/calibration';
import { evaluate } from '../lib/metrics';
import { isV3, loadSplit, ROOT } from '../lib/data';
import { embeddingStore } from '../student/teacher';
import { uciDevLines } from '../student/pool';

const weights = (process.argv[2] ?? '0,0.25,0.5,0.75,1').split(',').map(Number);
const dev = loadSplit('dev');
// UCI dev (every 6th UCI train sentence): held out of the student's pool, but the teacher's polarity
// and review heads trained on all of UCI train, so the teacher's figure here is optimistic.
const uci = uciDevLines();
const texts = [...dev.map((r) => r.text), ...uci.map((r) => r.text)];
// blend: 0 — the two tiers' own probabilities, mixed here.
const rt = createMlRuntime({ loadAsset: nodeLoadAsset(ROOT), backend: 'wasm', fast: true, accurate: 'eager', blend: 0, wrapEncoder: embeddingStore().wrap });
const st = await rt.init();
if (st.state !== 'ready') throw new Error(st.message ?? 'not ready');
const teacher = await rt.scores(texts, 'accurate');
const student = await rt.scores(texts, 'fast');
rt.dispose();
// The runtime's own average (lib/ml/postprocess.ts), as the shipped accurate tier computes it.
const mix = (a: number[], b: number[], w: number): number[] => Array.from(blendRows(a, b, w));
for (const w of weights) {
  for (const part of ['dev', 'dev-v3'] as const) {
    const parts: string[] = [];
    for (const task of ['intent', 'sentiment'] as const) {
      const labels: readonly string[] = task === 'intent' ? INTENTS : SENTIMENTS;
      const probs = dev.map((_r, i) => mix((teacher[i] as HeadScores)[task], (student[i] as HeadScores)[task], w));
      for (const lang of ['en', 'zh', 'mixed'] as const) {
        const idx = dev.flatMap((r, i) => (r.lang === lang && (part === 'dev' || isV3(r)) ? [i] : []));
        if (!idx.length) continue;
        const pred = idx.map((i) => labels[argmax(probs[i] as number[])] as string);
        parts.push(`${task} ${lang} ${(100 * evaluate(idx.map((i) => dev[i]?.[task] as string), pred, labels).macroF1).toFixed(1)}`);
      }
      if (part === 'dev') {
        const top = probs.map((p) => argmax(p));
        const ece = expectedCalibrationError(probs.map((p, i) => p[top[i] as number] ?? 0), top.map((k, i) => labels[k] === dev[i]?.[task]));
        parts.push(`${task} ECE ${ece.toFixed(3)}`);
      }
      if (part === 'dev' && task === 'sentiment') {
        const [ni, pi] = [SENTIMENTS.indexOf('negative'), SENTIMENTS.indexOf('positive')];
        const ok = uci.filter((r, j) => {
          const p = mix((teacher[dev.length + j] as HeadScores).sentiment, (student[dev.length + j] as HeadScores).sentiment, w);
          return ((p[pi] ?? 0) >= (p[ni] ?? 0) ? 'positive' : 'negative') === r.label;
        }).length;
        parts.push(`UCI dev ${((100 * ok) / uci.length).toFixed(1)}`);
      }
    }
    process.stdout.write(`w=${w} ${part}: ${parts.join(' | ')}\n`);
  }
}
