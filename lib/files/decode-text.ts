/**
 * Turns the bytes of a file a person chose (catalog, FAQ, event log) into text, and says plainly
 * what is wrong when it is not UTF-8 text: a spreadsheet saved as .xlsx, a GBK or Latin-1 CSV from
 * an old Excel, a binary file. UTF-16 with a byte-order mark (Excel's "Unicode text") is read as
 * such. A line whose bytes are not UTF-8 is blanked (so it cannot import as mojibake) and reported
 * by number; the other lines still import.
 */

export interface DecodedText {
  text: string;
  /** 1-based lines that held bytes that are not UTF-8 text (blank in `text`). */
  badLines: number[];
}

export type DecodeResult = DecodedText | { fatal: string };

/** The largest files an import reads: a catalog or FAQ is small; an 8-hour stream's log is ~300 MB. */
export const IMPORT_MAX_BYTES = { table: 20 * 1024 * 1024, log: 512 * 1024 * 1024 } as const;

export const NOT_UTF8 = 'holds bytes that are not UTF-8 text (save the file as UTF-8)';

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

/** Why a file of `size` bytes is not read at all, or null. Checked before reading it into memory. */
export function sizeProblem(size: number, max: number): string | null {
  return size > max ? `the file is ${mb(size)}; at most ${mb(max)} can be imported — split it into smaller files` : null;
}

const startsWith = (b: Uint8Array, sig: number[]) => sig.every((x, i) => b[i] === x);

export function decodeText(bytes: Uint8Array): DecodeResult {
  if (startsWith(bytes, [0xff, 0xfe])) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), badLines: [] };
  if (startsWith(bytes, [0xfe, 0xff])) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), badLines: [] };
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return { fatal: 'this is a zip file (an Excel .xlsx workbook?), not text — save it as "CSV UTF-8" and import that' };
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) return { fatal: 'this is an old Excel .xls workbook, not text — save it as "CSV UTF-8" and import that' };
  if (bytes.subarray(0, 4096).includes(0)) return { fatal: 'this is not a text file (it holds NUL bytes)' };
  const strict = new TextDecoder('utf-8', { fatal: true });
  try {
    return { text: strict.decode(bytes), badLines: [] };
  } catch {
    // Find the lines at fault: decode line by line.
  }
  const lines: string[] = [];
  const badLines: number[] = [];
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i < bytes.length && bytes[i] !== 0x0a) continue;
    const line = bytes.subarray(start, i);
    try {
      lines.push(strict.decode(line));
    } catch {
      badLines.push(lines.length + 1);
      lines.push('');
    }
    start = i + 1;
  }
  const filled = lines.filter((l, i) => l.trim() || badLines.includes(i + 1)).length;
  // Most lines unreadable: the whole file is in another encoding; one message says so.
  if (badLines.length * 2 >= filled)
    return { fatal: `the file is not UTF-8 text (${badLines.length} of ${filled} lines are not; GBK or Latin-1?) — save it as UTF-8 ("CSV UTF-8" in Excel) and import again` };
  return { text: lines.join('\n'), badLines };
}
