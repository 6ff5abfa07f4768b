import { describe, expect, it } from 'vitest';
import { findListingNumber, findProductMention, normalizeListingNumber, type MentionProduct } from '../product-mention';

const catalog: MentionProduct[] = [
  { sku: 'a', number: '3', title: 'phone case', aliases: ['手机壳'] },
  { sku: 'b', number: '12', title: 'phone', aliases: ['手机'] },
  { sku: 'c', number: '#05', title: 'Classic Cotton Hoodie', aliases: [] },
  { sku: 'd', title: '经典纯棉卫衣', aliases: [] },
];

describe('findProductMention', () => {
  it('resolves listing numbers in several forms', () => {
    expect(findProductMention('#3 price?', catalog)?.sku).toBe('a');
    expect(findProductMention('12号链接还有吗', catalog)).toMatchObject({ sku: 'b', via: 'number' });
    expect(findProductMention('link 12 pls', catalog)?.sku).toBe('b');
    expect(findProductMention('5号多少钱', catalog)?.sku).toBe('c');
  });
  it('reads Chinese and English numerals in number positions', () => {
    expect(findProductMention('三号链接还有吗', catalog)?.sku).toBe('a');
    expect(findProductMention('十二号多少钱', catalog)?.sku).toBe('b');
    expect(findProductMention('第五个有黑色吗', catalog)?.sku).toBe('c');
    expect(findProductMention('link three price?', catalog)?.sku).toBe('a');
    expect(findProductMention('要两个', catalog)).toBeNull();
  });
  it('prefers the longest name and matches Chinese aliases', () => {
    expect(findProductMention('is the phone case sturdy', catalog)).toMatchObject({ sku: 'a', via: 'name' });
    expect(findProductMention('手机壳有黑色吗', catalog)?.sku).toBe('a');
  });
  it('falls back to a unique title head word', () => {
    expect(findProductMention('does the hoodie run small', catalog)).toMatchObject({ sku: 'c', via: 'title-word' });
    expect(findProductMention('卫衣有黑色吗', catalog)).toMatchObject({ sku: 'd', via: 'title-word' });
    expect(findProductMention('纯棉的吗', catalog)).toMatchObject({ sku: 'd', via: 'title-word' });
  });
  it('links deictic references only while something is pitched', () => {
    expect(findProductMention('这个多少钱', catalog, 'b')).toMatchObject({ sku: 'b', via: 'deictic' });
    expect(findProductMention('这个多少钱', catalog, null)).toBeNull();
    expect(findProductMention('this one in red?', catalog, 'a')?.confidence).toBeGreaterThan(findProductMention('is it red', catalog, 'a')?.confidence ?? 1);
  });
  it('does not treat bare digits or unknown numbers as products', () => {
    expect(findProductMention('1', catalog, null)).toBeNull();
    expect(findProductMention('#7 price', catalog, null)).toBeNull();
  });
  it('reads a listing number without a catalog', () => {
    expect(findListingNumber('how much is #07')).toBe('7');
    expect(findListingNumber('五号链接还有吗')).toBe('5');
    expect(findListingNumber('I want 2')).toBeNull();
  });
  it('normalises listing numbers', () => {
    expect(normalizeListingNumber('#03')).toBe('3');
    expect(normalizeListingNumber('A3')).toBeNull();
    expect(normalizeListingNumber(undefined)).toBeNull();
  });
});
