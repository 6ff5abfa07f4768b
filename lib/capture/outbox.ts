export interface OutboxOptions<T> {
  send(items: T[]): Promise<void>;
  maxBatch?: number;
  flushMs?: number;
  retryMs?: number;
  maxRetryMs?: number;
  onError?(err: unknown, pending: number): void;
  setTimeout?: (fn: () => void, ms: number) => unknown;
}

/**
 * Ordered, at-least-once delivery from a content script to the worker. Items leave the queue only
 * once the worker acknowledged their write, so a worker stopped mid-batch costs a retry, never data.
 * (The worker drops re-sent items by id.)
 */
export class Outbox<T> {
  private queue: T[] = [];
  private scheduled = false;
  private sending = false;
  private failures = 0;
  private readonly o: Required<Omit<OutboxOptions<T>, 'onError'>> & Pick<OutboxOptions<T>, 'onError'>;

  constructor(opts: OutboxOptions<T>) {
    this.o = {
      maxBatch: 100,
      // Every event waits up to flushMs here before the worker stores it, so this is a floor under
      // capture → label latency; 50 ms still coalesces a busy chat into a few batches a second
      // (each costs the worker a few IndexedDB transactions). A batch in flight holds the next one.
      flushMs: 50,
      retryMs: 250,
      maxRetryMs: 4000,
      setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
      ...opts,
    };
  }

  get pending(): number {
    return this.queue.length;
  }

  push(...items: T[]): void {
    this.queue.push(...items);
    this.schedule(this.o.flushMs);
  }

  /** Sends everything queued now (used before the page goes away, and by tests). */
  async flush(): Promise<void> {
    if (this.sending || !this.queue.length) return;
    this.sending = true;
    const batch = this.queue.slice(0, this.o.maxBatch);
    try {
      await this.o.send(batch);
      this.queue.splice(0, batch.length);
      this.failures = 0;
    } catch (err) {
      this.failures++;
      this.o.onError?.(err, this.queue.length);
    } finally {
      this.sending = false;
    }
    if (this.queue.length) {
      const backoff = this.failures ? Math.min(this.o.retryMs * 2 ** (this.failures - 1), this.o.maxRetryMs) : 0;
      this.schedule(backoff);
    }
  }

  private schedule(ms: number) {
    if (this.scheduled) return;
    this.scheduled = true;
    this.o.setTimeout(() => {
      this.scheduled = false;
      void this.flush();
    }, ms);
  }
}
