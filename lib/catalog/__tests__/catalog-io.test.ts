import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { catalogToCsv, catalogToJson, parseCatalog } from '../catalog-io';
import type { Product } from '../types';

const CSV = `\uFEFFsku,number,title,aliases,price,currency,stock,sizes,colours,tags,description
HD-1,1,Cloud Hoodie,hoodie|卫衣,39.90,USD,12,S|M|L,black|grey,tops|winter,"Cotton, brushed inside"
MUG-2,2,Glaze Mug,mug,12,USD,0,,blue,kitchen,"Stoneware.
Dishwasher safe."
`;

describe('catalog CSV', () => {
  it('reads every column, lists, quotes with commas and newlines, and a BOM', () => {
    const r = parseCatalog(CSV);
    expect(r.errors).toEqual([]);
    expect(r.fatal).toBeUndefined();
    expect(r.rows[0]).toEqual({
      sku: 'HD-1', number: '1', title: 'Cloud Hoodie', aliases: ['hoodie', '卫衣'], price: 39.9, currency: 'USD', stock: 12,
      sizes: ['S', 'M', 'L'], colours: ['black', 'grey'], tags: ['tops', 'winter'], description: 'Cotton, brushed inside',
    });
    expect(r.rows[1]?.stock).toBe(0);
    expect(r.rows[1]?.description).toBe('Stoneware.\nDishwasher safe.');
  });

  it('reports each bad row with its file line and keeps the good ones', () => {
    const text = [
      'sku,title,price,stock',
      'A,Alpha,10,1',
      'B,Beta,ten,1',
      'A,Again,3,1',
      ',No sku,3,1',
      'C,Gamma,4,1.5',
      'D,"Delta, broken,5,1',
    ].join('\n');
    const r = parseCatalog(text);
    expect(r.rows.map((p) => p.sku)).toEqual(['A']);
    expect(r.errors.map((e) => e.line)).toEqual([3, 4, 5, 6, 7]);
    expect(r.errors[0]?.message).toMatch(/price "ten" is not a number/);
    expect(r.errors[1]?.message).toMatch(/duplicate sku "A" \(first on line 2\)/);
    expect(r.errors[2]?.message).toMatch(/sku is empty/);
    expect(r.errors[3]?.message).toMatch(/not a whole number/);
    expect(r.errors[4]?.message).toMatch(/broken quote/);
  });

  it('rejects a file with the wrong columns as a whole', () => {
    expect(parseCatalog('id,name,cost\n1,x,2\n').fatal).toMatch(/missing column\(s\) sku, title; unknown column\(s\) id, name, cost/);
    expect(parseCatalog('').fatal).toMatch(/empty/);
    expect(parseCatalog('[{"sku":1').fatal).toMatch(/not valid JSON/);
  });

  it('a row with too few fields is reported, not shifted', () => {
    const r = parseCatalog('sku,title,price\nA,Alpha\n');
    expect(r.errors[0]).toMatchObject({ line: 2, message: expect.stringMatching(/2 fields, the header has 3/) });
  });
});

const text = fc.string({ minLength: 1, maxLength: 12 }).map((s) => s.trim()).filter((s) => s.length > 0 && !s.includes('|'));
const product: fc.Arbitrary<Product> = fc.record({
  sku: text,
  title: text,
  aliases: fc.array(text, { maxLength: 3 }),
  sizes: fc.array(text, { maxLength: 3 }),
  colours: fc.array(text, { maxLength: 3 }),
  tags: fc.array(text, { maxLength: 3 }),
  price: fc.option(fc.integer({ min: 0, max: 100000 }).map((c) => c / 100), { nil: undefined }),
  stock: fc.option(fc.nat(500), { nil: undefined }),
}).map((p) => Object.fromEntries(Object.entries(p).filter(([, v]) => v !== undefined)) as unknown as Product);

describe('catalog round trip', () => {
  it('CSV and JSON export → import give the same products (any text, quotes, commas, newlines)', () => {
    fc.assert(
      fc.property(fc.uniqueArray(product, { selector: (p) => p.sku, maxLength: 6 }), (products) => {
        expect(parseCatalog(catalogToCsv(products)).rows).toEqual(products);
        expect(parseCatalog(catalogToJson(products)).rows).toEqual(products);
      }),
    );
  });
});
