import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CAPTURE_LIMITS, cleanRow, cleanText } from '../limits';

describe('capture limits', () => {
  it('a 100 kB message is cut to the text limit with an ellipsis; nothing else changes', () => {
    const huge = 'x'.repeat(100_000);
    const t = cleanText(huge, CAPTURE_LIMITS.text);
    expect(t).toHaveLength(CAPTURE_LIMITS.text);
    expect(t.endsWith('…')).toBe(true);
    expect(cleanText('hello 扣1 👨‍👩‍👧', 50)).toBe('hello 扣1 👨‍👩‍👧');
  });

  it('removes bidi overrides, zero-width spaces and control characters; keeps ZWJ emoji sequences', () => {
    expect(cleanText('admin\u202Erotaredom\u202C', 100)).toBe('adminrotaredom');
    expect(cleanText('扣\u200B1\u2060\uFEFF', 100)).toBe('扣1');
    expect(cleanText('a\u0000b\u0007c', 100)).toBe('abc');
    expect(cleanText('\u2067مرحبا\u2069 hi', 100)).toBe('مرحبا hi');
    expect(cleanText('👩\u200D💻', 100)).toBe('👩\u200D💻');
  });

  it('never splits a surrogate pair when cutting', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), fc.integer({ min: 2, max: 40 }), (s, max) => {
        const t = cleanText(s, max);
        expect(t.length).toBeLessThanOrEqual(max);
        expect(() => encodeURIComponent(t)).not.toThrow(); // a lone surrogate throws URIError
      }),
    );
  });

  it('cleans every string of a row: author, badges, gift, product', () => {
    const row = cleanRow({
      kind: 'gift',
      author: { name: `\u202E${'n'.repeat(500)}`, role: 'viewer', badges: Array.from({ length: 50 }, (_, i) => `b${i}`) },
      gift: 'Rose\u200B',
      count: 3,
      product: { ref: '#3', title: 't'.repeat(1000), price: '¥59.9' },
    });
    expect(row.author!.name).toHaveLength(CAPTURE_LIMITS.name);
    expect(row.author!.name.startsWith('nnn')).toBe(true);
    expect(row.author!.badges).toHaveLength(CAPTURE_LIMITS.badges);
    expect(row.gift).toBe('Rose');
    expect(row.product!.title).toHaveLength(CAPTURE_LIMITS.field);
    expect(row.count).toBe(3);
  });
});
