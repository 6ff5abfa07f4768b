import type { LiveEvent, ProductRef } from '../events/live-event';
import type { CommentLabels } from '../ml/labels';
import { STAFF_ROLES } from '../suggest/answered/auto-answered';
import { isCommentKind } from './counts';

/** An event as the summary reads it: a log line or a stored event (labels optional). */
export type SummaryEvent = LiveEvent & { labels?: CommentLabels };

/** What the summary needs to know about the stream around an event. */
export interface FoldContext {
  /** The sku being pitched at `ts`, or null. */
  pitchAt(ts: number): string | null;
  /** The catalog sku a comment names (deictic "this one" → `pitched`), or null. */
  mention(text: string, pitched: string | null): string | null;
  /** A page's product (ref and title) → catalog sku, or null. */
  resolveProduct(p: ProductRef): string | null;
  /** Whether the comment is a question (the question grouping's decision) and its group's catalog sku. */
  question(eventId: string): { sku: string | null } | null;
}

export interface DemandShare {
  sku: string;
  mention: number;
  question: number;
  purchaseSignal: number;
  /** Whether `sku` was being pitched when it happened. */
  during: boolean;
}

/** One event's share of every aggregate. */
export interface Contribution {
  minute: number;
  ts: number;
  kind: LiveEvent['kind'];
  labels?: CommentLabels;
  viewer: { name: string; role: string } | null;
  comment: boolean;
  question: boolean;
  purchase: boolean;
  demand: DemandShare[];
}

export const minuteOf = (ts: number): number => Math.floor(ts / 60_000);

const isStaff = (e: SummaryEvent): boolean => STAFF_ROLES.includes(e.author?.role ?? 'viewer');

/**
 * Per-product demand (formats.md): a mention is a comment resolved to the sku; a purchase signal is
 * a `purchase`-intent comment (about the product it names, else the one being pitched) or a
 * `purchase` event (its product ref, else the product being pitched); questions come from the
 * question grouping. Demand is the audience's: the host's and moderators' own lines are not counted.
 */
export function contributionOf(e: SummaryEvent, ctx: FoldContext): Contribution {
  const comment = isCommentKind(e.kind);
  const q = comment ? ctx.question(e.id) : null;
  const demand = new Map<string, DemandShare>();
  const share = (sku: string | null, field: 'mention' | 'question' | 'purchaseSignal', pitched: string | null) => {
    if (!sku) return;
    let d = demand.get(sku);
    if (!d) demand.set(sku, (d = { sku, mention: 0, question: 0, purchaseSignal: 0, during: pitched === sku }));
    d[field] += 1;
  };
  if ((comment || e.kind === 'purchase') && !isStaff(e)) {
    const pitched = ctx.pitchAt(e.ts);
    if (comment) {
      const named = e.text ? ctx.mention(e.text, pitched) : null;
      share(named, 'mention', pitched);
      share(q?.sku ?? null, 'question', pitched);
      if (e.labels?.intent === 'purchase') share(named ?? pitched, 'purchaseSignal', pitched);
    } else {
      const ref = e.product ? ctx.resolveProduct(e.product) : null;
      share(ref ?? pitched, 'purchaseSignal', pitched);
    }
  }
  return {
    minute: minuteOf(e.ts),
    ts: e.ts,
    kind: e.kind,
    labels: e.labels,
    viewer: e.author?.name ? { name: e.author.name, role: e.author.role } : null,
    comment,
    question: q !== null,
    purchase: e.kind === 'purchase',
    demand: [...demand.values()],
  };
}
