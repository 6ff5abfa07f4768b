/**
 * Checks that two tfjs backends give the same answers: the lead calls this in the browser
 * (webgl vs cpu) and the vitest suite calls it in Node (wasm vs cpu). Runs sequentially because
 * the tfjs backend is process-global.
 */
import type { MlBackend } from '../labels';
import type { HeadScores, MlRuntime } from '../runtime';

export interface AgreementReport {
  backends: [MlBackend, MlBackend];
  /** Largest absolute difference of any class probability. */
  maxProbDiff: number;
  /** Fraction of texts whose top intent and top sentiment agree. */
  labelAgreement: number;
  /** The tolerance the caller asked for, and whether maxProbDiff is within it. */
  tolerance: number;
  ok: boolean;
  n: number;
}

/** Probabilities are post-softmax; 0.02 absorbs float16-ish WebGL precision (USE cosine drifts ≈ 0.01). */
export const DEFAULT_TOLERANCE = 0.02;

export async function compareBackends(
  makeRuntime: (backend: MlBackend) => MlRuntime,
  a: MlBackend,
  b: MlBackend,
  texts: string[],
  tolerance = DEFAULT_TOLERANCE,
): Promise<AgreementReport> {
  const run = async (backend: MlBackend): Promise<(HeadScores | null)[]> => {
    const rt = makeRuntime(backend);
    const st = await rt.init();
    if (st.state !== 'ready' || st.backend !== backend) throw new Error(`${backend} did not start: ${st.message ?? st.backend ?? ''}`);
    const s = await rt.scores(texts);
    rt.dispose();
    return s;
  };
  const sa = await run(a);
  const sb = await run(b);
  let maxProbDiff = 0;
  let agree = 0;
  const top = (xs: number[]): number => xs.indexOf(Math.max(...xs));
  sa.forEach((x, i) => {
    const y = sb[i];
    if (!x || !y) {
      maxProbDiff = Infinity;
      return;
    }
    [...x.intent.map((v, j) => v - (y.intent[j] ?? 0)), ...x.sentiment.map((v, j) => v - (y.sentiment[j] ?? 0))].forEach((d) => {
      maxProbDiff = Math.max(maxProbDiff, Math.abs(d));
    });
    if (top(x.intent) === top(y.intent) && top(x.sentiment) === top(y.sentiment)) agree += 1;
  });
  return { backends: [a, b], maxProbDiff, labelAgreement: agree / (texts.length || 1), tolerance, ok: maxProbDiff <= tolerance, n: texts.length };
}
