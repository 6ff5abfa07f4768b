import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compareGroups, rankGroups, type Rankable } from '../group/order';

const g = (id: string, askerCount: number, count: number, firstTs: number, answered = false): Rankable => ({ id, askerCount, count, firstTs, answered });

describe('queue order', () => {
  it('open first, then most askers, then most asks, then oldest', () => {
    const ranked = rankGroups([g('answered', 9, 9, 0, true), g('few', 1, 5, 0), g('many-new', 3, 3, 50), g('many-old', 3, 3, 10), g('many-more-asks', 3, 4, 90)]);
    expect(ranked.map((x) => x.id)).toEqual(['many-more-asks', 'many-old', 'many-new', 'few', 'answered']);
  });
  it('is a total order (antisymmetric, transitive via sort stability)', () => {
    const arb = fc.record({ id: fc.string({ maxLength: 3 }), askerCount: fc.nat(5), count: fc.nat(5), firstTs: fc.nat(5), answered: fc.boolean() });
    fc.assert(fc.property(arb, arb, (a, b) => Math.sign(compareGroups(a, b)) === -Math.sign(compareGroups(b, a))));
    fc.assert(fc.property(fc.array(arb), (xs) => {
      const once = rankGroups(xs);
      expect(rankGroups([...xs].reverse()).map((x) => compareGroups(x, once[once.indexOf(x)] ?? x))).toEqual(once.map(() => 0));
    }));
  });
});
