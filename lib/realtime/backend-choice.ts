/**
 * 'auto' picks the backend by measurement (pure part): the fastest backend whose outputs agree with
 * the reference backend's, remembered until the browser or the extension changes.
 */
import type { MlBackend } from '../ml/labels';

/** One backend's run over the probe lines. */
export interface BackendTrial {
  backend: MlBackend;
  /** It started, ran, and its outputs agree with the reference. */
  ok: boolean;
  /** Time to load every model on this backend. */
  loadMs?: number;
  /** Probe lines labelled per second, after a warm-up call (first calls compile shaders). */
  itemsPerSec?: number;
  /** Largest difference of any class probability from the reference backend's. */
  maxProbDiff?: number;
  /** Fraction of probe lines whose top intent and sentiment match the reference's. */
  labelAgreement?: number;
  /** Why it is not ok (did not start, failed, disagreed). */
  error?: string;
}

/** What decides whether a measurement still holds: the browser build and the extension version. */
export interface MeasureKey {
  userAgent: string;
  version: string;
}

export interface BackendMeasurement {
  picked: MlBackend;
  /** The backend whose outputs the others were compared with. */
  reference: MlBackend;
  key: MeasureKey;
  /** Epoch ms of the measurement. */
  at: number;
  /** Wall time of the whole measurement. */
  ms: number;
  trials: BackendTrial[];
}

/** storage.local key of the measurement (lib/realtime/backend-store.ts). */
export const MEASUREMENT_KEY = 'backendMeasurement';

/** Probabilities are post-softmax; 0.02 absorbs WebGL's float16-ish precision (as backend-agreement.ts). */
export const AGREE_TOLERANCE = 0.02;

/**
 * How much faster than the reference another backend must be to be picked. The student's model is a
 * few milliseconds per batch on every backend (lib/ml/student-sparse.ts) and the feature code it
 * shares with them is most of the time, so backends often measure within noise of each other; the
 * reference (float32, the outputs every other one is compared with) keeps the pick then.
 */
export const PICK_MARGIN = 1.25;

/**
 * The fastest agreeing backend, unless the reference is within PICK_MARGIN of it; wasm when nothing
 * could be measured (it runs wherever tfjs runs). Never the cpu backend (tfjs's plain-JS fallback)
 * while wasm works: the probe times the student, mostly feature code, which can measure as
 * fast there on a busy machine, but the accurate tier runs on the same pick and is ~20× slower on cpu
 * than on wasm (`npm run bench` models table: 5–8 against 120–170 comments/s).
 */
export function pickBackend(trials: readonly BackendTrial[], reference: MlBackend = 'wasm'): MlBackend {
  const working = trials.filter((t) => t.ok && (t.itemsPerSec ?? 0) > 0);
  const ok = working.some((t) => t.backend === 'wasm') ? working.filter((t) => t.backend !== 'cpu') : working;
  ok.sort((a, b) => (b.itemsPerSec ?? 0) - (a.itemsPerSec ?? 0));
  const best = ok[0];
  const ref = ok.find((t) => t.backend === reference);
  if (best && ref && (best.itemsPerSec ?? 0) < (ref.itemsPerSec ?? 0) * PICK_MARGIN) return reference;
  return best?.backend ?? 'wasm';
}

/** Agreement of two runs' class probabilities (rows: one per text; null: that text failed). */
export function agreement(a: readonly (readonly number[] | null)[], b: readonly (readonly number[] | null)[], split: number): { maxProbDiff: number; labelAgreement: number } {
  let maxProbDiff = 0;
  let same = 0;
  const top = (xs: readonly number[]): number => xs.indexOf(Math.max(...xs));
  a.forEach((x, i) => {
    const y = b[i];
    if (!x || !y || x.length !== y.length) {
      maxProbDiff = Infinity;
      return;
    }
    x.forEach((v, j) => (maxProbDiff = Math.max(maxProbDiff, Math.abs(v - (y[j] ?? 0)))));
    if (top(x.slice(0, split)) === top(y.slice(0, split)) && top(x.slice(split)) === top(y.slice(split))) same += 1;
  });
  return { maxProbDiff, labelAgreement: a.length ? same / a.length : 0 };
}

/** A stored measurement applies while the browser and extension are the ones it was made on. */
export function stillValid(m: BackendMeasurement | null | undefined, key: MeasureKey): m is BackendMeasurement {
  return !!m && m.key.userAgent === key.userAgent && m.key.version === key.version;
}
