import { cleanEvent } from '../capture/limits';
import type { LogEvent, LogLineError, ParsedLog } from '../events/event-log';
import type { LiveEvent, PlatformId } from '../events/live-event';
import type { CommentLabels } from '../ml/labels';
import { isPitchOnlyLine } from './to-log';

/** One stream a log holds: its events (labels kept, pitch markers taken off) and its pitches. */
export interface StreamPlan {
  platform: PlatformId;
  streamKey: string;
  events: (LiveEvent & { labels?: CommentLabels })[];
  pitches: { ts: number; sku: string | null }[];
  firstTs: number;
  lastTs: number;
}

export interface ImportPlan {
  streams: StreamPlan[];
  /** Bad lines (from parsing and from these checks), by line number. Nothing is imported for them. */
  errors: LogLineError[];
  /** Lines that will be imported. */
  good: number;
}

/**
 * Groups a parsed log into streams (one per platform + streamKey, in order of first appearance) and
 * checks what parsing cannot: an id used twice in a stream. Pure; stores nothing.
 */
export function planImport(parsed: ParsedLog, rawLines?: readonly string[]): ImportPlan {
  const errors = [...parsed.errors];
  const streams = new Map<string, StreamPlan>();
  // Viewer readings and other events are stored apart, each keyed by id: check ids within each.
  const seen = new Map<string, number>();
  let good = 0;
  parsed.events.forEach((e, i) => {
    const line = parsed.lines[i] ?? 0;
    const key = `${e.platform}\u0000${e.streamKey}`;
    const pitchOnly = isPitchOnlyLine(e);
    const idKey = `${key}\u0000${e.kind === 'viewers' ? 'v' : pitchOnly ? 'p' : 'e'}\u0000${e.id}`;
    const first = seen.get(idKey);
    if (first !== undefined) {
      errors.push({ line, message: `duplicate id "${e.id}" (first on line ${first})`, raw: rawLines?.[line - 1] ?? JSON.stringify(e) });
      return;
    }
    seen.set(idKey, line);
    good++;
    let s = streams.get(key);
    if (!s) streams.set(key, (s = { platform: e.platform, streamKey: e.streamKey, events: [], pitches: [], firstTs: e.ts, lastTs: e.ts }));
    s.firstTs = Math.min(s.firstTs, e.ts);
    s.lastTs = Math.max(s.lastTs, e.ts);
    if (e.pitch) s.pitches.push({ ts: e.ts, sku: e.pitch.sku });
    // Invisible formatting removed and sizes capped, as capture does (lib/capture/limits.ts).
    if (!pitchOnly) s.events.push(withoutPitch(cleanEvent(e)));
  });
  errors.sort((a, b) => a.line - b.line);
  return { streams: [...streams.values()], errors, good };
}

function withoutPitch({ pitch: _p, ...e }: LogEvent): LiveEvent & { labels?: CommentLabels } {
  return e;
}
