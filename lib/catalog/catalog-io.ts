import { readCsv, writeCsv } from './csv';
import { fieldProblems } from './field-types';
import { joinList, splitList } from './list-field';
import { PRODUCT_COLUMNS, type ImportResult, type Product, type RowError } from './types';

const REQUIRED = ['sku', 'title'] as const;
const LISTS = ['aliases', 'sizes', 'colours', 'tags'];
type Raw = Partial<Record<string, unknown>>;

/** Catalog from CSV (header row) or a JSON array, chosen by content. */
export function parseCatalog(text: string): ImportResult<Product> {
  const t = text.replace(/^\uFEFF/, '').trimStart();
  return t.startsWith('[') ? parseCatalogJson(t) : parseCatalogCsv(t);
}

export function parseCatalogCsv(text: string): ImportResult<Product> {
  const records = readCsv(text);
  const head = records[0];
  if (!head) return { rows: [], errors: [], fatal: 'the file is empty' };
  const header = head.cells.map((c) => c.trim().toLowerCase());
  const missing = REQUIRED.filter((c) => !header.includes(c));
  const unknown = header.filter((c) => !(PRODUCT_COLUMNS as readonly string[]).includes(c));
  if (missing.length || unknown.length) {
    const parts = [missing.length ? `missing column(s) ${missing.join(', ')}` : '', unknown.length ? `unknown column(s) ${unknown.join(', ')}` : ''].filter(Boolean);
    return { rows: [], errors: [], fatal: `${parts.join('; ')} — expected a header of ${PRODUCT_COLUMNS.join(',')}` };
  }
  const items = records.slice(1).map((r) => {
    if (r.problem) return { line: r.line, problem: r.problem };
    if (r.cells.length !== header.length) return { line: r.line, problem: `has ${r.cells.length} fields, the header has ${header.length}` };
    return { line: r.line, raw: Object.fromEntries(header.map((h, i) => [h, r.cells[i]])) as Raw };
  });
  return validateProducts(items);
}

export function parseCatalogJson(text: string): ImportResult<Product> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { rows: [], errors: [], fatal: `not valid JSON: ${(e as Error).message}` };
  }
  if (!Array.isArray(data)) return { rows: [], errors: [], fatal: 'expected a JSON array of products' };
  return validateProducts(
    data.map((v, i) =>
      v && typeof v === 'object' && !Array.isArray(v) ? { line: i + 1, raw: v as Raw } : { line: i + 1, problem: 'item is not an object' },
    ),
  );
}

const str = (v: unknown): string => (v === undefined || v === null ? '' : typeof v === 'string' ? v.trim() : String(v).trim());
const list = (v: unknown): string[] => (Array.isArray(v) ? v.map((x) => str(x)).filter(Boolean) : splitList(str(v)));

/** Checks every row; the result holds the good rows and one error per bad row. Stores nothing. */
function validateProducts(items: { line: number; raw?: Raw; problem?: string }[]): ImportResult<Product> {
  const rows: Product[] = [];
  const errors: RowError[] = [];
  const seen = new Map<string, number>();
  for (const { line, raw, problem } of items) {
    if (!raw) {
      errors.push({ line, message: problem ?? 'unreadable row' });
      continue;
    }
    const wrongTypes = fieldProblems(raw, PRODUCT_COLUMNS, LISTS);
    if (wrongTypes.length) {
      errors.push({ line, key: typeof raw.sku === 'string' && raw.sku.length <= 200 ? raw.sku : undefined, message: wrongTypes.join('; ') });
      continue;
    }
    const sku = str(raw.sku);
    const bad: string[] = [];
    if (!sku) bad.push('sku is empty');
    else if (seen.has(sku)) bad.push(`duplicate sku "${sku}" (first on line ${seen.get(sku)})`);
    const title = str(raw.title);
    if (!title) bad.push('title is empty');
    const price = num(raw.price, 'price', bad, false);
    const stock = num(raw.stock, 'stock', bad, true);
    const currency = str(raw.currency).toUpperCase();
    if (currency && !/^[A-Z]{3}$/.test(currency)) bad.push(`currency "${currency}" is not a 3-letter ISO code`);
    if (sku && !seen.has(sku)) seen.set(sku, line);
    if (bad.length) {
      errors.push({ line, key: sku || undefined, message: bad.join('; ') });
      continue;
    }
    const p: Product = { sku, title, aliases: list(raw.aliases), sizes: list(raw.sizes), colours: list(raw.colours), tags: list(raw.tags) };
    const number = str(raw.number).replace(/^#/, '');
    if (number) p.number = number;
    if (price !== undefined) p.price = price;
    if (currency) p.currency = currency;
    if (stock !== undefined) p.stock = stock;
    const description = str(raw.description);
    if (description) p.description = description;
    rows.push(p);
  }
  return { rows, errors };
}

/** One product from form fields, checked by the same rules as an import row. */
export function productFromFields(raw: Record<string, unknown>): { product: Product } | { error: string } {
  const r = validateProducts([{ line: 1, raw }]);
  return r.rows[0] ? { product: r.rows[0] } : { error: r.errors[0]?.message ?? 'invalid product' };
}

function num(v: unknown, name: string, bad: string[], integer: boolean): number | undefined {
  const s = str(v);
  if (!s) return undefined;
  const n = Number(s);
  if (!/^-?\d+(\.\d+)?$/.test(s) || !Number.isFinite(n)) {
    bad.push(`${name} "${s}" is not a number`);
    return undefined;
  }
  if (n < 0) bad.push(`${name} ${s} is negative`);
  else if (integer && !Number.isInteger(n)) bad.push(`${name} ${s} is not a whole number`);
  return n;
}

export function catalogToCsv(products: readonly Product[]): string {
  return writeCsv(
    PRODUCT_COLUMNS,
    products.map((p) => [
      p.sku,
      p.number ?? '',
      p.title,
      joinList(p.aliases),
      p.price === undefined ? '' : String(p.price),
      p.currency ?? '',
      p.stock === undefined ? '' : String(p.stock),
      joinList(p.sizes),
      joinList(p.colours),
      joinList(p.tags),
      p.description ?? '',
    ]),
  );
}

export const catalogToJson = (products: readonly Product[]): string => `${JSON.stringify(products, null, 2)}\n`;
