import { createRng } from '../sim/rng';

/**
 * The faults a soak injects, at seeded random moments:
 * - `worker-stop`: the worker is stopped for `outageMs` (sends fail; its memory is lost; it restarts,
 *   resumes labelling and drains copies left by pages);
 * - `worker-stop-mid-batch`: the worker stores a batch and is stopped before it answers (the page
 *   re-sends it; the worker must drop the copies);
 * - `page-crash`: a worker-stop during which the tab's renderer crashes once its events have
 *   waited long enough to be copied, and the page is reloaded (a new outbox).
 */
export type FaultKind = 'worker-stop' | 'worker-stop-mid-batch' | 'page-crash';

export interface Fault {
  at: number;
  kind: FaultKind;
  outageMs: number;
}

export function planFaults(start: number, end: number, seed: number, everyMs: { min: number; max: number } = { min: 2 * 60_000, max: 12 * 60_000 }): Fault[] {
  const rng = createRng(seed ^ 0x5eed);
  const kinds: FaultKind[] = ['worker-stop', 'worker-stop-mid-batch', 'page-crash'];
  const out: Fault[] = [];
  for (let t = start + everyMs.min; t < end; t += everyMs.min + rng.next() * (everyMs.max - everyMs.min)) {
    out.push({ at: Math.round(t), kind: kinds[Math.floor(rng.next() * kinds.length)]!, outageMs: Math.round(500 + rng.next() * 29_500) });
  }
  return out;
}
