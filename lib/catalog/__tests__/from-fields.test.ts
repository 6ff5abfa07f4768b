import { describe, expect, it } from 'vitest';
import { faqEntryFromFields, productFromFields } from '../index';

describe('form fields checked by the importers’ rules', () => {
  it('a product from form strings and lists, or the import row message', () => {
    expect(productFromFields({ sku: ' A ', number: '#3', title: 'Mug', price: '12.5', stock: '', sizes: ['S', 'M'] })).toEqual({
      product: { sku: 'A', number: '3', title: 'Mug', price: 12.5, aliases: [], sizes: ['S', 'M'], colours: [], tags: [] },
    });
    expect(productFromFields({ sku: 'A', title: 'Mug', price: 'abc' })).toEqual({ error: 'price "abc" is not a number' });
    expect(productFromFields({ sku: '', title: '' })).toEqual({ error: 'sku is empty; title is empty' });
  });

  it('an FAQ entry, checking its product against the catalog', () => {
    expect(faqEntryFromFields({ id: 'ship', lang: 'en', questions: ['when'], answers: ['2 days'], enabled: false })).toEqual({
      entry: { id: 'ship', lang: 'en', questions: ['when'], answers: ['2 days'], enabled: false },
    });
    expect(faqEntryFromFields({ id: 'x', questions: ['q'], answers: ['a'], product: 'NOPE' }, new Set(['A']))).toEqual({ error: 'product "NOPE" is not in the catalog' });
  });
});
