/**
 * The rows the worker has just stored, per stream and in seq order, kept briefly so the labeller
 * reads them from memory instead of back from IndexedDB. Only a hint: IndexedDB stays the truth
 * (progress is the stream's labelledSeq), so a miss — a gap, a restarted worker, an import — just
 * means one indexed read. Bounded per stream; the oldest rows go first.
 */
import type { StoredEvent } from '../db/schema';

export class TailBuffer {
  private readonly tails = new Map<number, StoredEvent[]>();

  constructor(readonly maxPerStream = 2048) {}

  push(streamId: number, rows: readonly StoredEvent[]): void {
    if (!rows.length) return;
    let tail = this.tails.get(streamId) ?? [];
    const last = tail[tail.length - 1];
    // Not contiguous with what is held (a batch went unseen): start again from these rows.
    if (last && rows[0]!.seq !== last.seq + 1) tail = [];
    // A deletion hides its target, as the stored row says once the deletion is written.
    const deleted = new Set(rows.flatMap((r) => (r.kind === 'deletion' && r.targetId ? [r.targetId] : [])));
    if (deleted.size) for (const r of tail) if (deleted.has(r.id)) r.deleted = true;
    tail.push(...rows);
    if (tail.length > this.maxPerStream) tail.splice(0, tail.length - this.maxPerStream);
    this.tails.set(streamId, tail);
  }

  /** Up to `n` rows from seq `from` on, or null when the buffer does not start at or before `from`. */
  take(streamId: number, from: number, n: number): StoredEvent[] | null {
    const tail = this.tails.get(streamId);
    const first = tail?.[0];
    if (!tail || !first || first.seq > from) return null;
    const start = from - first.seq;
    if (start >= tail.length) return null;
    return tail.slice(start, start + n);
  }

  /** Forgets rows up to and including `seq` (labelled). */
  drop(streamId: number, seq: number): void {
    const tail = this.tails.get(streamId);
    if (!tail) return;
    const keep = tail.findIndex((r) => r.seq > seq);
    if (keep < 0) this.tails.delete(streamId);
    else tail.splice(0, keep);
  }

  get size(): number {
    let n = 0;
    for (const t of this.tails.values()) n += t.length;
    return n;
  }
}
