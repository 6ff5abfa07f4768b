/**
 * The queue's order: open (unanswered) groups first; then most distinct askers (ten people asking
 * once matter more than one person asking ten times); then most asks; then oldest first ask (it has
 * waited longest); then id, so the order is total and stable.
 */
export interface Rankable {
  id: string;
  askerCount: number;
  count: number;
  firstTs: number;
  answered: boolean;
}

export function compareGroups(a: Rankable, b: Rankable): number {
  return Number(a.answered) - Number(b.answered) || b.askerCount - a.askerCount || b.count - a.count || a.firstTs - b.firstTs || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export const rankGroups = <T extends Rankable>(groups: readonly T[]): T[] => [...groups].sort(compareGroups);
