/** One memory reading of the soak: simulated hours since the start, heap after a full GC, process RSS. */
export interface MemorySample {
  hour: number;
  heapMB: number;
  rssMB: number;
}

/**
 * Memory growth per simulated hour after warm-up: the least-squares slope of the heap over the
 * samples taken at or after `warmupHours` (caches and buffers fill during warm-up, then must stay
 * flat). Null with fewer than two samples after warm-up.
 */
export function growthPerHour(samples: readonly MemorySample[], warmupHours: number, key: 'heapMB' | 'rssMB' = 'heapMB'): number | null {
  const s = samples.filter((x) => x.hour >= warmupHours);
  if (s.length < 2) return null;
  const mx = s.reduce((a, x) => a + x.hour, 0) / s.length;
  const my = s.reduce((a, x) => a + x[key], 0) / s.length;
  const sxx = s.reduce((a, x) => a + (x.hour - mx) ** 2, 0);
  const sxy = s.reduce((a, x) => a + (x.hour - mx) * (x[key] - my), 0);
  return sxx === 0 ? null : sxy / sxx;
}
