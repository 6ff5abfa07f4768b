/** Conversions between the grouper's in-memory groups and the `questionGroups` rows the panel reads. */
import type { AnsweredMark, QuestionGroupRecord } from '../../db/schema';
import type { GroupState } from '../group/grouper';

/** Askers kept per row (the count stays exact): enough for the panel's list and @mentions. */
export const QUESTION_ASKERS_KEPT = 50;

export function toRecord(streamId: number, g: GroupState, last: { eventId: string; asker: string | null }, answered: AnsweredMark | undefined): QuestionGroupRecord {
  return {
    streamId,
    groupId: g.id,
    text: g.text,
    lang: g.lang,
    sku: g.sku,
    attribute: g.attribute,
    value: g.value,
    ...(g.pitched !== undefined ? { pitched: g.pitched } : {}),
    count: g.count,
    askers: g.askers.slice(0, QUESTION_ASKERS_KEPT),
    askerCount: g.askers.length,
    firstTs: g.firstTs,
    lastTs: g.lastTs,
    lastEventId: last.eventId,
    lastAsker: last.asker,
    samples: g.samples.map((s) => s.text),
    open: answered ? 0 : 1,
    ...(answered ? { answered } : {}),
    negFirstTs: -g.firstTs,
  };
}

/** A stored row back to a group (embeddings are recomputed by the caller). */
export function fromRecord(r: QuestionGroupRecord): GroupState {
  return {
    id: r.groupId,
    lang: r.lang,
    sku: r.sku,
    attribute: r.attribute,
    value: r.value,
    ...(r.pitched !== undefined ? { pitched: r.pitched } : {}),
    text: r.text,
    samples: r.samples.map((text) => ({ text, vec: null })),
    count: r.count,
    // Beyond QUESTION_ASKERS_KEPT names a returning asker may be counted again; the cap is rarely hit.
    askers: [...r.askers, ...Array.from({ length: Math.max(0, r.askerCount - r.askers.length) }, (_v, i) => `\u0000${i}`)],
    firstTs: r.firstTs,
    lastTs: r.lastTs,
  };
}
