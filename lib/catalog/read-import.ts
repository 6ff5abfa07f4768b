import { decodeText, NOT_UTF8 } from '../files/decode-text';
import type { ImportResult } from './types';

/**
 * A chosen catalog or FAQ file, from its bytes: decoded (lib/files/decode-text.ts), parsed, and its
 * lines that are not UTF-8 listed with the parser's row errors. Stores nothing.
 */
export function readImport<T>(bytes: Uint8Array, parse: (text: string) => ImportResult<T>): ImportResult<T> {
  const d = decodeText(bytes);
  if ('fatal' in d) return { rows: [], errors: [], fatal: d.fatal };
  const bad = d.badLines.map((line) => ({ line, message: NOT_UTF8 }));
  // In a JSON document a blanked line may hide a whole item or break the rest: refuse it, naming the lines.
  const json = /^\uFEFF?\s*\[/.test(d.text);
  if (bad.length && json) return { rows: [], errors: [], fatal: `line${bad.length > 1 ? 's' : ''} ${d.badLines.join(', ')} ${NOT_UTF8}` };
  const r = parse(d.text);
  if (r.fatal) return r;
  return { ...r, errors: [...r.errors, ...bad].sort((a, b) => a.line - b.line) };
}
