import type { PitchRecord, StoredEvent, StreamRecord, ViewerSample } from '../db/schema';
import type { LogEvent } from '../events/event-log';

/** Every field of a log line (formats.md): what storage adds beside them (streamId, seq, deleted…) stays out. */
const LOG_FIELDS = ['platform', 'streamKey', 'kind', 'id', 'ts', 'author', 'text', 'amount', 'currency', 'count', 'gift', 'viewers', 'product', 'targetId', 'labels'] as const;

export function toLogEvent(e: StoredEvent): LogEvent {
  const out: Record<string, unknown> = {};
  for (const k of LOG_FIELDS) if (e[k] !== undefined) out[k] = e[k];
  return out as unknown as LogEvent;
}

/**
 * A pitch that no line at its `ts` can carry becomes a line of its own: a `product` line with a
 * `pitch` and no `product`. The importer reads such a line as the pitch only (see planImport).
 */
export const isPitchOnlyLine = (e: LogEvent): boolean => e.kind === 'product' && e.pitch !== undefined && e.product === undefined;

const byTs = <T extends { ts: number }>(a: T, b: T) => a.ts - b.ts;

/**
 * One stream as an event log, in capture order: stored events by arrival (`seq`), viewer readings
 * (kept in their own table, by time) placed before the first event that is later than them, and
 * pitch markers on a line with the pitch's exact time. Importing the result gives the same stream,
 * and exporting that again gives the same text.
 */
export function streamToLog(stream: Pick<StreamRecord, 'platform' | 'roomKey'>, events: readonly StoredEvent[], samples: readonly ViewerSample[], pitches: readonly PitchRecord[]): LogEvent[] {
  const readings = [...samples].sort((a, b) => byTs(a, b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const lines: LogEvent[] = [];
  let r = 0;
  const reading = (s: ViewerSample): LogEvent => ({ platform: stream.platform, streamKey: stream.roomKey, kind: 'viewers', id: s.id, ts: s.ts, viewers: s.viewers });
  for (const e of [...events].sort((a, b) => a.seq - b.seq)) {
    while (r < readings.length && readings[r]!.ts < e.ts) lines.push(reading(readings[r++]!));
    lines.push(toLogEvent(e));
  }
  while (r < readings.length) lines.push(reading(readings[r++]!));
  return withPitches(lines, stream, pitches);
}

function withPitches(lines: LogEvent[], stream: Pick<StreamRecord, 'platform' | 'roomKey'>, pitches: readonly PitchRecord[]): LogEvent[] {
  const out = [...lines];
  const sorted = [...pitches].sort((a, b) => byTs(a, b) || (a.id ?? 0) - (b.id ?? 0));
  // Pitches at one instant keep their order on the lines: each goes on a line after the previous
  // one's, or re-reading the log would reorder them (the last marker of an instant wins).
  let instant = Number.NaN;
  let lastHost = -1;
  sorted.forEach((p, k) => {
    if (p.ts !== instant) [instant, lastHost] = [p.ts, -1];
    const same = out.flatMap((l, i) => (i > lastHost && l.ts === p.ts && !l.pitch ? [i] : []));
    // A product line (the page's pinned product) is the natural carrier; any line at that time will do.
    const host = same.find((i) => out[i]!.kind === 'product') ?? same[0];
    if (host !== undefined) {
      out[host] = { ...out[host]!, pitch: { sku: p.sku } };
      lastHost = host;
      return;
    }
    const at = out.findIndex((l) => l.ts > p.ts);
    const marker: LogEvent = { platform: stream.platform, streamKey: stream.roomKey, kind: 'product', id: `pitch-${p.ts}-${k}`, ts: p.ts, pitch: { sku: p.sku } };
    out.splice(at < 0 ? out.length : at, 0, marker);
    lastHost = at < 0 ? out.length - 1 : at;
  });
  return out;
}
