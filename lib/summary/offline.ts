/**
 * A whole event log → its summary with the models and the question grouping, as the extension gets
 * it: lines without labels are labelled (formats.md: given labels are used as given), questions are
 * grouped over the log minus deleted comments (the worker's queue never files a deleted comment),
 * then the pure path folds everything.
 */
import type { Product } from '../catalog/types';
import type { LogEvent } from '../events/event-log';
import { analyseQuestions, type ClassifyFn } from '../suggest/offline/analyse';
import type { EmbedFn } from '../suggest/group/pipeline';
import { isCommentKind } from './counts';
import { dedupeLog, excludedIds, summarizeLog, type QuestionData } from './summarize';
import type { SummaryReport } from './types';

export interface OfflineDeps {
  classify?: ClassifyFn;
  embed?: EmbedFn;
}

/** Lines the models label: comments and super chats with text and no labels. */
export const needsLabels = (e: LogEvent): boolean => isCommentKind(e.kind) && !e.labels && typeof e.text === 'string' && e.text.trim().length > 0;

export async function labelLog(log: readonly LogEvent[], classify: ClassifyFn | undefined): Promise<LogEvent[]> {
  const idx = log.flatMap((e, i) => (needsLabels(e) ? [i] : []));
  if (!classify || !idx.length) return [...log];
  const labels = await classify(idx.map((i) => log[i]!.text ?? ''));
  const out = [...log];
  idx.forEach((i, k) => {
    const l = labels[k];
    if (l) out[i] = { ...log[i]!, labels: l };
  });
  return out;
}

export async function questionData(log: readonly LogEvent[], catalog: readonly Product[] | undefined, embed: EmbedFn | undefined): Promise<QuestionData> {
  const gone = excludedIds(log);
  const kept = log.filter((e) => e.kind === 'viewers' || e.kind === 'deletion' || !gone.has(e.id));
  const a = await analyseQuestions(kept, { catalog, embed });
  return {
    groups: a.groups.map((g) => ({ id: g.id, text: g.text, sku: g.sku, count: g.count, askerCount: g.askers.length, firstTs: g.firstTs, answered: g.answered !== null })),
    members: kept.flatMap((e, i) => {
      const group = a.lines[i]?.group;
      return group ? [{ eventId: e.id, groupId: group, ts: e.ts, author: e.author?.name ?? null }] : [];
    }),
  };
}

export async function summarizeLogOffline(log: readonly LogEvent[], catalog: readonly Product[] | undefined, deps: OfflineDeps = {}): Promise<SummaryReport> {
  const labelled = await labelLog(dedupeLog(log), deps.classify);
  return summarizeLog(labelled, { catalog, questions: await questionData(labelled, catalog, deps.embed) });
}
