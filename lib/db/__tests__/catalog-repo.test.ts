import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LiveCopilotDb } from '../db';
import { deleteProduct, importProducts, listProducts, saveProduct, toProduct } from '../catalog-repo';
import { deleteFaqEntry, importFaq, listFaq, saveFaqEntry, toFaqEntry } from '../faq-repo';
import type { FaqEntry, Product } from '../../catalog/types';

let db: LiveCopilotDb;
let n = 0;
beforeEach(() => {
  db = new LiveCopilotDb(`catalog-${n++}`);
});
afterEach(async () => {
  await db.delete();
});

const product = (sku: string, extra: Partial<Product> = {}): Product => ({ sku, title: `T ${sku}`, aliases: [], sizes: [], colours: [], tags: [], ...extra });
const entry = (id: string, extra: Partial<FaqEntry> = {}): FaqEntry => ({ id, lang: 'en', questions: [`q ${id}`], answers: [`a ${id}`], enabled: true, ...extra });

describe('catalog repository', () => {
  it('adds, renames and deletes products by sku, refusing a sku another product has', async () => {
    expect(await saveProduct(db, product('A'), null, 1)).toBeNull();
    expect(await saveProduct(db, product('B', { price: 3 }), null, 2)).toBeNull();
    expect(await saveProduct(db, product('A', { title: 'dup' }), null, 3)).toBe('sku-taken');
    expect(await saveProduct(db, product('B'), 'A', 4)).toBe('sku-taken');
    expect(await saveProduct(db, product('C', { title: 'renamed' }), 'A', 5)).toBeNull();
    expect((await listProducts(db)).map((p) => [p.sku, p.title])).toEqual([['B', 'T B'], ['C', 'renamed']]);
    await deleteProduct(db, 'B');
    expect((await listProducts(db)).map(toProduct)).toEqual([product('C', { title: 'renamed' })]);
  });

  it('merge overwrites by sku and keeps the rest; replace keeps only the file', async () => {
    await importProducts(db, [product('A'), product('B')], 'replace', 1);
    expect(await importProducts(db, [product('B', { price: 9 }), product('C')], 'merge', 2)).toEqual({ added: 1, updated: 1, removed: 0 });
    expect((await listProducts(db)).map((p) => [p.sku, p.price])).toEqual([['A', undefined], ['B', 9], ['C', undefined]]);
    expect(await importProducts(db, [product('Z')], 'replace', 3)).toEqual({ added: 1, updated: 0, removed: 3 });
    expect((await listProducts(db)).map((p) => p.sku)).toEqual(['Z']);
  });
});

describe('FAQ repository', () => {
  it('adds, renames and deletes entries by id, refusing an id another entry has', async () => {
    expect(await saveFaqEntry(db, entry('ship'), null, 1)).toBeNull();
    expect(await saveFaqEntry(db, entry('ret'), null, 1)).toBeNull();
    expect(await saveFaqEntry(db, entry('ship'), 'ret', 2)).toBe('id-taken');
    expect(await saveFaqEntry(db, entry('returns', { lang: 'zh' }), 'ret', 2)).toBeNull();
    await deleteFaqEntry(db, 'ship');
    expect((await listFaq(db)).map(toFaqEntry)).toEqual([entry('returns', { lang: 'zh' })]);
  });

  it('merge and replace imports', async () => {
    await importFaq(db, [entry('a'), entry('b')], 'merge', 1);
    expect(await importFaq(db, [entry('b', { enabled: false }), entry('c')], 'merge', 2)).toEqual({ added: 1, updated: 1, removed: 0 });
    expect((await listFaq(db)).map((e) => [e.id, e.enabled])).toEqual([['a', true], ['b', false], ['c', true]]);
    expect(await importFaq(db, [entry('x')], 'replace', 3)).toEqual({ added: 1, updated: 0, removed: 3 });
  });
});
