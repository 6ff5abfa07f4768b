import { describe, expect, it } from 'vitest';
import { logEventProblem, serializeEventLog } from '../../events/event-log';
import { simulateShop, simulateShopStream } from '..';

const DAY = 86_400_000;
const dump = (r: ReturnType<typeof simulateShop>): string => r.streams.map((s) => serializeEventLog(s.events) + JSON.stringify(s.truth)).join('\n');

// Simulations run inside these tests: a generous limit, as a loaded machine can be 10× slower.
describe('simulateShop determinism', { timeout: 60_000 }, () => {
  it('gives byte-identical output for the same seed', () => {
    const a = simulateShop({ lang: 'en', minutes: 6, seed: 7, streams: 2 });
    const b = simulateShop({ lang: 'en', minutes: 6, seed: 7, streams: 2 });
    expect(dump(a)).toBe(dump(b));
  });

  it('gives different output for a different seed or language', () => {
    const a = dump(simulateShop({ lang: 'zh', minutes: 6, seed: 1 }));
    expect(dump(simulateShop({ lang: 'zh', minutes: 6, seed: 2 }))).not.toBe(a);
    expect(dump(simulateShop({ lang: 'en', minutes: 6, seed: 1 }))).not.toBe(a);
  });

  it('streams the same events as the in-memory API', () => {
    const mem = simulateShop({ lang: 'zh', minutes: 5, seed: 3, streams: 2 });
    const streamed = [...simulateShopStream({ lang: 'zh', minutes: 5, seed: 3, streams: 2 })];
    expect(streamed.map((i) => i.event)).toEqual(mem.streams.flatMap((s) => s.events));
    expect(streamed.flatMap((i) => (i.comment ? [i.comment] : []))).toEqual(mem.streams.flatMap((s) => s.truth.comments));
    expect(streamed.filter((i) => i.stream === 1).length).toBe(mem.streams[1]?.events.length);
  });
});

describe.each(['en', 'zh'] as const)('event logs (%s)', { timeout: 60_000 }, (lang) => {
  const r = simulateShop({ lang, minutes: 12, seed: 11, streams: 3 });

  it('are valid LogEvents with unique ids, increasing ts and full authors', () => {
    for (const { events } of r.streams) {
      expect(events.length).toBeGreaterThan(200);
      const ids = new Set<string>();
      let last = -Infinity;
      for (const e of events) {
        expect(logEventProblem(JSON.parse(JSON.stringify(e)))).toBeNull();
        expect(ids.has(e.id)).toBe(false);
        ids.add(e.id);
        expect(e.ts).toBeGreaterThan(last);
        last = e.ts;
        expect(e.platform).toBe(lang === 'en' ? 'tiktok' : 'douyin');
        expect(e.streamKey).toMatch(lang === 'en' ? /^tiktok:[a-z0-9._]+$/ : /^douyin:\d+$/);
        if (e.kind !== 'viewers' && e.kind !== 'product') {
          expect(e.author?.name).toBeTruthy();
          expect(e.author?.id).toBeTruthy();
          expect(e.author?.role).toBeTruthy();
        }
      }
    }
  });

  it('puts the streams of one shop on consecutive days', () => {
    const starts = r.streams.map((s) => s.truth.start);
    expect(starts[1]! - starts[0]!).toBe(DAY);
    expect(starts[2]! - starts[1]!).toBe(DAY);
    for (const s of r.streams) expect(s.events[0]!.ts).toBeGreaterThanOrEqual(s.truth.start);
  });

  it('emits every event kind a shop stream has', () => {
    const kinds = new Set(r.streams.flatMap((s) => s.events.map((e) => e.kind)));
    for (const k of ['comment', 'viewers', 'join', 'product', 'purchase', 'like']) expect(kinds).toContain(k);
  });

  it('marks pitches as formats.md says: a product event with product.ref and pitch {sku}, {sku: null} when it stops', () => {
    for (const { events, truth } of r.streams) {
      const marks = events.filter((e) => e.pitch);
      const pitches = truth.segments.filter((s) => s.kind === 'pitch');
      const starts = marks.filter((e) => e.pitch?.sku);
      expect(starts.map((e) => [e.ts, e.pitch?.sku])).toEqual(pitches.map((s) => [s.start, s.sku]));
      for (const e of starts) {
        const p = r.catalog.find((c) => c.sku === e.pitch?.sku);
        expect(e.kind).toBe('product');
        expect(e.product?.ref).toBe(`#${p?.number}`);
        expect(e.product?.title).toBe(p?.title);
      }
      for (const e of marks.filter((m) => m.pitch?.sku === null)) {
        expect(e.kind).toBe('product');
        const seg = truth.segments.find((s) => s.start === e.ts);
        expect(seg?.sku).toBeNull();
      }
    }
  });

  it('has viewer readings every 5-10 s', () => {
    const ts = r.streams[0]!.events.filter((e) => e.kind === 'viewers').map((e) => e.ts);
    const gaps = ts.slice(1).map((t, i) => t - ts[i]!);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(5000);
    expect(Math.max(...gaps)).toBeLessThanOrEqual(10_001);
  });
});
