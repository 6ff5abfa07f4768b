import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCatalog, type Product } from '../../lib/catalog';
import { dumpStores } from '../pages/extension';
import { launchWithExtension, type ExtensionBrowser } from '../harness/launch';
import { OptionsPage } from '../pages/options';

let b: ExtensionBrowser;
let options: OptionsPage;

beforeAll(async () => {
  b = await launchWithExtension();
  options = await OptionsPage.open(b);
});
afterAll(async () => {
  await b?.close();
});

// Quotes with commas and a newline, Chinese and emoji, an empty stock (unknown) and a sold-out product.
const GOOD = [
  'sku,number,title,aliases,price,currency,stock,sizes,colours,tags,description',
  'HD-1,1,Cloud Hoodie,hoodie|卫衣,39.9,USD,12,S|M|L,black|grey,tops|winter,"Cotton, brushed inside"',
  'MUG-2,2,釉面马克杯 ☕,mug|杯子,12,CNY,0,,blue,kitchen,"Stoneware.\nDishwasher safe."',
  'CAP-3,3,Sun Cap,cap,15,USD,,,,,',
].join('\n');

type StoredProduct = Product & { id?: number; updatedAt?: number; catalog?: string };
const storedRows = async (): Promise<StoredProduct[]> =>
  (await dumpStores<{ products: StoredProduct[] }>(options.page, ['products'])).products.sort((x, y) => x.sku.localeCompare(y.sku));
// The catalog fields only (the record also keeps the catalog file it came from: lib/catalog/scope.ts).
const stored = async (): Promise<Product[]> => (await storedRows()).map(({ id: _i, updatedAt: _u, catalog: _c, ...p }) => p);

describe('catalog import and export in the options page', () => {
  it('a CSV imported through the file input exports back to the same catalog (CSV and JSON)', async () => {
    await options.chooseFile('catalog', 'shop.csv', GOOD, 'replace');
    expect(await options.rowErrors('catalog')).toEqual([]);
    expect(await options.commitLabel('catalog')).toBe('Import 3 rows');
    expect(await options.commit('catalog')).toMatch(/3 added/);
    await options.page.waitForSelector('[data-testid=product-row][data-sku=CAP-3]');
    expect(await options.skus()).toEqual(['CAP-3', 'HD-1', 'MUG-2']);
    const want = parseCatalog(GOOD).rows.sort((x, y) => x.sku.localeCompare(y.sku));
    expect(await stored()).toEqual(want);
    expect((await storedRows()).map((p) => p.catalog)).toEqual(['shop', 'shop', 'shop']);

    const csv = await options.export('catalog', 'csv');
    expect(csv.name).toMatch(/^live-copilot-catalog-.*\.csv$/);
    expect(parseCatalog(csv.text)).toEqual({ rows: want, errors: [] });
    const json = await options.export('catalog', 'json');
    expect(parseCatalog(json.text)).toEqual({ rows: want, errors: [] });

    // And the export imports again (replace) to exactly what was stored.
    await options.chooseFile('catalog', csv.name, csv.text, 'replace');
    await options.commit('catalog');
    expect(await stored()).toEqual(want);
  });

  it('a malformed CSV lists each bad row with its line number and stores nothing', async () => {
    const before = await stored();
    const bad = [
      'sku,number,title,aliases,price,currency,stock,sizes,colours,tags,description',
      'NEW-1,4,Scarf,,20,USD,5,,,,',
      'NEW-2,5,Gloves,,twelve,USD,5,,,,',
      'NEW-1,6,Scarf again,,20,USD,5,,,,',
      'NEW-3,7,"Beanie, broken,9,USD,1,,,,',
    ].join('\n');
    await options.chooseFile('catalog', 'bad.csv', bad, 'replace');
    const errors = await options.rowErrors('catalog');
    expect(errors.map((e) => e.line)).toEqual([3, 4, 5]);
    expect(errors[0]?.text).toMatch(/price "twelve" is not a number/);
    expect(errors[1]?.text).toMatch(/duplicate sku "NEW-1" \(first on line 2\)/);
    expect(errors[2]?.text).toMatch(/broken quote/);
    expect(await options.commitLabel('catalog')).toBe('Import 1 good rows, skip 3');
    expect(await stored()).toEqual(before);

    // Wrong columns: the whole file is refused, with what was expected.
    await options.chooseFile('catalog', 'wrong.csv', 'id,name,cost\n1,Scarf,20\n');
    expect(await options.fatal('catalog')).toMatch(/missing column\(s\) sku, title/);
    expect(await options.page.$('[data-testid=catalog-commit]')).toBeNull();
    expect(await stored()).toEqual(before);

    // Accepting the good rows explicitly (merge) adds exactly those.
    await options.chooseFile('catalog', 'bad.csv', bad, 'merge');
    expect(await options.commit('catalog')).toMatch(/1 added/);
    expect((await stored()).map((p) => p.sku)).toEqual([...before.map((p) => p.sku), 'NEW-1'].sort());
  });

  it('a product is added, edited (lists too) and deleted from the form', async () => {
    const p = options.page;
    await p.click('[data-testid=product-add]');
    await p.fill('[data-testid=product-sku]', 'TEE-9');
    await p.fill('[data-testid=product-title]', 'Logo Tee');
    await p.fill('[data-testid=product-price]', 'abc');
    await p.click('[data-testid=product-save]');
    expect(await p.textContent('[data-testid=product-form-error]')).toMatch(/price "abc" is not a number/);
    await p.fill('[data-testid=product-price]', '19.5');
    await p.fill('[data-testid=product-sizes-input]', 'S');
    await p.press('[data-testid=product-sizes-input]', 'Enter');
    await p.fill('[data-testid=product-sizes-input]', 'M|L');
    await p.press('[data-testid=product-sizes-input]', 'Enter');
    await p.click('[data-testid=product-save]');
    await p.waitForSelector('[data-testid=product-row][data-sku=TEE-9]');
    expect((await stored()).find((x) => x.sku === 'TEE-9')).toMatchObject({ title: 'Logo Tee', price: 19.5, sizes: ['S', 'M', 'L'] });

    await p.click('[data-testid=product-row][data-sku=TEE-9] [data-testid=product-edit]');
    await p.click('[data-testid=product-sizes] [aria-label="Remove M"]');
    await p.fill('[data-testid=product-sku]', 'HD-1');
    await p.click('[data-testid=product-save]');
    expect(await p.textContent('[data-testid=product-form-error]')).toMatch(/already has the sku "HD-1"/);
    await p.fill('[data-testid=product-sku]', 'TEE-10');
    await p.click('[data-testid=product-save]');
    await p.waitForSelector('[data-testid=product-row][data-sku=TEE-10]');
    expect((await stored()).find((x) => x.sku === 'TEE-10')?.sizes).toEqual(['S', 'L']);
    expect((await stored()).some((x) => x.sku === 'TEE-9')).toBe(false);

    await p.click('[data-testid=product-row][data-sku=TEE-10] [data-testid=product-delete]');
    await p.click('[data-testid=product-row][data-sku=TEE-10] [data-testid=product-delete-confirm]');
    await p.waitForSelector('[data-testid=product-row][data-sku=TEE-10]', { state: 'detached' });
    expect((await stored()).some((x) => x.sku === 'TEE-10')).toBe(false);
  });

  it('an FAQ JSON with a bad row imports nothing until accepted; entries can be disabled', async () => {
    const faq = JSON.stringify([
      { id: 'ship', lang: 'en', questions: ['how long is shipping'], answers: ['Orders ship within 48 hours.'] },
      { id: 'ret', lang: 'fr', questions: ['retours?'], answers: ['30 jours'] },
      { id: 'size', lang: 'zh', questions: ['尺码准吗'], answers: ['尺码标准，按平时穿的选。'], product: 'HD-1' },
    ]);
    await options.chooseFile('faq', 'faq.json', faq, 'replace');
    const errors = await options.rowErrors('faq');
    expect(errors).toEqual([{ line: 2, text: expect.stringMatching(/lang "fr" is not en, zh or any/) }]);
    const none = await dumpStores<{ faqEntries: unknown[] }>(options.page, ['faqEntries']);
    expect(none.faqEntries).toEqual([]);
    expect(await options.commit('faq')).toMatch(/2 added/);
    await options.page.waitForSelector('[data-testid=faq-row][data-id=size]');
    // The checkbox follows the stored entry (a live query), so it changes a moment after the click.
    await options.page.click('[data-testid=faq-row][data-id=ship] [data-testid=faq-row-enabled]');
    await options.page.waitForFunction(() => document.querySelector('[data-testid=faq-row][data-id=ship]')?.textContent?.includes('off'));
    const { faqEntries } = await dumpStores<{ faqEntries: { id: string; enabled: boolean }[] }>(options.page, ['faqEntries']);
    expect(faqEntries.map((e) => [e.id, e.enabled])).toEqual([['ship', false], ['size', true]]);
  });
});
