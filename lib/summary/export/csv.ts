/**
 * CSV exports of a stream (Papa Parse): its events, one row per log line, and its per-minute series.
 * Chat text is untrusted: `escapeFormulae` keeps a comment starting with "=" from running as a
 * spreadsheet formula.
 */
import Papa from 'papaparse';
import type { LogEvent } from '../../events/event-log';
import { INTENTS } from '../../ml/labels';
import type { MinutePoint } from '../types';

const iso = (ts: number) => new Date(ts).toISOString();
// Papa's own formula pattern ends in `.*$`, which misses a formula followed by a newline.
const FORMULA = /^[=+\-@\t\r]/;
const unparse = (fields: string[], data: unknown[][]) => Papa.unparse({ fields, data }, { escapeFormulae: FORMULA, newline: '\r\n' });

export const EVENT_COLUMNS = ['time', 'ts', 'kind', 'id', 'author', 'role', 'text', 'amount', 'currency', 'count', 'gift', 'viewers', 'product', 'lang', 'sentiment', 'sentimentScore', 'intent', 'intentScore', 'deleted', 'pitching', 'pitch'];

/** The stream's log lines in capture order; `deleted` = removed by a deletion; `pitching` = the product being pitched then. */
export function eventsCsv(log: readonly LogEvent[], excluded: ReadonlySet<string>, pitchAt: (ts: number) => string | null): string {
  const rows = log.map((e) => [
    iso(e.ts), e.ts, e.kind, e.id, e.author?.name ?? '', e.author?.role ?? '', e.text ?? '', e.amount ?? '', e.currency ?? '', e.count ?? '', e.gift ?? '', e.viewers ?? '',
    e.product ? e.product.ref : '', e.labels?.lang ?? '', e.labels?.sentiment ?? '', e.labels?.sentimentScore ?? '', e.labels?.intent ?? '', e.labels?.intentScore ?? '',
    e.kind !== 'viewers' && excluded.has(e.id) ? 'yes' : '', pitchAt(e.ts) ?? '', e.pitch ? (e.pitch.sku ?? 'stop') : '',
  ]);
  return unparse(EVENT_COLUMNS, rows);
}

export const SERIES_COLUMNS = ['minute', 'ts', 'viewers', 'mood', 'comments', 'likes', 'gifts', 'purchases', 'joins', 'follows', 'labelled', 'pitching', ...INTENTS.map((i) => `intent_${i}`)];

export function seriesCsv(series: readonly MinutePoint[]): string {
  const rows = series.map((p) => [iso(p.ts), p.ts, p.viewers ?? '', p.mood === null ? '' : round(p.mood), p.comments, p.likes, p.gifts, p.purchases, p.joins, p.follows, p.labelled, p.pitching ?? '', ...p.intent]);
  return unparse(SERIES_COLUMNS, rows);
}

const round = (x: number) => Math.round(x * 1000) / 1000;
