/**
 * Dev only: macro-F1 of the teacher, the student and their probability average (weight w on the
 * student), per language, through lib/ml/runtime. Never reads a test split.
 *   npx tsx models/experiments/tier-blend.ts [w,w,...]
 */
import '../../lib/ml/platform/node-quiet-console';
import { INTENTS, SENTIMENTS } from '../../lib/ml/labels';
import { createMlRuntime, type HeadScores } from '../../lib/ml/runtime';
import { nodeLoadAsset } from '../../lib/ml/platform/node-assets';
import { argmax } from '../../lib/ml/postprocess';
import { evaluate } from '../lib/metrics';
import { loadSplit, ROOT } from '../lib/data';
import { embeddingStore } from '../student/teacher';

const weights = (process.argv[2] ?? '0,0.25,0.5,0.75,1').split(',').map(Number);
const dev = loadSplit('dev');
const texts = dev.map((r) => r.text);
const rt = createMlRuntime({ loadAsset: nodeLoadAsset(ROOT), backend: 'wasm', fast: true, accurate: 'eager', wrapEncoder: embeddingStore().wrap });
const st = await rt.init();
if (st.state !== 'ready') throw new Error(st.message ?? 'not ready');
const teacher = await rt.scores(texts, 'accurate');
const student = await rt.scores(texts, 'fast');
rt.dispose();
const mix = (a: number[], b: number[], w: number): number[] => a.map((v, i) => (1 - w) * v + w * (b[i] ?? 0));
for (const w of weights) {
  const parts: string[] = [];
  for (const task of ['intent', 'sentiment'] as const) {
    const labels: readonly string[] = task === 'intent' ? INTENTS : SENTIMENTS;
    for (const lang of ['en', 'zh', 'mixed'] as const) {
      const idx = dev.flatMap((r, i) => (r.lang === lang ? [i] : []));
      const pred = idx.map((i) => labels[argmax(mix((teacher[i] as HeadScores)[task], (student[i] as HeadScores)[task], w))] as string);
      parts.push(`${task} ${lang} ${(100 * evaluate(idx.map((i) => dev[i]?.[task] as string), pred, labels).macroF1).toFixed(1)}`);
    }
  }
  process.stdout.write(`w=${w}: ${parts.join(' | ')}\n`);
}
