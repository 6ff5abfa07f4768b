import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { LiveCopilotDb } from '../../db/db';
import type { LiveEvent } from '../../events/live-event';
import { pagePitches } from '../page-pitch';
import { recordPagePitches } from '../record';

const REFS: Record<string, string> = { '#1': 'HOOD', '#2': 'JOG', Joggers: 'JOG' };
const resolve = (p: { ref: string; title?: string }) => (p.title ? REFS[p.title] : undefined) ?? REFS[p.ref] ?? null;

describe('page pitches', () => {
  it('a product the page shows starts its pitch; showing it again is no change', () => {
    const s = [{ ts: 1, ref: '#1' }, { ts: 2, ref: '#1' }, { ts: 3, ref: '#2' }, { ts: 4, ref: '#1' }];
    expect(pagePitches(null, s, resolve)).toEqual([{ ts: 1, sku: 'HOOD' }, { ts: 3, sku: 'JOG' }, { ts: 4, sku: 'HOOD' }]);
    expect(pagePitches('HOOD', s.slice(0, 2), resolve)).toEqual([]);
  });

  it('unknown products change nothing', () => {
    expect(pagePitches(null, [{ ts: 1, ref: 'x9', title: 'Joggers' }, { ts: 2, ref: 'mystery' }], resolve)).toEqual([{ ts: 1, sku: 'JOG' }]);
  });
});

describe('recordPagePitches', () => {
  const db = new LiveCopilotDb('page-pitch-test');
  afterEach(async () => {
    await db.delete();
  });
  const product = (id: string, ts: number, ref: string): LiveEvent => ({ platform: 'douyin', streamKey: 'douyin:1', kind: 'product', id, ts, product: { ref } });

  it('writes page pitch records against the catalog, after the host’s own choice', async () => {
    await db.products.bulkAdd([
      { sku: 'A-1', number: '1', title: '大衣', aliases: [], price: 399, currency: 'CNY', stock: 5, sizes: [], colours: [], tags: [], description: '' },
      { sku: 'A-2', number: '2', title: '毛衣', aliases: [], price: 89, currency: 'CNY', stock: 5, sizes: [], colours: [], tags: [], description: '' },
    ]);
    await db.pitches.add({ streamId: 1, ts: 5, sku: 'A-1', source: 'host' });
    const comment: LiveEvent = { platform: 'douyin', streamKey: 'douyin:1', kind: 'comment', id: 'c', ts: 9, text: '2号多少钱' };
    expect(await recordPagePitches(db, 1, [product('p1', 10, '#1'), comment, product('p2', 20, '#2'), product('p3', 30, '#9')])).toBe(1);
    const rows = await db.pitches.where('[streamId+ts]').between([1, 0], [1, Infinity]).toArray();
    expect(rows.map((r) => [r.ts, r.sku, r.source])).toEqual([[5, 'A-1', 'host'], [20, 'A-2', 'page']]);
    // A re-sent batch records nothing new.
    expect(await recordPagePitches(db, 1, [product('p2', 20, '#2')])).toBe(0);
    // "#1" is another shop's listing number too: the title the page shows decides.
    expect(await recordPagePitches(db, 1, [{ ...product('p4', 40, '#1'), product: { ref: '#1', title: '毛衣' } }])).toBe(0);
    expect(await recordPagePitches(db, 1, [{ ...product('p5', 50, '#2'), product: { ref: '#2', title: '大衣' } }])).toBe(1);
  });
});
