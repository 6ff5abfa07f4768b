/** Runs the transformers.js contender over many texts in Node, offline (null when not trained). */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadTinyTransformer, TINY_MODEL } from '../../lib/ml/tiny-transformer';
import type { HeadScores } from '../../lib/ml/runtime';
import { ROOT } from '../lib/data';

// Not shipped in the extension (it lost to the tfjs heads on every task); kept for the comparison.
const LOCAL = join(ROOT, 'models', 'tjs', 'local');

export async function tinyScores(texts: string[]): Promise<{ scores: HeadScores[]; msPerLine: number } | null> {
  if (!existsSync(join(LOCAL, TINY_MODEL, 'onnx', 'model.onnx'))) return null;
  const tiny = await loadTinyTransformer({ localModelPath: `${LOCAL}/` });
  const t0 = Date.now();
  const out: HeadScores[] = [];
  for (let i = 0; i < texts.length; i += 64) out.push(...(await tiny.scores(texts.slice(i, i + 64))));
  return { scores: out, msPerLine: (Date.now() - t0) / (texts.length || 1) };
}

/** Max |logit-prob difference| between PyTorch (saved at training) and transformers.js on 200 dev lines. */
export async function tinyTorchAgreement(devTexts: string[]): Promise<{ maxProbDiff: number; argmaxAgree: number } | null> {
  const ref = join(ROOT, 'models', '.cache', 'tjs-torch-dev200.json');
  if (!existsSync(ref)) return null;
  const torchLogits = JSON.parse(readFileSync(ref, 'utf8')) as number[][];
  const res = await tinyScores(devTexts.slice(0, torchLogits.length));
  if (!res) return null;
  let maxProbDiff = 0;
  let agree = 0;
  const sm = (xs: number[]): number[] => { const m = Math.max(...xs); const e = xs.map((x) => Math.exp(x - m)); const s = e.reduce((a, b) => a + b, 0); return e.map((x) => x / s); };
  torchLogits.forEach((row, i) => {
    const tI = sm(row.slice(0, 11));
    const got = res.scores[i];
    if (!got) return;
    tI.forEach((p, j) => { maxProbDiff = Math.max(maxProbDiff, Math.abs(p - (got.intent[j] ?? 0))); });
    if (tI.indexOf(Math.max(...tI)) === got.intent.indexOf(Math.max(...got.intent))) agree += 1;
  });
  return { maxProbDiff, argmaxAgree: agree / torchLogits.length };
}
