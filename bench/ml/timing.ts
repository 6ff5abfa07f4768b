/**
 * Pure timing helpers for the model benchmark (browser or Node): the caller passes the clock
 * (performance.now) and the work; results are plain JSON the lead's harness can print or store.
 */
export interface TimingStats { runs: number; meanMs: number; p50Ms: number; p95Ms: number; minMs: number; maxMs: number; itemsPerSec: number }

export function summarize(samplesMs: number[], itemsPerRun: number): TimingStats {
  const s = [...samplesMs].sort((a, b) => a - b);
  const q = (p: number): number => s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? 0;
  const mean = s.reduce((a, b) => a + b, 0) / (s.length || 1);
  return { runs: s.length, meanMs: mean, p50Ms: q(0.5), p95Ms: q(0.95), minMs: s[0] ?? 0, maxMs: s[s.length - 1] ?? 0, itemsPerSec: mean ? (1000 * itemsPerRun) / mean : 0 };
}

/** Times `work(batch)` over each batch after `warmup` untimed runs (first runs compile shaders). */
export async function timeBatches<T>(
  work: (batch: T[]) => Promise<unknown>,
  batches: T[][],
  now: () => number,
  warmup = 2,
): Promise<TimingStats> {
  for (let i = 0; i < warmup && i < batches.length; i += 1) await work(batches[i] as T[]);
  const samples: number[] = [];
  for (const b of batches) {
    const t0 = now();
    await work(b);
    samples.push(now() - t0);
  }
  return summarize(samples, batches[0]?.length ?? 0);
}

/** Splits texts into fixed-size batches (the runtime's own batch size is a separate knob). */
export function chunk<T>(xs: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += size) out.push(xs.slice(i, i + size));
  return out;
}
