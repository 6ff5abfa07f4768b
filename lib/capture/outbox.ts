import { applyPlan, planCopy, type SegmentRange } from './outbox-copy';

export interface OutboxOptions<T> {
  send(items: T[]): Promise<void>;
  maxBatch?: number;
  flushMs?: number;
  retryMs?: number;
  maxRetryMs?: number;
  onError?(err: unknown, pending: number): void;
  setTimeout?: (fn: () => void, ms: number) => unknown;
  /**
   * Where items that wait keep a copy that outlives the page and the browser (outbox-store.ts): the
   * worker delivers a copy whose page is gone (lib/background/outbox-drain.ts).
   */
  persist?: OutboxPersistence<T>;
  /** Items waiting this long are copied to `persist` (a prompt ack writes nothing). */
  persistAfterMs?: number;
  /** While a copy exists it is refreshed this often, so the worker can tell a live page from a gone one. */
  heartbeatMs?: number;
  /** The copy holds at most this many items (storage.local is small); the rest wait in memory. */
  maxPersisted?: number;
  /** Items per stored segment: a change rewrites the segments it touched, never the whole copy. */
  segmentSize?: number;
  now?: () => number;
}

/** One change to the stored copy (outbox-copy.ts): only the segments that changed travel. */
export interface CopyWrite<T> {
  /** Segments written now, each with every item it holds. */
  put: { segment: number; items: T[] }[];
  /** Segments removed. */
  drop: number[];
  /** The copy's segments in order after this write; empty: the copy is gone. */
  segments: number[];
  /** The page is going away: the worker may deliver the copy at once (outbox-drain.ts) instead of waiting for the heartbeat to stop. */
  closing?: boolean;
}

export interface OutboxPersistence<T> {
  /** Applies one change; a write with nothing put or dropped refreshes the heartbeat. */
  write(change: CopyWrite<T>): Promise<void>;
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
  /** Position (in push order) of queue[0]: the copy's segments are numbered by position. */
  private head = 0;
  /** The segments the copy holds, by what was last written; `io` orders the writes (a late save never undoes a clear). */
  private stored = new Map<number, SegmentRange>();
  private persistArmed = false;
  private dirty = false;
  private wroteAt = 0;
  /** When each queued item arrived. */
  private since: number[] = [];
  private io: Promise<void> = Promise.resolve();
  /** When the last batch left (−∞ before the first). */
  private sentAt = -Infinity;
  private readonly o: Required<Omit<OutboxOptions<T>, 'onError' | 'persist'>> & Pick<OutboxOptions<T>, 'onError' | 'persist'>;

  constructor(opts: OutboxOptions<T>) {
    this.o = {
      // A backlog leaves in messages this large (the worker takes CAPTURE_LIMITS.batch = 500 at most):
      // one message at a time, so under load the round trip, not the work, set the pace — at 100
      // a 10,000-row burst took 100 round trips of a few hundred ms each (bench/profile-capture.ts).
      maxBatch: 500,
      // At most one batch per flushMs (each costs the worker one IndexedDB transaction): a busy chat
      // coalesces into 20 batches a second at most, while the first event after a quiet spell goes
      // at once instead of waiting the whole 50 ms (most chats are quiet most of the time, and
      // every event's wait here is part of its capture → label latency). A batch in flight holds
      // the next one.
      flushMs: 50,
      retryMs: 250,
      maxRetryMs: 4000,
      persistAfterMs: 250,
      heartbeatMs: 3000,
      maxPersisted: 20_000,
      segmentSize: 200,
      now: Date.now,
      setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
      ...opts,
    };
  }

  get pending(): number {
    return this.queue.length;
  }

  push(...items: T[]): void {
    this.queue.push(...items);
    const t = this.o.now();
    for (let i = 0; i < items.length; i++) this.since.push(t);
    // A copy exists (the worker is away): new items join it now (one write per task, however many
    // pushes), so a renderer crash loses only what the browser had not yet been handed.
    if (this.persisted() && !this.dirty) {
      this.dirty = true;
      queueMicrotask(() => {
        if (this.dirty) this.writeCopy();
      });
    }
    this.schedule(Math.max(0, this.sentAt + this.o.flushMs - t));
    this.armPersist();
  }

  /**
   * Copies what waits now (the page is going away; the worker may be too). `closing` marks the copy
   * so the worker delivers it before the next page of the room sends anything (a reload): waiting for
   * the heartbeat to stop stored these events seconds after the new page's, out of order.
   */
  persistNow(closing = false): Promise<void> {
    this.writeCopy(closing);
    return this.io;
  }

  /**
   * One timer while anything waits or a copy exists: a copy is written once the oldest item has
   * waited persistAfterMs, refreshed every heartbeatMs, and brought in line (smaller, or gone)
   * after deliveries — never once per batch.
   */
  private armPersist() {
    if (!this.o.persist || this.persistArmed) return;
    this.persistArmed = true;
    this.o.setTimeout(() => {
      this.persistArmed = false;
      const now = this.o.now();
      const waited = this.queue.length > 0 && now - this.since[0]! >= this.o.persistAfterMs;
      if (waited ? !this.persisted() || this.dirty || now - this.wroteAt >= this.o.heartbeatMs : this.persisted()) this.writeCopy();
      if (this.queue.length || this.persisted()) this.armPersist();
    }, this.o.persistAfterMs);
  }

  private persisted(): boolean {
    return this.stored.size > 0;
  }

  /**
   * Brings the stored copy in line with the queue (its first maxPersisted items, or nothing),
   * writing only the segments that changed (outbox-copy.ts); with nothing changed, a heartbeat.
   */
  private writeCopy(closing = false) {
    const p = this.o.persist;
    if (!p || (!this.queue.length && !this.persisted())) return;
    const head = this.head;
    const plan = planCopy(this.stored, head, head + Math.min(this.queue.length, this.o.maxPersisted), this.o.segmentSize);
    const change: CopyWrite<T> = { put: plan.put.map((x) => ({ segment: x.segment, items: this.queue.slice(x.from - head, x.to - head) })), drop: plan.drop, segments: plan.segments };
    if (closing) change.closing = true;
    applyPlan(this.stored, plan);
    this.dirty = false;
    this.wroteAt = this.o.now();
    this.io = this.io
      .then(() => p.write(change))
      .catch((err) => {
        // What storage holds is unknown now: every segment is rewritten (or removed) next time.
        for (const k of this.stored.keys()) this.stored.set(k, [-1, -1]);
        this.dirty = true;
        this.o.onError?.(err, this.queue.length);
      });
  }

  /** Sends everything queued now (used before the page goes away, and by tests). */
  async flush(): Promise<void> {
    if (this.sending || !this.queue.length) return;
    this.sending = true;
    this.sentAt = this.o.now();
    const batch = this.queue.slice(0, this.o.maxBatch);
    try {
      await this.o.send(batch);
      this.queue.splice(0, batch.length);
      this.since.splice(0, batch.length);
      this.head += batch.length;
      this.failures = 0;
      // Delivered items leave the stored copy too (or the copy goes, once nothing waits).
      if (this.persisted()) this.dirty = true;
    } catch (err) {
      this.failures++;
      this.o.onError?.(err, this.queue.length);
      // The worker is not taking items: keep a copy at once.
      if (!this.persisted() || this.dirty) this.writeCopy();
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
