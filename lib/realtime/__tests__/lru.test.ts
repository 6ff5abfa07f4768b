import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Lru } from '../lru';

describe('Lru', () => {
  it('evicts the least recently used entry', () => {
    const c = new Lru<string, number>(2);
    c.set('a', 1);
    c.set('b', 2);
    expect(c.get('a')).toBe(1); // a is now the most recent
    c.set('c', 3);
    expect(c.peek('b')).toBeUndefined();
    expect([c.get('a'), c.get('c')]).toEqual([1, 3]);
    expect([c.hits, c.misses]).toEqual([3, 0]);
  });

  it('never holds more than its capacity, whatever the sequence of calls', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 8 }), fc.array(fc.tuple(fc.boolean(), fc.integer({ min: 0, max: 20 }))), (cap, ops) => {
        const c = new Lru<number, number>(cap);
        const model: number[] = []; // most recent last
        for (const [write, k] of ops) {
          if (write) {
            c.set(k, k);
            if (cap > 0) {
              model.splice(model.indexOf(k) >>> 0, model.includes(k) ? 1 : 0);
              model.push(k);
              if (model.length > cap) model.shift();
            }
          } else {
            const v = c.get(k);
            expect(v).toBe(model.includes(k) ? k : undefined);
            if (model.includes(k)) model.push(...model.splice(model.indexOf(k), 1));
          }
          expect(c.size).toBeLessThanOrEqual(cap);
        }
      }),
    );
  });
});
