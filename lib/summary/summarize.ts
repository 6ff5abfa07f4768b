/**
 * The pure path: one stream's event log (formats.md) → its summary, in one pass. `npm run summary`,
 * the exports of an imported file and the agreement tests use it; the extension keeps the same
 * aggregates incrementally (./store) and finishes with the same `finalize`.
 */
import type { Product } from '../catalog/types';
import type { LogEvent } from '../events/event-log';
import { isPitchOnlyLine } from '../stream-log/to-log';
import { emptyState, foldEvent, newWork, rangeOf } from './accumulator';
import { catalogProductResolver, foldContext, productPitch } from './context';
import type { SummaryEvent } from './contribution';
import { finalize } from './finalize';
import type { PitchChange } from './pitch-timeline';
import { questionsMetric, type QuestionGroupIn, type QuestionMemberIn } from './questions';
import type { SummaryReport } from './types';
import type { Reading } from './viewers';

/** The question grouping of a stream (lib/suggest), as the summary reads it. */
export interface QuestionData {
  groups: QuestionGroupIn[];
  members: QuestionMemberIn[];
}

export interface LogParts {
  /** Events to fold, in order, each id once (viewer readings and pitch-only lines apart). */
  events: LogEvent[];
  readings: Reading[];
  pitches: PitchChange[];
}

/**
 * A log's lines, each id once per store (readings, pitch-only lines and other events are kept apart,
 * as the extension stores them): an id seen again is a re-sent row, the same event, as capture's
 * de-duplication treats it — a gift streak re-sent with a higher count stays one gift.
 */
export function dedupeLog(log: readonly LogEvent[]): LogEvent[] {
  const seen = new Set<string>();
  return log.filter((e) => {
    const key = `${e.kind === 'viewers' ? 'v' : isPitchOnlyLine(e) ? 'p' : 'e'}\u0000${e.id}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Splits a log as the extension stores it: viewer readings, pitch changes, other events. */
export function splitLog(log: readonly LogEvent[], catalog: readonly Product[]): LogParts {
  const resolve = catalogProductResolver(catalog);
  const out: LogParts = { events: [], readings: [], pitches: [] };
  for (const e of dedupeLog(log)) {
    const pitchOnly = isPitchOnlyLine(e);
    if (e.pitch) out.pitches.push({ ts: e.ts, sku: e.pitch.sku, source: 'marker' });
    if (pitchOnly) continue;
    if (e.kind === 'viewers') {
      if (typeof e.viewers === 'number') out.readings.push({ ts: e.ts, viewers: e.viewers });
      continue;
    }
    const p = productPitch(e, resolve);
    if (p) out.pitches.push(p);
    out.events.push(e);
  }
  // Stable: readings at one instant keep log order (the export writes them by time, then id).
  out.readings.sort((a, b) => a.ts - b.ts);
  return out;
}

/** Ids every deletion in the log removes. */
export const excludedIds = (events: readonly SummaryEvent[]): Set<string> => new Set(events.flatMap((e) => (e.kind === 'deletion' && e.targetId ? [e.targetId] : [])));

export function summarizeLog(log: readonly LogEvent[], o: { catalog?: readonly Product[]; questions?: QuestionData } = {}): SummaryReport {
  const catalog = o.catalog ?? [];
  const parts = splitLog(log, catalog);
  const questionSku = new Map<string, string | null>();
  const groupSku = new Map((o.questions?.groups ?? []).map((g) => [g.id, g.sku]));
  for (const m of o.questions?.members ?? []) questionSku.set(m.eventId, groupSku.get(m.groupId) ?? null);
  const ctx = foldContext(catalog, parts.pitches, (id) => questionSku.get(id));

  const w = newWork(emptyState(0), '', 0);
  const folded = new Map<string, LogEvent>();
  for (const e of parts.events) {
    foldEvent(w, e, ctx, (id) => folded.get(id));
    folded.set(e.id, e);
  }
  if (w.rangeDirty) Object.assign(w.state, rangeOf(parts.events.filter((e) => !w.excluded.has(e.id) || e.kind === 'deletion').map((e) => e.ts)));

  const questions = questionsMetric(o.questions?.groups ?? [], o.questions?.members ?? [], w.excluded, (id) => folded.get(id)?.text);
  return finalize({
    state: w.state,
    buckets: [...w.buckets.values()].sort((a, b) => a.minute - b.minute),
    products: [...w.products.values()],
    readings: parts.readings,
    pitches: parts.pitches,
    questions,
    catalogSkus: new Set(catalog.map((p) => p.sku)),
  });
}
