import { describe, expect, it } from 'vitest';
import { parseCatalog, parseFaq, readImport } from '..';
import { MAX_FIELD_CHARS } from '../field-types';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('corrupted catalog and FAQ files', () => {
  it('a CSV row that is not UTF-8 is listed by line; the other rows import', () => {
    const bytes = Uint8Array.from([...utf8('sku,title\nA,Mug\nB,Caf'), 0xe9, ...utf8(' cup\nC,Tee\n')]);
    const r = readImport(bytes, parseCatalog);
    expect(r.fatal).toBeUndefined();
    expect(r.rows.map((p) => p.sku)).toEqual(['A', 'C']);
    expect(r.errors).toEqual([{ line: 3, message: expect.stringMatching(/not UTF-8/) }]);
  });

  it('a JSON file with an unreadable line names the line, not the JSON parser', () => {
    const bytes = Uint8Array.from([...utf8('[{"sku":"A","title":"Mug"},\n{"sku":"B","title":"Caf'), 0xe9, ...utf8('"},\n{"sku":"C","title":"x"},\n{"sku":"D","title":"y"}]')]);
    expect(readImport(bytes, parseCatalog)).toEqual({ rows: [], errors: [], fatal: expect.stringMatching(/^line 2 holds bytes that are not UTF-8/) });
  });

  it('a truncated FAQ JSON is refused as a whole with the parser’s reason', () => {
    const r = parseFaq('[{"id":"ship","questions":["when"],"answers":["48 h"]},{"id":"ret');
    expect(r).toEqual({ rows: [], errors: [], fatal: expect.stringMatching(/^not valid JSON/) });
  });

  it('wrong types in FAQ JSON are row errors (never "[object Object]" stored); good rows stay', () => {
    const r = parseFaq(
      JSON.stringify([
        { id: 'ok', questions: ['when does it ship'], answers: ['in 48 h'] },
        { id: 'obj', questions: { en: 'when' }, answers: ['x'] },
        { id: 'nested', questions: ['a', ['b']], answers: 'fine' },
        { id: 'flag', questions: 'q', answers: 'a', enabled: { yes: true } },
        { id: 7, questions: 'q', answers: 'a', threshold: 'high' },
      ]),
    );
    expect(r.rows.map((e) => e.id)).toEqual(['ok']);
    expect(r.errors.map((e) => [e.line, e.message])).toEqual([
      [2, 'questions must be a text or a list of texts, not an object'],
      [3, 'questions must be a list of texts'],
      [4, 'enabled must be a text or a number, not an object'],
      [5, 'threshold "high" is not between 0 and 1'],
    ]);
  });

  it('wrong types and huge fields in catalog JSON are row errors', () => {
    const r = parseCatalog(
      JSON.stringify([
        { sku: 'A', title: 'Mug', price: 9.5, sizes: ['S', 'M'] },
        { sku: 'B', title: ['Mug'], price: 3 },
        { sku: 'C', title: 'Tee', price: { usd: 3 } },
        { sku: 'D', title: 'Long', description: 'x'.repeat(MAX_FIELD_CHARS + 1) },
      ]),
    );
    expect(r.rows.map((p) => p.sku)).toEqual(['A']);
    expect(r.errors.map((e) => [e.line, e.key, e.message])).toEqual([
      [2, 'B', 'title must be a text or a number, not a list'],
      [3, 'C', 'price must be a text or a number, not an object'],
      [4, 'D', `description is ${MAX_FIELD_CHARS + 1} characters long (at most ${MAX_FIELD_CHARS})`],
    ]);
  });
});
