/**
 * Probability calibration of the heads' outputs, so that `intentScore` 0.8 means "right about 80 %
 * of the time" and thresholds downstream (FAQ matcher, question queue) mean something. Temperature
 * scaling (Guo et al. 2017): p_i ∝ p_i^(1/T), one T per head fitted on the dev split by
 * models/calibrate.ts. It never changes which label is on top.
 */

export interface Calibration {
  /** Temperatures per head output; 1 = unchanged. */
  intent: number;
  sentiment: number;
  /**
   * Temperatures on the accurate tier's blend of the heads and the student (lib/ml/runtime.ts
   * `blend`): averaging two calibrated models leaves the average under-confident where they agree.
   */
  blendIntent?: number;
  blendSentiment?: number;
}

export const NO_CALIBRATION: Calibration = { intent: 1, sentiment: 1 };

/** Applies temperature T to each row of a row-major [n, k] probability matrix (in place copy). */
export function applyTemperature(probs: ArrayLike<number>, k: number, t: number): Float32Array {
  const out = Float32Array.from(probs);
  if (t === 1) return out;
  for (let r = 0; r * k < out.length; r += 1) {
    let max = -Infinity;
    for (let j = 0; j < k; j += 1) max = Math.max(max, Math.log(Math.max(out[r * k + j] ?? 0, 1e-12)) / t);
    let sum = 0;
    for (let j = 0; j < k; j += 1) {
      const v = Math.exp(Math.log(Math.max(out[r * k + j] ?? 0, 1e-12)) / t - max);
      out[r * k + j] = v;
      sum += v;
    }
    for (let j = 0; j < k; j += 1) out[r * k + j] = (out[r * k + j] ?? 0) / sum;
  }
  return out;
}

/** Mean negative log-likelihood of the gold classes. */
export function nll(probs: ArrayLike<number>, k: number, gold: number[]): number {
  let s = 0;
  gold.forEach((g, r) => { s -= Math.log(Math.max(probs[r * k + g] ?? 0, 1e-12)); });
  return s / (gold.length || 1);
}

/** The temperature minimising dev NLL (golden-section search on log T in [1/8, 8]). */
export function fitTemperature(probs: ArrayLike<number>, k: number, gold: number[]): number {
  const f = (lt: number): number => nll(applyTemperature(probs, k, Math.exp(lt)), k, gold);
  let a = Math.log(1 / 8);
  let b = Math.log(8);
  const g = (Math.sqrt(5) - 1) / 2;
  let c = b - g * (b - a);
  let d = a + g * (b - a);
  let fc = f(c);
  let fd = f(d);
  for (let i = 0; i < 40; i += 1) {
    if (fc < fd) { b = d; d = c; fd = fc; c = b - g * (b - a); fc = f(c); }
    else { a = c; c = d; fc = fd; d = a + g * (b - a); fd = f(d); }
  }
  return Math.round(Math.exp((a + b) / 2) * 1000) / 1000;
}

export interface ReliabilityBin { lo: number; hi: number; n: number; confidence: number; accuracy: number }

/** Top-label reliability: equal-width confidence bins with their mean confidence and accuracy. */
export function reliability(confidence: number[], correct: boolean[], bins = 10): ReliabilityBin[] {
  const out: ReliabilityBin[] = Array.from({ length: bins }, (_, i) => ({ lo: i / bins, hi: (i + 1) / bins, n: 0, confidence: 0, accuracy: 0 }));
  confidence.forEach((c, i) => {
    const b = out[Math.min(bins - 1, Math.floor(c * bins))] as ReliabilityBin;
    b.n += 1;
    b.confidence += c;
    b.accuracy += correct[i] ? 1 : 0;
  });
  for (const b of out) if (b.n) { b.confidence /= b.n; b.accuracy /= b.n; }
  return out;
}

/** Expected calibration error: bin-size-weighted |accuracy - confidence| over the reliability bins. */
export function expectedCalibrationError(confidence: number[], correct: boolean[], bins = 10): number {
  const n = confidence.length || 1;
  return reliability(confidence, correct, bins).reduce((s, b) => s + (b.n / n) * Math.abs(b.accuracy - b.confidence), 0);
}
