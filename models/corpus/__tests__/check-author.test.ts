import { describe, expect, it } from 'vitest';
import { INTENTS } from '../../../lib/ml/labels';
import { checkTable } from '../check-author';
import { AUTHORS } from '../authors';
import { AUTHORS_V3 } from '../authors-v3';

const full = (over: Record<string, string[]> = {}): Record<string, string[]> => ({
  ...Object.fromEntries(INTENTS.map((i) => [i, [i === 'complaint' ? 'n|bad' : i === 'praise' ? 'p|good' : `0|${i} line`]])),
  ...over,
});

describe('checkTable', () => {
  it('accepts a well-formed table', () => {
    expect(checkTable('LINES', full())).toEqual([]);
  });
  it('reports missing intents, bad entries, unknown slots, fixed sentiments and duplicates', () => {
    const t = full({ ask_price: ['x|how much', '0|price of {thing}', '0|dup', '0|DUP'], praise: ['0|nice'] });
    delete t.spam;
    const errors = checkTable('LINES', t).join('\n');
    expect(errors).toContain('LINES.spam: missing');
    expect(errors).toContain('bad entry "x|how much"');
    expect(errors).toContain('unknown slot {thing}');
    expect(errors).toContain('LINES.praise: sentiment must be p');
    expect(errors).toContain('duplicate "DUP"');
  });
});

describe('corpus authors', () => {
  it('every author file passes the checker', () => {
    for (const a of [...AUTHORS, ...AUTHORS_V3]) expect([...checkTable(`${a.id}.LINES`, a.lines), ...checkTable(`${a.id}.MIXED`, a.mixed)]).toEqual([]);
  });
});
