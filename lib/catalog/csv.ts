import Papa from 'papaparse';

/** One CSV record with the 1-based file line it starts on (quoted fields may span lines). */
export interface CsvRecord {
  line: number;
  cells: string[];
  /** Papa's complaint about this record (an unclosed quote, …), if any. */
  problem?: string;
}

/**
 * Reads CSV text with Papa Parse (quotes, commas and newlines inside fields, a UTF-8 BOM) and keeps
 * each record's starting line so an import can point the user at the exact row.
 */
export function readCsv(text: string): CsvRecord[] {
  const src = text.replace(/^\uFEFF/, '');
  const out: CsvRecord[] = [];
  let start = 0;
  Papa.parse<string[]>(src, {
    header: false,
    // Never auto-detect: list fields hold '|', which Papa would otherwise take for the delimiter.
    delimiter: ',',
    skipEmptyLines: false,
    step: (res) => {
      const cursor = res.meta.cursor;
      const cells = res.data;
      const blank = cells.length === 1 && cells[0]?.trim() === '';
      if (!blank || res.errors.length) {
        const line = 1 + countNewlines(src, start);
        const problem = res.errors.map((e) => describe(e)).join('; ') || undefined;
        out.push({ line, cells, problem });
      }
      start = cursor;
    },
  });
  return out;
}

function countNewlines(s: string, end: number): number {
  let n = 0;
  for (let i = 0; i < end; i += 1) if (s.charCodeAt(i) === 10) n += 1;
  return n;
}

function describe(e: Papa.ParseError): string {
  if (e.code === 'MissingQuotes') return 'a quoted field is never closed (broken quote)';
  if (e.code === 'InvalidQuotes') return 'stray quote inside a field';
  return e.message;
}

/** CSV text from a header and rows, written by Papa Parse (quotes what needs quoting). */
export function writeCsv(columns: readonly string[], rows: string[][]): string {
  return Papa.unparse({ fields: [...columns], data: rows }, { newline: '\n' }) + '\n';
}
