import { describe, expect, it } from 'vitest';
import type { StoredEvent } from '../../db/schema';
import { TailBuffer } from '../tail-buffer';

const row = (seq: number, extra: Partial<StoredEvent> = {}): StoredEvent => ({ platform: 'twitch', streamKey: 'twitch:a', kind: 'comment', id: `e${seq}`, ts: 0, streamId: 1, seq, text: 'x', ...extra });

describe('TailBuffer', () => {
  it('hands back contiguous rows from a seq, and nothing it does not hold from there', () => {
    const t = new TailBuffer();
    t.push(1, [row(0), row(1), row(2)]);
    expect(t.take(1, 1, 5)?.map((r) => r.seq)).toEqual([1, 2]);
    expect(t.take(1, 3, 5)).toBeNull();
    expect(t.take(2, 0, 5)).toBeNull();
    t.drop(1, 1);
    expect(t.take(1, 0, 5)).toBeNull(); // dropped: read from IndexedDB
    expect(t.take(1, 2, 5)?.map((r) => r.seq)).toEqual([2]);
  });

  it('starts again after a gap and stays within its bound, oldest rows first out', () => {
    const t = new TailBuffer(3);
    t.push(1, [row(0), row(1)]);
    t.push(1, [row(5), row(6)]);
    expect(t.take(1, 0, 5)).toBeNull();
    expect(t.take(1, 5, 5)?.map((r) => r.seq)).toEqual([5, 6]);
    t.push(1, [row(7), row(8)]);
    expect(t.size).toBe(3);
    expect(t.take(1, 5, 5)).toBeNull();
    expect(t.take(1, 6, 5)?.map((r) => r.seq)).toEqual([6, 7, 8]);
  });

  it('marks a held row deleted when its deletion arrives, as the stored row is', () => {
    const t = new TailBuffer();
    t.push(1, [row(0)]);
    t.push(1, [row(1, { kind: 'deletion', targetId: 'e0', text: undefined })]);
    expect(t.take(1, 0, 1)?.[0]?.deleted).toBe(true);
  });
});
