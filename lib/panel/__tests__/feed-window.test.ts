import { describe, expect, it } from 'vitest';
import type { StoredEvent } from '../../db/schema';
import type { CommentLabels } from '../../ml/labels';
import { applyReads, EMPTY_WINDOW, FEED_WINDOW, feedReads, type FeedWindow } from '../feed-window';

const labels = { lang: 'en', sentiment: 'neutral', sentimentScore: 0.9, intent: 'chitchat', intentScore: 0.8 } as CommentLabels;
const row = (seq: number, extra: Partial<StoredEvent> = {}): StoredEvent => ({
  platform: 'tiktok', streamKey: 'tiktok:x', kind: 'comment', id: `e${seq}`, ts: seq * 100, text: `m${seq}`, streamId: 1, seq, ...extra,
});
const rows = (from: number, to: number, extra: Partial<StoredEvent> = {}) => Array.from({ length: to - from + 1 }, (_v, i) => row(from + i, extra));

/** A fake store: the rows the window reads, answering feedReads as Dexie would. */
function read(store: StoredEvent[], w: FeedWindow, labelledSeq: number, holdOlder = false): FeedWindow {
  const r = feedReads(w, { eventCount: store.length, labelledSeq });
  const first = w.lastSeq < 0 ? Math.max(0, store.length - FEED_WINDOW.keep) : (r.tailFrom ?? Infinity);
  // Copies, as IndexedDB hands out: a label written later must reach the window through a read.
  const tail = store.filter((x) => x.seq >= first).map((x) => structuredClone(x));
  const relabelled = r.relabel ? store.filter((x) => x.seq >= r.relabel!.from && x.seq <= r.relabel!.to).map((x) => structuredClone(x)) : [];
  return applyReads(w, { tail, relabelled, labelledSeq }, { holdOlder });
}

describe('feed window', () => {
  it('reads nothing when nothing changed', () => {
    const w = read(rows(0, 9), EMPTY_WINDOW, 9);
    expect(feedReads(w, { eventCount: 10, labelledSeq: 9 })).toEqual({ tailFrom: null, relabel: null, refine: null });
    expect(applyReads(w, { tail: [], relabelled: [], labelledSeq: 9 })).toBe(w);
  });

  it('reads only the rows after the last one held, and the stretch the labeller passed', () => {
    const store = rows(0, 9);
    let w = read(store, EMPTY_WINDOW, 3);
    expect(w.rows.map((r) => r.seq)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    store.push(...rows(10, 12));
    for (const r of store.slice(4, 12)) r.labels = labels;
    expect(feedReads(w, { eventCount: 13, labelledSeq: 11 })).toEqual({ tailFrom: 10, relabel: { from: 4, to: 9 }, refine: null });
    w = read(store, w, 11);
    expect(w.rows.map((r) => r.seq)).toEqual(rows(0, 12).map((r) => r.seq));
    expect(w.rows.filter((r) => r.labels).map((r) => r.seq)).toEqual([4, 5, 6, 7, 8, 9, 10, 11]);
    expect(w.lastSeq).toBe(12);
  });

  it('re-reads the rows the refine pass relabelled since the last read, and only those', () => {
    const store = rows(0, 9);
    for (const r of store) r.labels = labels;
    let w = read(store, EMPTY_WINDOW, 9);
    const refined = { ...labels, intent: 'praise' as const };
    for (const r of store.slice(0, 6)) r.labels = refined;
    expect(feedReads(w, { eventCount: 10, labelledSeq: 9, refinedSeq: 5 })).toEqual({ tailFrom: null, relabel: null, refine: { from: 0, to: 5 } });
    w = applyReads(w, { tail: [], relabelled: store.slice(0, 6).map((r) => ({ ...r })), labelledSeq: 9, refinedSeq: 5 });
    expect(w.rows.map((r) => r.labels?.intent)).toEqual([...Array(6).fill('praise'), ...Array(4).fill(labels.intent)]);
    expect(feedReads(w, { eventCount: 10, labelledSeq: 9, refinedSeq: 5 }).refine).toBeNull();
  });

  it('is the same as reading the whole stream, whatever the interleaving of capture and labelling', () => {
    // Deterministic pseudo-random schedule of writes, labels and reads.
    let seed = 7;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const store: StoredEvent[] = [];
    let labelled = -1;
    let w = EMPTY_WINDOW;
    for (let step = 0; step < 400; step++) {
      const x = rnd();
      if (x < 0.4) store.push(...rows(store.length, store.length + Math.floor(rnd() * 30)));
      else if (x < 0.7 && labelled < store.length - 1) {
        const to = Math.min(store.length - 1, labelled + 1 + Math.floor(rnd() * 40));
        for (let s = labelled + 1; s <= to; s++) store[s]!.labels = labels;
        labelled = to;
      } else w = read(store, w, labelled);
    }
    w = read(store, w, labelled);
    const expected = store.slice(-FEED_WINDOW.keep);
    expect(w.rows.map((r) => [r.seq, !!r.labels])).toEqual(expected.map((r) => [r.seq, !!r.labels]));
  });

  it('a deletion strikes its target in the window', () => {
    const store = rows(0, 4);
    let w = read(store, EMPTY_WINDOW, 4);
    store.push(row(5, { kind: 'deletion', targetId: 'e2', text: undefined }));
    w = read(store, w, 4);
    expect(w.rows.find((r) => r.id === 'e2')?.deleted).toBe(true);
    expect(w.rows.filter((r) => r.deleted)).toHaveLength(1);
  });

  it('keeps `keep` rows while following, up to the hard cap while the host reads older rows', () => {
    const store = rows(0, FEED_WINDOW.keep - 1);
    let w = read(store, EMPTY_WINDOW, -1);
    store.push(...rows(FEED_WINDOW.keep, FEED_WINDOW.keep + 99));
    const held = read(store, w, -1, true);
    expect(held.rows).toHaveLength(FEED_WINDOW.keep + 100);
    expect(held.rows[0]!.seq).toBe(0);
    w = read(store, w, -1);
    expect(w.rows).toHaveLength(FEED_WINDOW.keep);
    expect(w.rows[0]!.seq).toBe(100);
    store.push(...rows(store.length, FEED_WINDOW.hardCap + 500));
    expect(read(store, held, -1, true).rows).toHaveLength(FEED_WINDOW.hardCap);
  });

  it('never holds a row twice (a read that overlaps the window)', () => {
    const store = rows(0, 9);
    const w = read(store, EMPTY_WINDOW, 9);
    const again = applyReads(w, { tail: rows(5, 12), relabelled: [], labelledSeq: 9 });
    expect(again.rows.map((r) => r.seq)).toEqual(rows(0, 12).map((r) => r.seq));
  });
});
