import { describe, expect, it } from 'vitest';
import { decodeText, IMPORT_MAX_BYTES, NOT_UTF8, sizeProblem } from '../decode-text';

const utf8 = (s: string) => new TextEncoder().encode(s);
const cat = (...parts: (Uint8Array | number[])[]) => Uint8Array.from(parts.flatMap((p) => [...p]));

describe('decodeText', () => {
  it('reads UTF-8 (with or without a BOM) as is', () => {
    expect(decodeText(utf8('sku,title\nA,卫衣 ✓\n'))).toEqual({ text: 'sku,title\nA,卫衣 ✓\n', badLines: [] });
    expect(decodeText(cat([0xef, 0xbb, 0xbf], utf8('sku,title\n')))).toEqual({ text: 'sku,title\n', badLines: [] });
  });

  it('reads UTF-16 with a byte-order mark (Excel "Unicode text")', () => {
    const le = cat([0xff, 0xfe], [...'sku\n卫'].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]));
    expect(decodeText(le)).toEqual({ text: 'sku\n卫', badLines: [] });
  });

  it('names a workbook or a binary file instead of reading it', () => {
    expect(decodeText(cat([0x50, 0x4b, 0x03, 0x04], utf8('xl/workbook.xml')))).toEqual({ fatal: expect.stringMatching(/xlsx.*CSV UTF-8/) });
    expect(decodeText(cat(utf8('abc'), [0, 1, 2]))).toEqual({ fatal: expect.stringMatching(/not a text file/) });
  });

  it('a file in another encoding (GBK) is refused as a whole, saying so', () => {
    const gbk = cat(utf8('sku,title\n'), utf8('A,'), [0xd6, 0xd0, 0xce, 0xc4], utf8('\nB,'), [0xce, 0xc0, 0xd2, 0xc2], utf8('\n'));
    expect(decodeText(gbk)).toEqual({ fatal: expect.stringMatching(/not UTF-8 text \(2 of 3 lines.*GBK/) });
  });

  it('a few lines that are not UTF-8 are blanked and named; the others are read', () => {
    const mixed = cat(utf8('sku,title\nA,ok\nB,caf'), [0xe9], utf8('\nC,fine\n'));
    expect(decodeText(mixed)).toEqual({ text: 'sku,title\nA,ok\n\nC,fine\n', badLines: [3] });
    expect(NOT_UTF8).toMatch(/UTF-8/);
  });

  it('too big a file is refused before reading, with its size', () => {
    expect(sizeProblem(IMPORT_MAX_BYTES.table, IMPORT_MAX_BYTES.table)).toBeNull();
    expect(sizeProblem(31.25 * 1024 * 1024, IMPORT_MAX_BYTES.table)).toBe('the file is 31.3 MB; at most 20.0 MB can be imported — split it into smaller files');
  });
});
