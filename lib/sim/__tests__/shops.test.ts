import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCatalog, parseFaq } from '../../catalog';
import { DEMO_SHOPS, demoShop, demoShopFile } from '../shops';

describe.each(['en', 'zh'] as const)('demo shop %s', (lang) => {
  const files = DEMO_SHOPS[lang];
  const catalog = parseCatalog(readFileSync(demoShopFile(files.catalog), 'utf8'));
  const skus = new Set(catalog.rows.map((p) => p.sku));
  const faq = parseFaq(readFileSync(demoShopFile(files.faq), 'utf8'), skus);

  it('has a valid catalog CSV of 12-15 products with every column used', () => {
    expect(catalog.fatal).toBeUndefined();
    expect(catalog.errors).toEqual([]);
    expect(catalog.rows.length).toBeGreaterThanOrEqual(12);
    expect(catalog.rows.length).toBeLessThanOrEqual(15);
    const numbers = catalog.rows.map((p) => p.number);
    expect(new Set(numbers).size).toBe(numbers.length);
    for (const p of catalog.rows) {
      expect(p.number).toMatch(/^\d+$/);
      expect(p.price).toBeGreaterThan(0);
      expect(p.currency).toBe(lang === 'en' ? 'USD' : 'CNY');
      expect(p.aliases.length).toBeGreaterThan(0);
      expect(p.tags.length).toBeGreaterThan(0);
      expect(p.description?.length).toBeGreaterThan(20);
    }
  });

  it('has exactly one sold-out product and one with unknown stock', () => {
    expect(catalog.rows.filter((p) => p.stock === 0)).toHaveLength(1);
    expect(catalog.rows.filter((p) => p.stock === undefined)).toHaveLength(1);
  });

  it('names some products in both languages', () => {
    const both = catalog.rows.filter((p) => [p.title, ...p.aliases].some((a) => /[\u4e00-\u9fff]/.test(a)) && [p.title, ...p.aliases].some((a) => /^[A-Za-z -]+$/.test(a)));
    expect(both.length).toBeGreaterThanOrEqual(5);
  });

  it('has a valid FAQ with entries in both languages, several question and answer variants each', () => {
    expect(faq.fatal).toBeUndefined();
    expect(faq.errors).toEqual([]);
    expect(new Set(faq.rows.map((e) => e.lang))).toEqual(new Set(['en', 'zh']));
    expect(faq.rows.filter((e) => e.lang === lang).length).toBeGreaterThanOrEqual(8);
    for (const e of faq.rows) {
      expect(e.questions.length).toBeGreaterThanOrEqual(2);
      expect(e.answers.length).toBeGreaterThanOrEqual(2);
    }
  });

  it('loads through demoShop()', () => {
    const shop = demoShop(lang);
    expect(shop.catalog).toEqual(catalog.rows);
    expect(shop.faq).toEqual(faq.rows);
  });
});
