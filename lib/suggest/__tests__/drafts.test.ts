import { describe, expect, it } from 'vitest';
import { draftReplies } from '../reply/drafts';
import { createFaqPicker } from '../reply/faq-pick';
import { inventedFacts } from '../reply/checker';
import { extractSlots } from '../slots/extract';
import { CATALOG, FAQ } from './fixtures';

const ctx = { catalog: CATALOG, faq: createFaqPicker(FAQ) };
const draft = (text: string, pitched: string | null = null, platform: 'tiktok' | 'amazon' = 'tiktok') =>
  draftReplies({ text, slots: extractSlots(text, CATALOG, pitched), askers: ['amy'], platform }, ctx);
const invented = (t: string, q = '') => inventedFacts(t, { catalog: CATALOG, faq: FAQ, question: q });

describe('grounded reply drafts', () => {
  it('quotes the catalog price with its currency, @mentions the asker, varies the wording and lists the fact', async () => {
    const d = await draft('how much is #2');
    expect(d.length).toBeGreaterThanOrEqual(2);
    expect(new Set(d.map((x) => x.text)).size).toBe(d.length);
    for (const x of d) {
      expect(x.text).toMatch(/^@amy /);
      expect(x.text).toContain('$45');
      expect(x.lang).toBe('en');
      expect(x.facts).toContainEqual({ source: 'catalog', sku: 'HOOD', field: 'price', value: 45 });
    }
  });
  it('answers in Chinese and resolves "这个" to the pitched product', async () => {
    const d = await draft('这个多少钱', 'HOOD');
    expect(d[0]?.lang).toBe('zh');
    expect(d[0]?.text).toContain('45');
    expect(d[0]?.facts[0]).toMatchObject({ sku: 'HOOD', field: 'price' });
  });
  it('says sold out for stock 0, in every draft about that product', async () => {
    for (const q of ['is #3 in stock', 'how much is the mug', '3号还有吗']) {
      const d = await draft(q);
      for (const x of d) expect(x.text).toMatch(/sold out|售罄/);
      expect(d[0]?.facts).toContainEqual({ source: 'catalog', sku: 'MUG', field: 'stock', value: 0 });
    }
  });
  it('says the fact is not in the catalog instead of inventing it', async () => {
    const price = await draft('how much is the scarf');
    for (const x of price) expect(x.text).toContain('not in the catalog');
    expect(price[0]?.facts).toEqual([]);
    const zh = await draft('围巾什么材质');
    for (const x of zh) expect(x.text).toContain('目录里没有');
    const red = await draft('does the hoodie come in red');
    expect(red[0]?.text).toMatch(/Black and Grey.*red is not in the catalog/);
    const returns = await draft('can I return it');
    expect(returns[0]?.text).toContain('not in the catalog'); // the only returns entry is disabled
  });
  it('answers policies from the FAQ in the asker\'s language and lists the entry', async () => {
    const en = await draft('when will my order arrive');
    expect(en[0]?.facts).toEqual([{ source: 'faq', id: 'ship-time', value: 'Orders ship within 48 hours; delivery takes 3-5 days.' }]);
    const zh = await draft('几天能到呀');
    expect(zh[0]?.text).toContain('48小时内发货');
  });
  it('quotes the description for material and care', async () => {
    expect((await draft('what is the hoodie made of'))[0]?.text).toContain('100% cotton');
    expect((await draft('is it machine washable', 'HOOD'))[0]?.text).toContain('Machine washable at 30°C');
  });
  it('asks which product when none is named or pitched, and has nothing to say to an off-topic question', async () => {
    expect((await draft('how much?'))[0]?.text).toMatch(/which product/i);
    expect(await draft('what song is this')).toEqual([]);
  });
  it('leaves out the @mention where the platform has none', async () => {
    expect((await draft('how much is #2', null, 'amazon'))[0]?.text).not.toContain('@');
  });
  it('no draft states a fact absent from the catalog and FAQ', async () => {
    const qs = ['how much is #2', 'any XL left on the hoodie', 'does it come in red', 'what sizes', 'is it in stock', 'what is it made of', 'when will it arrive', 'free shipping?', '有黑色吗', '几天到', '3号多少钱', '围巾多少钱', 'how big is the mug'];
    for (const q of qs) for (const x of await draft(q, 'HOOD')) expect(invented(x.text, q), `${q} → ${x.text}`).toEqual([]);
  });
});

describe('invented-facts checker', () => {
  it('flags numbers, sizes, colours, policies and stock claims the catalog and FAQ lack', () => {
    expect(invented('@amy it is $39')).toEqual([{ kind: 'number', token: '39' }]);
    expect(invented('comes in XXL')).toEqual([{ kind: 'size', token: 'xxl' }]);
    expect(invented('we have it in red')).toEqual([{ kind: 'colour', token: 'red' }]);
    expect(invented('free shipping on everything')).toEqual([{ kind: 'policy', token: 'free shipping' }]);
    expect(invented('有红色的')).toEqual([{ kind: 'colour', token: '红色' }]);
    expect(invented('包邮哦')).toEqual([{ kind: 'policy', token: '包邮' }]);
    expect(inventedFacts('the hoodie is sold out', { catalog: CATALOG, faq: FAQ, sku: 'HOOD' })).toEqual([{ kind: 'stock', token: 'sold out' }]);
  });
  it('accepts catalog/FAQ values, the question\'s own numbers, mentions and "not in the catalog" clauses', () => {
    expect(invented('@amy99 the hoodie is $45.00, comes in S, M, L and XL, Black and Grey')).toEqual([]);
    expect(invented('delivery takes 3-5 days')).toEqual([]);
    expect(invented('Sorry, XXL is not in the catalog; red is not in the catalog')).toEqual([]);
    expect(invented('I\'m checking #7 for you', 'is #7 available')).toEqual([]);
    expect(invented('目录里没有红色')).toEqual([]);
  });
});
