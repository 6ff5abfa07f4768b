/**
 * The event log (`.jsonl`) of formats.md: one LiveEvent per line, optionally with the labels the
 * models gave it and a pitch marker. The stream export, the import, the simulator and every
 * offline command read and write this one format.
 */
import type { CommentLabels } from '../ml/labels';
import { INTENTS, SENTIMENTS } from '../ml/labels';
import { liveEventProblem } from './guards';
import type { LiveEvent } from './live-event';

export interface PitchMark {
  /** Catalog sku the host started pitching at `ts`; null = stopped pitching. */
  sku: string | null;
}

export interface LogEvent extends LiveEvent {
  labels?: CommentLabels;
  pitch?: PitchMark;
}

export interface LogLineError {
  /** 1-based line in the file. */
  line: number;
  message: string;
  /** The line as read, so a command can echo it back with an "error" field. */
  raw: string;
}

export interface ParsedLog {
  events: LogEvent[];
  /** The 1-based file line of each event (same order as `events`), for later checks to point at. */
  lines: number[];
  errors: LogLineError[];
}

const LANGS = ['en', 'zh', 'mixed', 'other'];

function labelsProblem(v: unknown): string | null {
  if (v === undefined) return null;
  if (!v || typeof v !== 'object') return 'labels is not an object';
  const l = v as Record<string, unknown>;
  if (!LANGS.includes(l.lang as string)) return `labels.lang ${JSON.stringify(l.lang)} is not en, zh, mixed or other`;
  if (!(SENTIMENTS as readonly unknown[]).includes(l.sentiment)) return `labels.sentiment ${JSON.stringify(l.sentiment)} is unknown`;
  if (!(INTENTS as readonly unknown[]).includes(l.intent)) return `labels.intent ${JSON.stringify(l.intent)} is unknown`;
  if (typeof l.sentimentScore !== 'number' || typeof l.intentScore !== 'number') return 'labels scores must be numbers';
  return null;
}

/** Why a parsed JSON value is not a valid log line, or null. */
export function logEventProblem(v: unknown): string | null {
  const base = liveEventProblem(v);
  if (base) return base;
  const o = v as Record<string, unknown>;
  const lp = labelsProblem(o.labels);
  if (lp) return lp;
  if (o.pitch !== undefined) {
    const p = o.pitch as Record<string, unknown> | null;
    if (!p || typeof p !== 'object' || !(p.sku === null || typeof p.sku === 'string')) return 'pitch must be {sku: string | null}';
  }
  return null;
}

/**
 * A line that describes the file instead of being an event (`{"version": 2, …}`): logs of another
 * program, or of a later format, start so. The message says what this reader expects.
 */
function headerProblem(v: unknown): string | null {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return null;
  const o = v as Record<string, unknown>;
  const tag = ['version', 'formatVersion', 'schemaVersion', 'format', 'schema'].find((k) => k in o);
  if (!tag || 'kind' in o) return null;
  return `a file header (${tag} ${JSON.stringify(o[tag]).slice(0, 40)}), not an event: this reader takes one event per line with no header (formats.md) — the log is of another version or program`;
}

/** Parses JSON-lines text: blank lines skipped, each bad line reported with its number and kept aside. */
export function parseEventLog(text: string): ParsedLog {
  const events: LogEvent[] = [];
  const lines: number[] = [];
  const errors: LogLineError[] = [];
  const all = text.split(/\r?\n/);
  all.forEach((raw, i) => {
    if (!raw.trim()) return;
    let v: unknown;
    try {
      v = JSON.parse(raw);
    } catch {
      // A copy or download that stopped early leaves the last line half written.
      const cut = i === all.length - 1 && /^\s*\{/.test(raw);
      errors.push({ line: i + 1, message: cut ? 'not JSON: the file ends in the middle of this line (cut off?)' : 'not JSON', raw });
      return;
    }
    const problem = headerProblem(v) ?? logEventProblem(v);
    if (problem) errors.push({ line: i + 1, message: problem, raw });
    else {
      events.push(v as LogEvent);
      lines.push(i + 1);
    }
  });
  return { events, lines, errors };
}

export const serializeEventLog = (events: readonly LogEvent[]): string => events.map((e) => JSON.stringify(e)).join('\n') + (events.length ? '\n' : '');

/** The sku a line starts pitching (formats.md: a `pitch` marker, or a product event resolving to the catalog). */
export function pitchOf(e: LogEvent, resolveRef: (ref: string) => string | null): PitchMark | null {
  if (e.pitch) return e.pitch;
  if (e.kind === 'product' && e.product) {
    const sku = resolveRef(e.product.ref) ?? (e.product.title ? resolveRef(e.product.title) : null);
    return sku ? { sku } : null;
  }
  return null;
}
