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
