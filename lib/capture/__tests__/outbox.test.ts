import { describe, expect, it, vi } from 'vitest';
import { Outbox, type CopyWrite } from '../outbox';

describe('Outbox', () => {
  it('delivers in order, in batches, and keeps items until the receiver acknowledges them', async () => {
    vi.useFakeTimers();
    const delivered: number[][] = [];
    let down = true;
    const errors: number[] = [];
    const box = new Outbox<number>({
      maxBatch: 2,
      send: async (items) => {
        if (down) throw new Error('Could not establish connection. Receiving end does not exist.');
        delivered.push(items);
      },
      onError: (_e, pending) => errors.push(pending),
    });
    box.push(1, 2, 3);
    await vi.advanceTimersByTimeAsync(200);
    expect(delivered).toEqual([]);
    expect(box.pending).toBe(3);
    down = false; // the worker came back
    await vi.advanceTimersByTimeAsync(5000);
    expect(delivered).toEqual([[1, 2], [3]]);
    expect(box.pending).toBe(0);
    expect(errors[0]).toBe(3);
    vi.useRealTimers();
  });
});

describe('Outbox pacing', () => {
  it('sends the first item after a quiet spell at once, and at most one batch per flushMs while items keep coming', async () => {
    vi.useFakeTimers();
    const sent: { at: number; items: number[] }[] = [];
    const box = new Outbox<number>({ flushMs: 50, send: async (items) => void sent.push({ at: Date.now(), items }) });
    const t0 = Date.now();
    box.push(1);
    await vi.advanceTimersByTimeAsync(0);
    expect(sent).toEqual([{ at: t0, items: [1] }]);
    // A steady chat, one item every 10 ms for a second: batches leave 50 ms apart.
    for (let i = 2; i <= 101; i++) {
      await vi.advanceTimersByTimeAsync(10);
      box.push(i);
    }
    await vi.advanceTimersByTimeAsync(100);
    expect(sent.flatMap((s) => s.items)).toEqual(Array.from({ length: 101 }, (_, i) => i + 1));
    const gaps = sent.slice(1).map((s, i) => s.at - sent[i]!.at);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(50);
    expect(sent.length).toBeLessThanOrEqual(1 + Math.ceil(1000 / 50) + 1);
    // Quiet for a while, then one item: it goes at once again.
    await vi.advanceTimersByTimeAsync(1000);
    const t1 = Date.now();
    box.push(500);
    await vi.advanceTimersByTimeAsync(0);
    expect(sent.at(-1)).toEqual({ at: t1, items: [500] });
    vi.useRealTimers();
  });
});

/** storage as the outbox sees it: the copy's segments, in the order its last write listed them. */
function memoryCopy<T>(delayMs = 0) {
  const parts = new Map<number, T[]>();
  let list: number[] = [];
  const writes: CopyWrite<T>[] = [];
  const apply = (w: CopyWrite<T>) => {
    for (const d of w.drop) parts.delete(d);
    for (const p of w.put) parts.set(p.segment, [...p.items]);
    list = w.segments;
  };
  return {
    writes,
    /** The stored items, or null when there is no copy. */
    items: () => (list.length ? list.flatMap((n) => parts.get(n) ?? ['MISSING' as T]) : null),
    segments: () => [...parts.keys()].sort((a, b) => a - b),
    persist: {
      write: (w: CopyWrite<T>) => {
        writes.push(w);
        return delayMs ? new Promise<void>((r) => setTimeout(() => (apply(w), r()), delayMs)) : Promise.resolve(apply(w));
      },
    },
  };
}

describe('Outbox persistence (a copy that outlives the page)', () => {
  function setup(sendOk: () => boolean, opts: { maxBatch?: number; segmentSize?: number } = {}) {
    const store = memoryCopy<number>();
    const delivered: number[] = [];
    const box = new Outbox<number>({
      maxBatch: opts.maxBatch ?? 10,
      ...(opts.segmentSize ? { segmentSize: opts.segmentSize } : {}),
      send: async (items) => {
        if (!sendOk()) throw new Error('Receiving end does not exist.');
        delivered.push(...items);
      },
      persist: store.persist,
    });
    return { box, store, delivered };
  }

  it('a prompt acknowledgement writes nothing', async () => {
    vi.useFakeTimers();
    const { box, store, delivered } = setup(() => true);
    for (let i = 0; i < 20; i++) {
      box.push(i);
      await vi.advanceTimersByTimeAsync(60);
    }
    await vi.advanceTimersByTimeAsync(5000);
    expect(delivered).toHaveLength(20);
    expect(store.writes).toEqual([]);
    vi.useRealTimers();
  });

  it('keeps a copy while the worker is away, refreshes it (heartbeat), and removes it once everything is delivered', async () => {
    vi.useFakeTimers();
    let up = false;
    const { box, store, delivered } = setup(() => up);
    box.push(1, 2, 3);
    await vi.advanceTimersByTimeAsync(300);
    expect(store.items()).toEqual([1, 2, 3]);
    box.push(4);
    await vi.advanceTimersByTimeAsync(300);
    expect(store.items()).toEqual([1, 2, 3, 4]);
    const before = store.writes.length;
    await vi.advanceTimersByTimeAsync(7000);
    // Refreshed while waiting (the worker tells a live page by its heartbeat), writing no items again.
    expect(store.writes.length).toBeGreaterThan(before);
    expect(store.writes.slice(before).every((w) => w.put.length === 0 && w.drop.length === 0)).toBe(true);
    expect(store.items()).toEqual([1, 2, 3, 4]);
    up = true;
    await vi.advanceTimersByTimeAsync(10_000);
    expect(delivered).toEqual([1, 2, 3, 4]);
    expect(store.items()).toBeNull();
    expect(store.segments()).toEqual([]);
    const settled = store.writes.length;
    await vi.advanceTimersByTimeAsync(10_000);
    expect(store.writes.length).toBe(settled);
    vi.useRealTimers();
  });

  it('persistNow copies what waits at once (the page is going away)', async () => {
    vi.useFakeTimers();
    const { box, store } = setup(() => false);
    box.push(7, 8);
    await box.persistNow();
    expect(store.items()).toEqual([7, 8]);
    expect(store.writes).toHaveLength(1);
    expect(store.writes[0]?.closing).toBeUndefined();
    vi.useRealTimers();
  });

  it('persistNow(true) marks the copy as its page closing, even when the items were copied before (the worker delivers it at once)', async () => {
    vi.useFakeTimers();
    const { box, store } = setup(() => false);
    box.push(1, 2);
    await vi.advanceTimersByTimeAsync(300);
    expect(store.items()).toEqual([1, 2]);
    const before = store.writes.length;
    await box.persistNow(true);
    expect(store.writes.slice(before)).toEqual([{ put: [], drop: [], segments: [0], closing: true }]);
    vi.useRealTimers();
  });

  it('draining a big backlog rewrites only the segments that changed: the cost per delivery does not grow with the backlog', async () => {
    vi.useFakeTimers();
    let up = false;
    const { box, store, delivered } = setup(() => up, { maxBatch: 100, segmentSize: 200 });
    const n = 10_000;
    box.push(...Array.from({ length: n }, (_, i) => i));
    await vi.advanceTimersByTimeAsync(300);
    expect(store.items()).toHaveLength(n);
    const first = store.writes.length;
    up = true;
    // While it drains, the copy always holds exactly what has not been delivered yet (after each write).
    for (let t = 0; t < 200 && box.pending; t++) {
      await vi.advanceTimersByTimeAsync(250);
      const copy = store.items();
      if (copy) expect(copy).toEqual(Array.from({ length: copy.length }, (_, i) => n - copy.length + i));
    }
    await vi.advanceTimersByTimeAsync(1000);
    expect(delivered).toHaveLength(n);
    expect(store.items()).toBeNull();
    const later = store.writes.slice(first);
    const written = later.map((w) => w.put.reduce((a, p) => a + p.items.length, 0));
    // Each write touches at most the head segment; all of them together far less than one backlog.
    expect(Math.max(...written)).toBeLessThanOrEqual(200);
    expect(written.reduce((a, b) => a + b, 0)).toBeLessThan(n);
    vi.useRealTimers();
  });

  it('a late write never lands after the removal that followed it (writes are ordered)', async () => {
    vi.useFakeTimers();
    let up = false;
    const store = memoryCopy<number>(500);
    const box = new Outbox<number>({
      send: async () => {
        if (!up) throw new Error('down');
      },
      persist: store.persist,
    });
    box.push(1);
    await vi.advanceTimersByTimeAsync(60);
    up = true;
    await vi.advanceTimersByTimeAsync(10_000);
    expect(box.pending).toBe(0);
    expect(store.items()).toBeNull();
    expect(store.segments()).toEqual([]);
    vi.useRealTimers();
  });

  it('a failed write is repaired by the next one', async () => {
    vi.useFakeTimers();
    const store = memoryCopy<number>();
    let fail = true;
    const box = new Outbox<number>({
      send: async () => {
        throw new Error('down');
      },
      segmentSize: 2,
      persist: { write: (w) => (fail ? ((fail = false), Promise.reject(new Error('QUOTA_BYTES quota exceeded'))) : store.persist.write(w)) },
    });
    box.push(1, 2, 3);
    await vi.advanceTimersByTimeAsync(300);
    box.push(4, 5);
    await vi.advanceTimersByTimeAsync(600);
    expect(store.items()).toEqual([1, 2, 3, 4, 5]);
    vi.useRealTimers();
  });
});
