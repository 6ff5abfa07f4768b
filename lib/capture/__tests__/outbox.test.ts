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
