import { describe, expect, it } from 'vitest';
import { catalogToCsv, parseCatalog } from '../../catalog';
import { generateCatalog, simulateShop } from '..';

// Simulations run inside these tests: a generous limit, as a loaded machine can be 10× slower.
describe('generateCatalog', { timeout: 60_000 }, () => {
  it.each(['en', 'zh'] as const)('makes a valid %s catalog that survives a CSV round trip', (lang) => {
    const products = generateCatalog({ seed: 3, lang, products: 200 });
    const back = parseCatalog(catalogToCsv(products));
    expect(back.errors).toEqual([]);
    expect(back.rows).toEqual(products);
    for (const key of ['sku', 'number', 'title'] as const) expect(new Set(products.map((p) => p[key])).size).toBe(200);
    expect(products.filter((p) => p.stock === 0)).toHaveLength(1);
    expect(products.filter((p) => p.stock === undefined)).toHaveLength(1);
    expect(products.every((p) => p.currency === (lang === 'en' ? 'USD' : 'CNY') && (p.price ?? 0) > 0 && p.tags.length > 0)).toBe(true);
  });

  it('is deterministic per seed and differs across seeds', () => {
    expect(generateCatalog({ seed: 5, lang: 'en', products: 20 })).toEqual(generateCatalog({ seed: 5, lang: 'en', products: 20 }));
    expect(generateCatalog({ seed: 6, lang: 'en', products: 20 })).not.toEqual(generateCatalog({ seed: 5, lang: 'en', products: 20 }));
  });

  it('drives the simulator with `products`', () => {
    const r = simulateShop({ lang: 'zh', minutes: 5, seed: 2, products: 40 });
    expect(r.catalog).toHaveLength(40);
    const skus = new Set(r.catalog.map((p) => p.sku));
    const pitched = r.streams[0]!.events.filter((e) => e.pitch?.sku).map((e) => e.pitch?.sku as string);
    expect(pitched.length).toBeGreaterThan(0);
    expect(pitched.every((s) => skus.has(s))).toBe(true);
  });
});
