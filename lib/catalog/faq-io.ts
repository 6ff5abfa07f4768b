import { readCsv, writeCsv } from './csv';
import { fieldProblems } from './field-types';
import { joinList, splitList } from './list-field';
import { FAQ_COLUMNS, FAQ_LANGS, type FaqEntry, type FaqLang, type ImportResult, type RowError } from './types';

/** Optional matching columns beyond formats.md's six (written only when an entry uses them). */
const EXTRA_COLUMNS = ['keywords', 'regex', 'threshold'] as const;
const FIELDS = [...FAQ_COLUMNS, ...EXTRA_COLUMNS];
const LISTS = ['questions', 'answers', 'keywords'];
type Raw = Partial<Record<string, unknown>>;

/** FAQ from a JSON array (formats.md) or CSV (`id,lang,questions,answers,product,enabled`), by content. */
export function parseFaq(text: string, knownSkus?: ReadonlySet<string>): ImportResult<FaqEntry> {
  const t = text.replace(/^\uFEFF/, '').trimStart();
  return t.startsWith('[') ? parseFaqJson(t, knownSkus) : parseFaqCsv(t, knownSkus);
}

export function parseFaqJson(text: string, knownSkus?: ReadonlySet<string>): ImportResult<FaqEntry> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { rows: [], errors: [], fatal: `not valid JSON: ${(e as Error).message}` };
  }
  if (!Array.isArray(data)) return { rows: [], errors: [], fatal: 'expected a JSON array of FAQ entries' };
  return validateFaq(
    data.map((v, i) => (v && typeof v === 'object' && !Array.isArray(v) ? { line: i + 1, raw: v as Raw } : { line: i + 1, problem: 'item is not an object' })),
    knownSkus,
  );
}

export function parseFaqCsv(text: string, knownSkus?: ReadonlySet<string>): ImportResult<FaqEntry> {
  const records = readCsv(text);
  const head = records[0];
  if (!head) return { rows: [], errors: [], fatal: 'the file is empty' };
  const header = head.cells.map((c) => c.trim().toLowerCase());
  const allowed: readonly string[] = [...FAQ_COLUMNS, ...EXTRA_COLUMNS];
  const missing = ['id', 'questions', 'answers'].filter((c) => !header.includes(c));
  const unknown = header.filter((c) => !allowed.includes(c));
  if (missing.length || unknown.length) {
    const parts = [missing.length ? `missing column(s) ${missing.join(', ')}` : '', unknown.length ? `unknown column(s) ${unknown.join(', ')}` : ''].filter(Boolean);
    return { rows: [], errors: [], fatal: `${parts.join('; ')} — expected a header of ${FAQ_COLUMNS.join(',')}` };
  }
  const items = records.slice(1).map((r) => {
    if (r.problem) return { line: r.line, problem: r.problem };
    if (r.cells.length !== header.length) return { line: r.line, problem: `has ${r.cells.length} fields, the header has ${header.length}` };
    return { line: r.line, raw: Object.fromEntries(header.map((h, i) => [h, r.cells[i]])) as Raw };
  });
  return validateFaq(items, knownSkus);
}

const str = (v: unknown): string => (v === undefined || v === null ? '' : typeof v === 'string' ? v.trim() : String(v).trim());
const list = (v: unknown): string[] => (Array.isArray(v) ? v.map((x) => str(x)).filter(Boolean) : splitList(str(v)));

function bool(v: unknown): boolean | 'bad' {
  if (v === undefined || v === null || v === '') return true;
  if (typeof v === 'boolean') return v;
  const s = str(v).toLowerCase();
  if (['true', '1', 'yes', 'y'].includes(s)) return true;
  if (['false', '0', 'no', 'n'].includes(s)) return false;
  return 'bad';
}

function validateFaq(items: { line: number; raw?: Raw; problem?: string }[], knownSkus?: ReadonlySet<string>): ImportResult<FaqEntry> {
  const rows: FaqEntry[] = [];
  const errors: RowError[] = [];
  const seen = new Map<string, number>();
  for (const { line, raw, problem } of items) {
    if (!raw) {
      errors.push({ line, message: problem ?? 'unreadable row' });
      continue;
    }
    const wrongTypes = fieldProblems(raw, FIELDS, LISTS);
    if (wrongTypes.length) {
      errors.push({ line, key: typeof raw.id === 'string' && raw.id.length <= 200 ? raw.id : undefined, message: wrongTypes.join('; ') });
      continue;
    }
    const bad: string[] = [];
    const id = str(raw.id);
    if (!id) bad.push('id is empty');
    else if (seen.has(id)) bad.push(`duplicate id "${id}" (first on line ${seen.get(id)})`);
    const lang = (str(raw.lang) || 'any').toLowerCase();
    if (!(FAQ_LANGS as readonly string[]).includes(lang)) bad.push(`lang "${lang}" is not en, zh or any`);
    const questions = list(raw.questions);
    if (!questions.length) bad.push('no questions');
    const answers = list(raw.answers);
    if (!answers.length) bad.push('no answers');
    const product = str(raw.product);
    if (product && knownSkus && !knownSkus.has(product)) bad.push(`product "${product}" is not in the catalog`);
    const enabled = bool(raw.enabled);
    if (enabled === 'bad') bad.push(`enabled "${str(raw.enabled)}" is not true or false`);
    const keywords = list(raw.keywords);
    const regex = str(raw.regex);
    if (regex) {
      try {
        new RegExp(regex, 'iu');
      } catch {
        bad.push(`regex "${regex}" does not compile`);
      }
    }
    const thr = str(raw.threshold);
    const threshold = thr ? Number(thr) : undefined;
    if (threshold !== undefined && !(threshold >= 0 && threshold <= 1)) bad.push(`threshold "${thr}" is not between 0 and 1`);
    if (id && !seen.has(id)) seen.set(id, line);
    if (bad.length) {
      errors.push({ line, key: id || undefined, message: bad.join('; ') });
      continue;
    }
    const e: FaqEntry = { id, lang: lang as FaqLang, questions, answers, enabled: enabled as boolean };
    if (product) e.product = product;
    if (keywords.length) e.keywords = keywords;
    if (regex) e.regex = regex;
    if (threshold !== undefined) e.threshold = threshold;
    rows.push(e);
  }
  return { rows, errors };
}

/** One FAQ entry from form fields, checked by the same rules as an import row. */
export function faqEntryFromFields(raw: Record<string, unknown>, knownSkus?: ReadonlySet<string>): { entry: FaqEntry } | { error: string } {
  const r = validateFaq([{ line: 1, raw }], knownSkus);
  return r.rows[0] ? { entry: r.rows[0] } : { error: r.errors[0]?.message ?? 'invalid FAQ entry' };
}

export function faqToCsv(entries: readonly FaqEntry[]): string {
  const extra = EXTRA_COLUMNS.filter((c) => entries.some((e) => e[c] !== undefined));
  return writeCsv(
    [...FAQ_COLUMNS, ...extra],
    entries.map((e) => [
      e.id,
      e.lang,
      joinList(e.questions),
      joinList(e.answers),
      e.product ?? '',
      String(e.enabled),
      ...extra.map((c) => (c === 'keywords' ? joinList(e.keywords) : c === 'regex' ? (e.regex ?? '') : e.threshold === undefined ? '' : String(e.threshold))),
    ]),
  );
}

export const faqToJson = (entries: readonly FaqEntry[]): string => `${JSON.stringify(entries, null, 2)}\n`;
