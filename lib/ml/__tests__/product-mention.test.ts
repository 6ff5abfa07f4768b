import { describe, expect, it } from 'vitest';
import { findProductMention, type CatalogProduct } from '../product-mention';

const catalog: CatalogProduct[] = [
  { id: 'a', number: 3, name: 'phone case', aliases: ['手机壳'] },
  { id: 'b', number: 12, name: 'phone', aliases: ['手机'] },
];

describe('findProductMention', () => {
  it('resolves listing numbers in several forms', () => {
    expect(findProductMention('#3 price?', catalog)?.productId).toBe('a');
    expect(findProductMention('12号链接还有吗', catalog)).toMatchObject({ productId: 'b', via: 'number' });
    expect(findProductMention('link 12 pls', catalog)?.productId).toBe('b');
  });
  it('prefers the longest name and matches Chinese aliases', () => {
    expect(findProductMention('is the phone case sturdy', catalog)).toMatchObject({ productId: 'a', via: 'name' });
    expect(findProductMention('手机壳有黑色吗', catalog)?.productId).toBe('a');
  });
  it('links deictic references only while something is pitched', () => {
    expect(findProductMention('这个多少钱', catalog, 'b')).toMatchObject({ productId: 'b', via: 'deictic' });
    expect(findProductMention('这个多少钱', catalog, null)).toBeNull();
    expect(findProductMention('this one in red?', catalog, 'a')?.confidence).toBeGreaterThan(findProductMention('is it red', catalog, 'a')?.confidence ?? 1);
  });
  it('does not treat bare digits or unknown numbers as products', () => {
    expect(findProductMention('1', catalog, null)).toBeNull();
    expect(findProductMention('#7 price', catalog, null)).toBeNull();
  });
});
