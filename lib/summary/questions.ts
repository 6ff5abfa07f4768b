/**
 * formats.md `questions`: the question grouping's groups (lib/suggest — the worker's live queue, or
 * the offline analysis over a log), most asked first, with deleted questions taken out.
 */
import type { QuestionSummary } from './types';

export interface QuestionGroupIn {
  id: string;
  text: string;
  sku: string | null;
  count: number;
  askerCount: number;
  firstTs: number;
  answered: boolean;
}

export interface QuestionMemberIn {
  eventId: string;
  groupId: string;
  ts: number;
  author: string | null;
}

/**
 * `members` must hold every member of each group that has a deleted member (the store reads only
 * those); other groups keep their own tallies. `textOf` gives a question's text when a group's
 * first question was deleted.
 */
export function questionsMetric(
  groups: readonly QuestionGroupIn[],
  members: readonly QuestionMemberIn[],
  excluded: ReadonlySet<string>,
  textOf: (eventId: string) => string | undefined,
): QuestionSummary[] {
  const byGroup = new Map<string, QuestionMemberIn[]>();
  for (const m of members) {
    let l = byGroup.get(m.groupId);
    if (!l) byGroup.set(m.groupId, (l = []));
    l.push(m);
  }
  const out: QuestionSummary[] = [];
  for (const g of groups) {
    const ms = byGroup.get(g.id) ?? [];
    if (!ms.some((m) => excluded.has(m.eventId))) {
      out.push({ group: g.id, text: g.text, count: g.count, askers: g.askerCount, firstTs: g.firstTs, answered: g.answered });
      continue;
    }
    const kept = ms.filter((m) => !excluded.has(m.eventId)).sort((a, b) => a.ts - b.ts);
    const first = kept[0];
    if (!first) continue;
    const askers = new Set(kept.flatMap((m) => (m.author ? [m.author] : [])));
    const text = excluded.has(g.id) ? (textOf(first.eventId) ?? g.text) : g.text;
    out.push({ group: g.id, text, count: kept.length, askers: askers.size, firstTs: first.ts, answered: g.answered });
  }
  return out.sort((a, b) => b.count - a.count || b.askers - a.askers || a.firstTs - b.firstTs || (a.group < b.group ? -1 : a.group > b.group ? 1 : 0));
}
