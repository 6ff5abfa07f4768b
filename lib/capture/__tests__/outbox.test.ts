import { describe, expect, it, vi } from 'vitest';
import { Outbox } from '../outbox';

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

describe('Outbox persistence (a copy that outlives the page)', () => {
  function setup(sendOk: () => boolean) {
    const writes: (number[] | null)[] = [];
    const delivered: number[] = [];
    const box = new Outbox<number>({
      maxBatch: 10,
      send: async (items) => {
        if (!sendOk()) throw new Error('Receiving end does not exist.');
        delivered.push(...items);
      },
      persist: {
        save: async (items) => void writes.push([...items]),
        clear: async () => void writes.push(null),
      },
    });
    return { box, writes, delivered };
  }

  it('a prompt acknowledgement writes nothing', async () => {
    vi.useFakeTimers();
    const { box, writes, delivered } = setup(() => true);
    for (let i = 0; i < 20; i++) {
      box.push(i);
      await vi.advanceTimersByTimeAsync(60);
    }
    await vi.advanceTimersByTimeAsync(5000);
    expect(delivered).toHaveLength(20);
    expect(writes).toEqual([]);
    vi.useRealTimers();
  });

  it('keeps a copy while the worker is away, refreshes it (heartbeat), and removes it once everything is delivered', async () => {
    vi.useFakeTimers();
    let up = false;
    const { box, writes, delivered } = setup(() => up);
    box.push(1, 2, 3);
    await vi.advanceTimersByTimeAsync(300);
    expect(writes[0]).toEqual([1, 2, 3]);
    box.push(4);
    await vi.advanceTimersByTimeAsync(300);
    expect(writes.at(-1)).toEqual([1, 2, 3, 4]);
    const before = writes.length;
    await vi.advanceTimersByTimeAsync(7000);
    // Refreshed while waiting (the worker tells a live page by its heartbeat), with the same items.
    expect(writes.length).toBeGreaterThan(before);
    expect(writes.at(-1)).toEqual([1, 2, 3, 4]);
    up = true;
    await vi.advanceTimersByTimeAsync(10_000);
    expect(delivered).toEqual([1, 2, 3, 4]);
    expect(writes.at(-1)).toBeNull();
    const settled = writes.length;
    await vi.advanceTimersByTimeAsync(10_000);
    expect(writes.length).toBe(settled);
    vi.useRealTimers();
  });

  it('persistNow copies what waits at once (the page is going away)', async () => {
    vi.useFakeTimers();
    const { box, writes } = setup(() => false);
    box.push(7, 8);
    await box.persistNow();
    expect(writes).toEqual([[7, 8]]);
    vi.useRealTimers();
  });

  it('a late save never lands after the clear that followed it (writes are ordered)', async () => {
    vi.useFakeTimers();
    const stored: { v: number[] | null } = { v: null };
    let up = false;
    const box = new Outbox<number>({
      send: async (items) => {
        if (!up) throw new Error('down');
        void items;
      },
      persist: {
        // The save is slow; the clear is quick.
        save: (items) => new Promise((r) => setTimeout(() => ((stored.v = items), r()), 500)),
        clear: async () => void (stored.v = null),
      },
    });
    box.push(1);
    await vi.advanceTimersByTimeAsync(60);
    up = true;
    await vi.advanceTimersByTimeAsync(10_000);
    expect(box.pending).toBe(0);
    expect(stored.v).toBeNull();
    vi.useRealTimers();
  });
});
