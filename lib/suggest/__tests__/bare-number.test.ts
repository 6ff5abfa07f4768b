import { describe, expect, it } from 'vitest';
import { extractSlots } from '../slots/extract';
import { CATALOG } from './fixtures';

// CATALOG: #2 hoodie (sizes S–XL), #3 mug, #5 scarf. The hoodie is pitched in every case.
const slots = (text: string) => extractSlots(text, CATALOG, 'HOOD');

describe('a bare listing number in a product question', () => {
  it('names the product with that number, leading the line or at its end', () => {
    for (const text of ['3 how much', '3 how much🛒', 'how much is 3', 'is 3 still available', 'is the 5 still available?', '3多少钱', '5还有吗']) {
      expect(slots(text), text).toMatchObject({ sku: text.includes('5') ? 'SCARF' : 'MUG', via: 'number' });
    }
  });

  it('leaves counts, units, sizes, unknown numbers and non-product questions alone', () => {
    for (const text of ['how much for 3', '3 pcs how much', '2件多少钱', '3 days to ship?', '160斤穿什么码', 'how much is 9', '3 colours?']) {
      expect(slots(text).sku, text).not.toBe('MUG');
    }
    // A number that is also a size the catalog sells is a size question.
    const jeans = [{ sku: 'JEAN', number: '28', title: 'Jeans', aliases: [], sizes: [], colours: [] }, { sku: 'PANT', number: '4', title: 'Pants', aliases: [], sizes: ['26', '28'], colours: [] }];
    expect(extractSlots('28 available?', jeans, 'PANT').sku).toBe('PANT');
  });
});
