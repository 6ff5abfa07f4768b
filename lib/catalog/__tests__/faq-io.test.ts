import { describe, expect, it } from 'vitest';
import { faqToCsv, faqToJson, parseFaq } from '../faq-io';
import type { FaqEntry } from '../types';

const ENTRIES: FaqEntry[] = [
  { id: 'ship-time', lang: 'en', questions: ['how long does shipping take', 'when will it arrive'], answers: ['Orders ship within 48 hours; delivery takes 3-5 days.'], product: 'SKU-12', enabled: true },
  { id: 'returns', lang: 'zh', questions: ['可以退货吗', '七天无理由吗'], answers: ['支持7天无理由退货，运费险已含。', '可以退，7天无理由。'], enabled: false, keywords: ['退'], threshold: 0.6 },
];

describe('FAQ import/export', () => {
  it('JSON and CSV round-trip (formats.md fields plus the optional matching fields)', () => {
    expect(parseFaq(faqToJson(ENTRIES)).rows).toEqual(ENTRIES);
    expect(parseFaq(faqToCsv(ENTRIES)).rows).toEqual(ENTRIES);
  });

  it('enabled defaults to true and lang to any', () => {
    expect(parseFaq('[{"id":"a","questions":["q"],"answers":["x"]}]').rows[0]).toEqual({ id: 'a', lang: 'any', questions: ['q'], answers: ['x'], enabled: true });
  });

  it('reports bad entries with their position and keeps the good ones', () => {
    const r = parseFaq(JSON.stringify([{ id: 'a', questions: ['q'], answers: ['x'] }, { id: 'a', questions: [], answers: ['y'], lang: 'fr' }, 5, { id: 'c', questions: ['q'], answers: ['z'], product: 'NOPE' }]), new Set(['SKU-1']));
    expect(r.rows.map((e) => e.id)).toEqual(['a']);
    expect(r.errors.map((e) => e.line)).toEqual([2, 3, 4]);
    expect(r.errors[0]?.message).toMatch(/duplicate id "a".*lang "fr".*no questions/);
    expect(r.errors[2]?.message).toMatch(/product "NOPE" is not in the catalog/);
  });

  it('rejects CSVs with wrong columns', () => {
    expect(parseFaq('question,answer\nq,a\n').fatal).toMatch(/missing column\(s\) id, questions, answers/);
  });
});
