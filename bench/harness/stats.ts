/** Percentiles for the benchmark's latency figures (nearest-rank on the sorted samples). */
export interface Percentiles {
  n: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

export function percentiles(samples: readonly number[], digits = 0): Percentiles | null {
  if (!samples.length) return null;
  const s = [...samples].sort((a, b) => a - b);
  const r = (x: number) => Math.round(x * 10 ** digits) / 10 ** digits;
  const q = (p: number) => r(s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)] ?? 0);
  return { n: s.length, p50: q(0.5), p95: q(0.95), p99: q(0.99), max: r(s[s.length - 1] ?? 0) };
}

export const round1 = (x: number): number => Math.round(x * 10) / 10;
