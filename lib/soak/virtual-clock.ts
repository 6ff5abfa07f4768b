/**
 * An accelerated clock for the soak: timers fire in order of their due time as the soak advances
 * the clock, and every promise the pipeline hands to `track` settles before the next timer runs,
 * so an hour of stream takes as long as the work in it, with the same order of events.
 */
export class VirtualClock {
  private t: number;
  private timers: { due: number; seq: number; fn: () => void }[] = [];
  private seq = 0;
  private inflight = new Set<Promise<unknown>>();

  constructor(start: number) {
    this.t = start;
  }

  now = (): number => this.t;

  setTimeout = (fn: () => void, ms: number): number => {
    this.timers.push({ due: this.t + Math.max(0, ms), seq: this.seq++, fn });
    return this.seq;
  };

  /** Work started by a timer that must finish before the clock moves on. */
  track<T>(p: Promise<T>): Promise<T> {
    this.inflight.add(p);
    void p.finally(() => this.inflight.delete(p)).catch(() => undefined);
    return p;
  }

  async settle(): Promise<void> {
    // A settled promise's continuations (the outbox's bookkeeping after a send) run a few turns later.
    for (let quiet = 0; quiet < 3; ) {
      if (this.inflight.size) {
        quiet = 0;
        await Promise.allSettled([...this.inflight]);
      } else quiet++;
      await new Promise((r) => setImmediate(r));
    }
  }

  async advanceTo(target: number): Promise<void> {
    for (;;) {
      let next = -1;
      for (let i = 0; i < this.timers.length; i++) {
        const x = this.timers[i]!;
        if (x.due <= target && (next < 0 || x.due < this.timers[next]!.due || (x.due === this.timers[next]!.due && x.seq < this.timers[next]!.seq))) next = i;
      }
      if (next < 0) break;
      const [timer] = this.timers.splice(next, 1);
      this.t = Math.max(this.t, timer!.due);
      timer!.fn();
      await this.settle();
    }
    this.t = Math.max(this.t, target);
  }

  get pendingTimers(): number {
    return this.timers.length;
  }
}
