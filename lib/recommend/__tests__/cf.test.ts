import { describe, expect, it } from 'vitest';
import { COLD_START_SCALE, itemSimilarity } from '../cf';
import { contentSimilarity } from '../content';
import { buildHistory } from '../history';
import type { Signal } from '../types';
import { CATALOG } from './fixtures';

const ask = (viewer: string, sku: string, ts = 1): Signal => ({ ts, kind: 'question', sku, viewer });

describe('item-item collaborative filtering', () => {
  // Six viewers want the hoodie and the scarf; two others want the cap; the beanie has no history.
  const past: Signal[] = [
    ...['a', 'b', 'c', 'd', 'e', 'f'].flatMap((v) => [ask(v, 'HOOD'), ask(v, 'SCARF')]),
    ask('g', 'CAP'), ask('h', 'CAP'), ask('a', 'CAP'),
  ];
  const skus = CATALOG.map((p) => p.sku);
  const s = itemSimilarity(skus, buildHistory([past]), contentSimilarity(CATALOG));

  it('makes products wanted by the same viewers similar, and others not', () => {
    expect(s.sim.get('HOOD')?.get('SCARF')).toBeCloseTo(1, 1);
    expect(s.sim.get('SCARF')?.get('HOOD')).toBe(s.sim.get('HOOD')?.get('SCARF'));
    expect(s.support.get('HOOD')?.get('SCARF')).toBe(6);
    // One shared viewer is under the support threshold: content decides, which is weaker.
    expect(s.sim.get('HOOD')?.get('CAP') ?? 0).toBeLessThan(0.5);
  });

  it('falls back to content similarity for a product with no history (cold start)', () => {
    expect(s.cold.has('BEANIE')).toBe(true);
    const content = contentSimilarity(CATALOG);
    // The beanie shares 'winter' + 'accessories' + wool with the scarf, little with the cap.
    expect(s.sim.get('BEANIE')?.get('SCARF')).toBeCloseTo(COLD_START_SCALE * (content.get('BEANIE')?.get('SCARF') ?? 0));
    expect(s.sim.get('BEANIE')?.get('SCARF') ?? 0).toBeGreaterThan(s.sim.get('BEANIE')?.get('CAP') ?? 0);
    expect(s.sim.get('BEANIE')?.get('SCARF') ?? 0).toBeGreaterThan(0);
  });

  it('measures conversion during pitches and interest per stream', () => {
    const h = buildHistory([[
      { ts: 0, kind: 'pitch', sku: 'HOOD', viewer: null },
      { ts: 30_000, kind: 'purchase', sku: 'HOOD', viewer: 'a' },
      { ts: 40_000, kind: 'purchase', sku: 'SCARF', viewer: 'b' },
      { ts: 50_000, kind: 'question', sku: 'HOOD', viewer: 'q' }, // talk during its pitch is not a sale
      { ts: 60_000, kind: 'pitch', sku: 'SCARF', viewer: null },
      { ts: 120_000, kind: 'question', sku: 'CAP', viewer: 'c' },
    ], []]);
    expect(h.conversion.get('HOOD')).toBe(1);
    expect(h.conversion.get('SCARF')).toBe(0);
    expect(h.conversion.has('CAP')).toBe(false);
    expect(h.interest.get('CAP')).toBe(0.5);
  });

  it('counts unprompted demand: talk about a product while another one is on screen, capped per viewer', () => {
    const h = buildHistory([[
      { ts: 0, kind: 'pitch', sku: 'HOOD', viewer: null },
      { ts: 1, kind: 'question', sku: 'HOOD', viewer: 'a' }, // prompted by the pitch: not counted
      { ts: 2, kind: 'question', sku: 'CAP', viewer: 'a' },
      ...Array.from({ length: 5 }, (_v, i) => ({ ts: 3 + i, kind: 'intent' as const, sku: 'SCARF', viewer: 'b' })),
      { ts: 10, kind: 'purchase', sku: 'CAP', viewer: 'c' }, // a purchase is not a want
    ]]);
    expect(h.unprompted.has('HOOD')).toBe(false);
    expect(h.unprompted.get('CAP')).toBe(1.5);
    expect(h.unprompted.get('SCARF')).toBe(4); // 5 intents × 3, capped at 4 for one viewer
    expect([h.unpromptedViewers.get('SCARF'), h.unpromptedViewers.get('CAP'), h.unpromptedViewers.has('HOOD')]).toEqual([1, 1, false]);
  });
});
