/**
 * The short benchmark behind 'auto': loads the models on each backend in turn, labels the probe
 * lines after a warm-up call, and compares every backend's class probabilities with the reference
 * (wasm, else cpu: both compute in float32). Backends run one after another because tfjs's backend
 * is global to the document.
 */
import { INTENTS, type MlBackend } from '../ml/labels';
import type { HeadScores, MlRuntime } from '../ml/runtime';
import { agreement, AGREE_TOLERANCE, pickBackend, type BackendTrial } from './backend-choice';
import { PROBE_TEXTS } from './probe-texts';

export interface BenchEnv {
  /** A runtime for one trial ('measure': the student alone where there is one, no sentence encoder). */
  makeRuntime(backend: MlBackend, purpose?: 'measure'): MlRuntime;
  now(): number;
}

const ORDER: MlBackend[] = ['wasm', 'webgl', 'cpu'];
// Lines timed per backend: enough to see a ×2 difference, few where a backend is slow (on this
// 2-core machine webgl runs on SwiftShader at ~7 lines/s and cpu at ~8: 8 and 2 lines keep the
// whole measurement to a few seconds).
const LINES: Record<MlBackend, number> = { wasm: PROBE_TEXTS.length, webgl: 8, cpu: 2 };

const FAST_PASSES = 3;

const flat = (s: HeadScores | null): number[] | null => (s ? [...s.intent, ...s.sentiment] : null);
const errText = (e: unknown): string => (e instanceof Error ? e.message : String(e));

async function trial(env: BenchEnv, backend: MlBackend): Promise<{ trial: BackendTrial; scores: (number[] | null)[] }> {
  const rt = env.makeRuntime(backend, 'measure');
  try {
    const t0 = env.now();
    const st = await rt.init();
    const loadMs = Math.round(env.now() - t0);
    if (st.state !== 'ready' || st.backend !== backend) return { trial: { backend, ok: false, loadMs, error: st.message ?? `started ${st.backend ?? 'nothing'}` }, scores: [] };
    // The tier that labels every comment is measured: the student where it loaded.
    const tier = rt.has('fast') ? 'fast' : 'accurate';
    // The student runs hundreds of lines per second on every backend: each gets all probe lines,
    // an untimed pass first (WebGL compiles its shaders, the JIT warms the feature code every
    // backend shares) and FAST_PASSES timed ones. The teacher is measured on fewer lines where slow.
    const texts = tier === 'fast' ? [...PROBE_TEXTS] : PROBE_TEXTS.slice(0, LINES[backend]);
    await rt.scores(tier === 'fast' ? texts : texts.slice(0, 1), tier);
    const passes = tier === 'fast' ? FAST_PASSES : 1;
    const t1 = env.now();
    let scores: (number[] | null)[] = [];
    for (let p = 0; p < passes; p += 1) scores = (await rt.scores(texts, tier)).map(flat);
    const ms = Math.max(1, (env.now() - t1) / passes);
    if (scores.some((s) => s === null)) return { trial: { backend, ok: false, loadMs, error: 'some lines failed' }, scores };
    return { trial: { backend, ok: true, loadMs, itemsPerSec: Math.round((10 * 1000 * texts.length) / ms) / 10 }, scores };
  } catch (e) {
    return { trial: { backend, ok: false, error: errText(e) }, scores: [] };
  } finally {
    rt.dispose();
  }
}

export async function measureBackends(env: BenchEnv): Promise<{ picked: MlBackend; reference: MlBackend; trials: BackendTrial[]; ms: number }> {
  const t0 = env.now();
  const runs = new Map<MlBackend, Awaited<ReturnType<typeof trial>>>();
  for (const b of ORDER) runs.set(b, await trial(env, b));
  const reference: MlBackend = runs.get('wasm')?.trial.ok ? 'wasm' : 'cpu';
  const ref = runs.get(reference)?.scores ?? [];
  const trials = ORDER.map((b) => {
    const r = runs.get(b)!;
    if (!r.trial.ok) return r.trial;
    const { maxProbDiff, labelAgreement } = agreement(r.scores, ref.slice(0, r.scores.length), INTENTS.length);
    const agrees = maxProbDiff <= AGREE_TOLERANCE;
    return {
      ...r.trial,
      ok: agrees,
      maxProbDiff: Number.isFinite(maxProbDiff) ? Math.round(maxProbDiff * 1e5) / 1e5 : maxProbDiff,
      labelAgreement,
      ...(agrees ? {} : { error: `outputs differ from ${reference} by up to ${maxProbDiff.toFixed(3)}` }),
    };
  });
  return { picked: pickBackend(trials, reference), reference, trials, ms: Math.round(env.now() - t0) };
}
