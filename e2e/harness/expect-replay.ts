import type { ExpectedEvent, Replay } from '../fixtures/replay-types';
import type { StoredRow } from '../pages/extension';

/** Stored events of a stream in the shape the replay's expectations are written in. */
export function comparable(rows: StoredRow[]) {
  return rows.map((r) => ({ kind: r.kind, author: r.author?.name, text: r.text ?? '' }));
}

export function expectedComparable(replay: Replay) {
  return replay.expected.map((e: ExpectedEvent) => ({ kind: e.kind, author: e.author, text: e.kind === 'deletion' ? '' : (e.text ?? '') }));
}

export const commentCount = (replay: Replay) => replay.expected.filter((e) => e.kind === 'comment').length;

/** Comments as the summary counts them (formats.md): comment and superchat events, deleted ones left out. */
export function summaryCommentCount(replay: Replay): number {
  const deleted = new Set(replay.expected.flatMap((e) => (e.kind === 'deletion' && e.target ? [e.target] : [])));
  return replay.expected.filter((e) => (e.kind === 'comment' || e.kind === 'superchat') && !(e.key && deleted.has(e.key))).length;
}

type Comparable = ReturnType<typeof comparable>[number];
const key = (e: Comparable) => JSON.stringify([e.kind, e.author ?? null, e.text]);

/** The events as a sorted list: equal lists mean no loss and no duplicates. */
export const multiset = (events: Comparable[]) => events.map(key).sort();

/**
 * How far (in positions) any stored event sits from its place in the replay. Capture recognises a
 * row that fills in late (a cheer's emotes) a few ms after the page shows it, so on a loaded machine
 * a deletion right after it can overtake it (as in capture-platforms' order tolerance).
 */
export function drift(got: Comparable[], want: Comparable[]): number {
  const slots = new Map<string, number[]>();
  want.forEach((e, i) => slots.set(key(e), [...(slots.get(key(e)) ?? []), i]));
  return got.reduce((max, e, i) => {
    const j = slots.get(key(e))?.shift();
    return j === undefined ? Math.max(max, got.length) : Math.max(max, Math.abs(i - j));
  }, 0);
}
