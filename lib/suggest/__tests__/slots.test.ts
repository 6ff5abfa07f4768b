import { describe, expect, it } from 'vitest';
import { detectAttribute } from '../slots/attributes';
import { extractSlots } from '../slots/extract';
import { typoRepairer, wordsOf } from '../slots/typos';
import { colourKey, findColour, findSize, sizeKey } from '../slots/values';
import { CATALOG } from './fixtures';

describe('attribute slot', () => {
  it.each([
    ['how much is it', 'price'], ['多少钱', 'price'], ['how much is shipping', 'shipping_cost'], ['包邮吗', 'shipping_cost'],
    ['what sizes do you have', 'size'], ['有什么尺码', 'size'], ['does it run small', 'fit'], ['我160斤穿什么码', 'fit'],
    ['does it come in black', 'colour'], ['有几个颜色', 'colour'], ['is it in stock', 'stock'], ['还有货吗', 'stock'],
    ['will you restock', 'restock'], ['会补货吗', 'restock'], ['what is it made of', 'material'], ['什么面料', 'material'],
    ['is it machine washable', 'care'], ['会缩水吗', 'care'], ['how big is it', 'dimensions'], ['容量多大', 'dimensions'],
    ['when will it arrive', 'shipping_time'], ['几天到', 'shipping_time'], ['do you ship to canada', 'shipping_dest'], ['能寄到新疆吗', 'shipping_dest'],
    ['can i return it', 'returns'], ['能退吗', 'returns'], ['can i pay with paypal', 'payment'], ['支持花呗吗', 'payment'],
    ['any discount code', 'discount'], ['有优惠券吗', 'discount'], ['what song is this', 'other'], ['主播几点下播', 'other'],
    // A polite tail is dropped only as a word of its own: "ty" is not the end of "warranty".
    ['does it have a warranty?', 'warranty'], ['how much is it thank you', 'price'], ['多少钱谢谢', 'price'],
  ])('%s → %s', (text, attr) => {
    expect(detectAttribute(text)).toBe(attr);
  });
});

describe('typos in cue words', () => {
  it.each([
    ['whats the prcie of number 12', 'price'], ['how muhc is the tripod', 'price'], ['is no. 7 in stcok', 'stock'],
    ['any #7 leeeft?', 'stock'], ['how long to shiiip', 'shipping_time'], ['how long does delviery take', 'shipping_time'],
    // a short word is never "repaired", nor one that is already a word of no cue
    ['what song is this', 'other'], ['is it form fitting or loose', 'fit'],
  ])('%s → %s', (text, attr) => {
    expect(detectAttribute(text)).toBe(attr);
  });
  it('repairs only towards the given words', () => {
    const fix = typoRepairer(['price', 'stock']);
    expect(fix('prcie and stcok and sooo')).toBe('price and stock and so');
    expect(fix('trick')).toBe('trick');
  });
  it('reads the plain words of cue patterns', () => {
    expect(wordsOf(['\\b(sold out|in stock)\\b', 'left|\\d+'])).toEqual(['sold', 'stock', 'left']);
  });
  it('"how much does the <blanked name> weigh" and "帽围多少" ask a measure, not a price', () => {
    // extract.ts blanks product names before reading the attribute, leaving a double space.
    expect(detectAttribute('how much does the  weigh')).toBe('dimensions');
    expect(detectAttribute('帽围多少')).toBe('dimensions');
    expect(detectAttribute('这个多少')).toBe('price');
  });
  it.each([
    ['8号要拍大一码吗', 'fit'], ['5号最大多大码', 'size'], ['容量多大', 'dimensions'], ['主播，还有嘛', 'stock'], ['还能抢到吗', 'stock'], ['有福利嘛', 'discount'],
  ])('Chinese: %s → %s', (text, attr) => {
    expect(detectAttribute(text)).toBe(attr);
  });
  it('how much stock is an availability question, not a price', () => {
    expect(detectAttribute('how much stock on the cargo pants')).toBe('stock');
    expect(detectAttribute('is it gonna sell out')).toBe('stock');
  });
});

describe('variant values', () => {
  it('folds colours and sizes across languages', () => {
    expect(colourKey('Black')).toBe('black');
    expect(colourKey('黑色')).toBe('black');
    expect(findColour('有黑色吗')).toBe('black');
    expect(findColour('粉丝福利')).toBeNull();
    expect(sizeKey('Large')).toBe('l');
    expect(findSize('any XL left')).toBe('xl');
    expect(findSize('有L码吗')).toBe('l');
    expect(findSize('size 8 please')).toBe('8');
    expect(findSize("it's cute")).toBeNull();
  });
});

describe('extractSlots', () => {
  it('resolves products by number, alias and deictic reference', () => {
    expect(extractSlots('how much is #2', CATALOG)).toMatchObject({ sku: 'HOOD', via: 'number', attribute: 'price' });
    expect(extractSlots('3号链接多少钱', CATALOG, 'HOOD')).toMatchObject({ sku: 'MUG', via: 'number' });
    expect(extractSlots('卫衣有黑色吗', CATALOG)).toMatchObject({ sku: 'HOOD', via: 'alias', attribute: 'colour', value: 'c:black', lang: 'zh' });
    expect(extractSlots('这个多少钱', CATALOG, 'MUG')).toMatchObject({ sku: 'MUG', via: 'deictic' });
    expect(extractSlots('how much is this one', CATALOG, 'SCARF')).toMatchObject({ sku: 'SCARF', via: 'deictic' });
  });
  it('takes the pitched product for an unnamed product question, and none for policies', () => {
    expect(extractSlots('what sizes?', CATALOG, 'HOOD')).toMatchObject({ sku: 'HOOD', via: 'implicit', attribute: 'size' });
    expect(extractSlots('what sizes?', CATALOG, null)).toMatchObject({ sku: null, via: null });
    expect(extractSlots('can i return the hoodie', CATALOG, 'MUG')).toMatchObject({ sku: null, attribute: 'returns' });
    expect(extractSlots('what song is this', CATALOG, 'HOOD')).toMatchObject({ sku: null, attribute: 'other' });
  });
});
