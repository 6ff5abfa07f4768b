/**
 * One stream's question queue from an event log, in one pass and in log order — what the worker
 * builds live, for the offline `questions`/`suggest` commands, the summary and the evaluation:
 * labels (given, or from the injected classifier, or the rule), pitch state from the log's pitch
 * markers and product events, grouping, and staff answers.
 */
import type { Product } from '../../catalog/types';
import { pitchOf, type LogEvent } from '../../events/event-log';
import type { CommentLabels } from '../../ml/labels';
import { normalizeListingNumber } from '../../ml/product-mention';
import { findListingNumber } from '../../ml/product-mention';
import { normalizeText } from '../../ml/features/text-normalize';
import { listingKey } from '../slots/extract';
import { createStreamCatalog } from './stream-catalog';
import { groupsAnsweredBy, STAFF_ROLES } from '../answered/auto-answered';
import { isQuestion } from '../detect/question';
import { createGrouper, DEFAULT_GROUPING, type GroupingParams, type GroupState } from '../group/grouper';
import { compareGroups, type Rankable } from '../group/order';
import { featurizeQuestions, type EmbedFn } from '../group/pipeline';
import type { AnsweredMark } from '../../db/schema';

export type ClassifyFn = (texts: string[]) => Promise<(CommentLabels | null)[]>;

export interface AnalyseOptions {
  /** The shop's catalog; without it listing numbers ("#3") and pitch refs still separate products. */
  catalog?: readonly Product[];
  classify?: ClassifyFn;
  embed?: EmbedFn;
  params?: GroupingParams;
}

export interface QueueGroup extends GroupState {
  answered: AnsweredMark | null;
}

export interface QuestionAnalysis {
  /** Per input event, in order: whether it is a question, its group id, the pitch at that time. */
  lines: { question: boolean; group: string | null; pitching: string | null; labels: CommentLabels | null }[];
  /** Ranked queue (lib/suggest/group/order.ts). */
  groups: QueueGroup[];
}

const TEXT_KINDS = new Set(['comment', 'superchat']);

/**
 * A product event's ref → catalog sku (sku, listing number or title); without a catalog, "#3"-like
 * refs become the listing key "#3" (what questions naming #3 resolve to) and other refs stay as they are.
 */
export function refResolver(catalog: readonly Product[] | undefined): (ref: string) => string | null {
  if (!catalog?.length) {
    return (ref) => {
      const n = normalizeListingNumber(ref) ?? findListingNumber(ref);
      return n ? listingKey(n) : ref.trim() || null;
    };
  }
  return (ref) => {
    const r = ref.trim();
    const num = normalizeListingNumber(r);
    const hit = catalog.find((p) => p.sku === r || (num !== null && normalizeListingNumber(p.number) === num) || normalizeText(p.title) === normalizeText(r));
    return hit?.sku ?? null;
  };
}

export async function analyseQuestions(events: readonly LogEvent[], o: AnalyseOptions = {}): Promise<QuestionAnalysis> {
  const catalog = o.catalog ?? [];
  const params = o.params ?? DEFAULT_GROUPING;
  const isText = (e: LogEvent): boolean => TEXT_KINDS.has(e.kind) && typeof e.text === 'string' && e.text.trim().length > 0;
  const staff = (e: LogEvent): boolean => STAFF_ROLES.includes(e.author?.role ?? 'viewer');
  // Labels: as given in the log, else from the models (one batch), else none (the rule decides).
  const need = events.flatMap((e, i) => (isText(e) && !e.labels && !staff(e) ? [i] : []));
  const got = o.classify && need.length ? await o.classify(need.map((i) => events[i]?.text ?? '')) : [];
  const labels = events.map((e) => e.labels ?? null);
  need.forEach((i, k) => { labels[i] = got[k] ?? null; });

  const resolve = refResolver(o.catalog);
  // Products the log itself names (product events, the host's line introducing a pitch) extend the
  // catalog for resolving questions, so "#2" and "the jeans" still find the product being sold.
  const stream = createStreamCatalog(catalog);
  let pitch: string | null = null;
  let intro: string | null = null;
  const pitching = events.map((e) => {
    const p = pitchOf(e, resolve);
    if (p) {
      pitch = p.sku;
      intro = p.sku;
      if (p.sku) stream.see(p.sku, e.kind === 'product' ? e.product?.title : undefined);
    }
    if (intro && isText(e) && staff(e)) {
      stream.intro(intro, e.text ?? '');
      intro = null;
    }
    return pitch;
  });
  const known = stream.products();
  const qIdx = events.flatMap((e, i) => (isText(e) && !staff(e) && isQuestion(e.text, labels[i]) ? [i] : []));
  const items = await featurizeQuestions(
    qIdx.map((i) => {
      const e = events[i] as LogEvent;
      return { id: e.id, text: e.text ?? '', ts: e.ts, author: e.author?.name ?? null, pitchedSku: pitching[i] ?? null };
    }),
    { catalog: known, embed: o.embed, params },
  );
  const grouper = createGrouper(params);
  const answered = new Map<string, AnsweredMark>();
  const groupOf = new Map<number, string>();
  let k = 0;
  events.forEach((e, i) => {
    if (qIdx[k] === i) {
      groupOf.set(i, grouper.add(items[k] as (typeof items)[number]).group.id);
      k += 1;
    } else if (isText(e) && staff(e)) {
      const open = grouper.groups().filter((g) => !answered.has(g.id));
      const role = e.author?.role ?? 'viewer';
      for (const id of groupsAnsweredBy({ text: e.text ?? '', ts: e.ts, role, pitchedSku: pitching[i] ?? null }, open, known)) {
        answered.set(id, { by: role === 'owner' ? 'host' : 'moderator', ts: e.ts, eventId: e.id });
      }
    }
  });
  const groups: QueueGroup[] = grouper.groups().map((g) => ({ ...g, answered: answered.get(g.id) ?? null }));
  const rank = (g: QueueGroup): Rankable => ({ id: g.id, askerCount: g.askers.length, count: g.count, firstTs: g.firstTs, answered: g.answered !== null });
  return {
    lines: events.map((_e, i) => ({ question: groupOf.has(i), group: groupOf.get(i) ?? null, pitching: pitching[i] ?? null, labels: labels[i] ?? null })),
    groups: groups.sort((a, b) => compareGroups(rank(a), rank(b))),
  };
}
