/**
 * How many viewer comments a tick gets. Naturally: in proportion to the watching audience's
 * chattiness, with a burst when a product goes up and a lull in dull stretches. With a target rate
 * (benchmarks, the soak): the same shape around a slowly moving level, its mean held at the target
 * by correcting for what was already said.
 */
import type { Segment } from '../types';

/** Comments per ms per unit of viewer activity (≈ one line every 2.5 min for an average viewer). */
const CHAT = 1 / 150_000;
/** The level: an exponential average of the audience's activity over ~2 minutes of 1-second ticks. */
const LEVEL_ALPHA = 1 / 120;

/** How lively the chat is: a burst when a product goes up ("link!", "扣1", "how much"), quieter in dull stretches. */
export function heat(seg: Segment, t: number): number {
  if (seg.kind === 'pitch') return t - seg.start < 60_000 ? 1.6 : 1;
  return seg.kind === 'dull' ? 0.75 : seg.kind === 'intro' ? 1.1 : 0.9;
}

export class ChatRate {
  private level = 0;
  /** Viewer comments so far (the rate process's and re-asks). */
  private said = 0;

  constructor(
    private readonly start: number,
    private readonly target: number | undefined,
  ) {}

  /** Expected comments in [t0, t1) given the audience's summed activity. Call once per tick. */
  expected(activity: number, seg: Segment, t0: number, t1: number): number {
    this.level = this.level === 0 ? activity : this.level + (activity - this.level) * LEVEL_ALPHA;
    if (activity <= 0) return 0;
    if (this.target === undefined) return activity * CHAT * (t1 - t0) * heat(seg, t0);
    const due = (this.target * (t1 - this.start + 5000)) / 1000;
    const correction = Math.min(3, Math.max(0.2, (due / (this.said + (this.target * 5000) / 1000)) ** 3));
    const shape = Math.min(1.5, Math.max(0.5, activity / this.level));
    return ((this.target * (t1 - t0)) / 1000) * shape * heat(seg, t0) * correction;
  }

  count(n: number): void {
    this.said += n;
  }
}
