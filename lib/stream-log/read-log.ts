import { parseEventLog } from '../events/event-log';
import { decodeText, NOT_UTF8 } from '../files/decode-text';
import { planImport, type ImportPlan } from './plan-import';

export type LogReadResult = ImportPlan & {
  /** The file as a whole cannot be imported (not text, another encoding), or no line of it is an event. */
  fatal?: string;
};

/** A chosen event-log file, from its bytes: decoded, parsed and planned; bad lines listed. Stores nothing. */
export function readLogImport(bytes: Uint8Array): LogReadResult {
  const d = decodeText(bytes);
  if ('fatal' in d) return { streams: [], errors: [], good: 0, fatal: d.fatal };
  const plan = planImport(parseEventLog(d.text), d.text.split(/\r?\n/));
  const errors = [...plan.errors, ...d.badLines.map((line) => ({ line, message: NOT_UTF8, raw: '' }))].sort((a, b) => a.line - b.line);
  const first = errors[0];
  // Not one good line: most likely not an event log of this format at all; say so above the list.
  const fatal = !plan.good && first ? `no line is an event of this log format (${errors.length} bad; line ${first.line}: ${first.message}) — is it a log of another version or program?` : undefined;
  return { ...plan, errors, ...(fatal ? { fatal } : {}) };
}
