/**
 * Types of an imported row's fields, checked before their values are read: in a JSON file a field
 * can hold anything, and `String({})` would import "[object Object]" as a title or an FAQ answer.
 * Also bounds each text, so a broken file cannot fill the catalog with megabyte-long fields.
 */
export const MAX_FIELD_CHARS = 10_000;

const isScalar = (v: unknown) => v === null || v === undefined || ['string', 'number', 'boolean'].includes(typeof v);
const kind = (v: unknown) => (Array.isArray(v) ? 'a list' : typeof v === 'object' ? 'an object' : typeof v);

/** One message per field of `raw` (among `fields`) with the wrong type or too long a text. */
export function fieldProblems(raw: Partial<Record<string, unknown>>, fields: readonly string[], lists: readonly string[]): string[] {
  const out: string[] = [];
  for (const f of fields) {
    const v = raw[f];
    const list = lists.includes(f);
    if (list && Array.isArray(v)) {
      if (!v.every((x) => typeof x === 'string' || typeof x === 'number')) out.push(`${f} must be a list of texts`);
      else if (v.join('|').length > MAX_FIELD_CHARS) out.push(`${f} is longer than ${MAX_FIELD_CHARS} characters`);
    } else if (!isScalar(v)) out.push(`${f} must be ${list ? 'a text or a list of texts' : 'a text or a number'}, not ${kind(v)}`);
    else if (typeof v === 'string' && v.length > MAX_FIELD_CHARS) out.push(`${f} is ${v.length} characters long (at most ${MAX_FIELD_CHARS})`);
  }
  return out;
}
