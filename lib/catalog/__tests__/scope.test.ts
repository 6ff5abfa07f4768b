import { describe, expect, it } from 'vitest';
import { catalogNameOf, catalogNames, linkCatalog, productsInScope, type CatalogProduct, type StreamForLink } from '../scope';

const p = (sku: string, catalog: string | undefined, currency?: string): CatalogProduct => ({ sku, title: sku, aliases: [], sizes: [], colours: [], tags: [], number: '12', currency, ...(catalog ? { catalog } : {}) });
const PRODUCTS = [p('EN-12', 'en-shop', 'USD'), p('ZH-12', 'zh-shop', 'CNY'), p('HAND', undefined)];
const s = (id: number, platform: StreamForLink['platform'], startedAt: number, extra: Partial<StreamForLink> = {}): StreamForLink => ({ id, roomKey: `${platform}:room${id}`, platform, startedAt, ...extra });

describe('catalog scope of a stream', () => {
  it('names a catalog after its file', () => {
    expect(catalogNameOf('/tmp/shops/zh-douyin-catalog.csv')).toBe('zh-douyin-catalog');
    expect(catalogNameOf('C:\\x\\My Shop.JSON')).toBe('My Shop');
    expect(catalogNames(PRODUCTS)).toEqual(['en-shop', 'zh-shop']);
  });

  it('defaults a Douyin stream to the CNY catalog and a TikTok stream to the other one', () => {
    expect(linkCatalog(s(1, 'douyin', 0), [], PRODUCTS)).toMatchObject({ name: 'zh-shop', via: 'currency' });
    expect(linkCatalog(s(2, 'tiktok', 0), [], PRODUCTS)).toMatchObject({ name: 'en-shop', via: 'currency' });
  });

  it('prefers the host\'s choice, then the same room\'s, then the same platform\'s latest earlier stream', () => {
    const earlier = [s(1, 'tiktok', 10, { catalog: 'zh-shop', roomKey: 'tiktok:a' }), s(2, 'tiktok', 20, { catalog: 'en-shop', roomKey: 'tiktok:b' }), s(3, 'tiktok', 99, { catalog: 'zh-shop' })];
    expect(linkCatalog(s(9, 'tiktok', 50, { catalog: 'zh-shop' }), earlier, PRODUCTS)).toMatchObject({ name: 'zh-shop', via: 'stream' });
    expect(linkCatalog(s(9, 'tiktok', 50, { roomKey: 'tiktok:a' }), earlier, PRODUCTS)).toMatchObject({ name: 'zh-shop', via: 'room' });
    // Stream 3 started later: it does not decide for stream 9.
    expect(linkCatalog(s(9, 'tiktok', 50), earlier, PRODUCTS)).toMatchObject({ name: 'en-shop', via: 'platform' });
    // A chosen catalog that no longer exists (deleted, replaced) falls back to the defaults.
    expect(linkCatalog(s(9, 'douyin', 50, { catalog: 'gone' }), [], PRODUCTS)).toMatchObject({ name: 'zh-shop', via: 'currency' });
  });

  it('links nothing when the choice is ambiguous, and the only catalog when there is one', () => {
    const two = [p('A', 'a', 'USD'), p('B', 'b', 'USD')];
    expect(linkCatalog(s(1, 'youtube', 0), [], two)).toEqual({ name: null, via: null, names: ['a', 'b'] });
    expect(linkCatalog(s(1, 'douyin', 0), [], [p('A', 'a', 'USD')])).toMatchObject({ name: 'a', via: 'only' });
    expect(linkCatalog(s(1, 'douyin', 0), [], [p('HAND', undefined)])).toEqual({ name: null, via: null, names: [] });
  });

  it('keeps the linked catalog\'s products and the hand-added ones; all of them when none is linked', () => {
    expect(productsInScope(PRODUCTS, 'zh-shop').map((x) => x.sku)).toEqual(['ZH-12', 'HAND']);
    expect(productsInScope(PRODUCTS, null).map((x) => x.sku)).toEqual(['EN-12', 'ZH-12', 'HAND']);
  });
});
