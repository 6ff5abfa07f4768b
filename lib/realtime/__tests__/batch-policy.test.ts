import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, planBatch, refineBatchSize } from '../batch-policy';

const policy = { maxBatch: 100, fastAbove: 300 };

describe('planBatch', () => {
  it('takes everything waiting when it fits, so light load is labelled at once', () => {
    expect(planBatch([{ streamId: 1, pending: 7, from: 10 }], policy)).toEqual({ tier: 'accurate', take: [{ streamId: 1, from: 10, n: 7 }], backlog: 7 });
    expect(planBatch([{ streamId: 1, pending: 0, from: 3 }], policy)).toBeNull();
  });

  it('grows the batch with the backlog up to the cap, and asks for the fast tier past its threshold', () => {
    expect(planBatch([{ streamId: 1, pending: 250, from: 0 }], policy)).toMatchObject({ tier: 'accurate', take: [{ n: 100 }] });
    expect(planBatch([{ streamId: 1, pending: 301, from: 0 }], policy)?.tier).toBe('fast');
    // The default: fast first (the student labels every event; the teacher refines later).
    expect(planBatch([{ streamId: 1, pending: 1, from: 0 }])?.tier).toBe('fast');
    expect(planBatch([{ streamId: 1, pending: 401, from: 0 }])?.tier).toBe('fast');
  });

  it('sizes a refine batch to the time budget at the accurate tier\'s speed, within bounds', () => {
    const p = { ...DEFAULT_POLICY, refineBudgetMs: 100, refineMin: 2, refineMax: 32 };
    expect(refineBatchSize(0, p)).toBe(2);
    expect(refineBatchSize(90, p)).toBe(9);
    expect(refineBatchSize(5000, p)).toBe(32);
    expect(refineBatchSize(Number.NaN, p)).toBe(2);
  });

  it('shares a batch evenly between streams and gives a short stream’s leftover to the others', () => {
    const p = planBatch([{ streamId: 1, pending: 500, from: 0 }, { streamId: 2, pending: 10, from: 0 }, { streamId: 3, pending: 500, from: 0 }], policy);
    expect(p?.take).toEqual([{ streamId: 1, from: 0, n: 45 }, { streamId: 2, from: 0, n: 10 }, { streamId: 3, from: 0, n: 45 }]);
  });

  it('never takes more than is waiting or than the cap, and takes something from every stream while there is room', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 400 }), { maxLength: 6 }), fc.integer({ min: 1, max: 300 }), (pend, maxBatch) => {
        const p = planBatch(pend.map((pending, i) => ({ streamId: i, pending, from: 0 })), { maxBatch, fastAbove: 1e9 });
        const total = pend.reduce((a, b) => a + b, 0);
        if (!total) {
          expect(p).toBeNull();
          return;
        }
        const taken = p!.take.reduce((a, t) => a + t.n, 0);
        expect(taken).toBe(Math.min(total, maxBatch));
        for (const t of p!.take) expect(t.n).toBeLessThanOrEqual(pend[t.streamId]!);
        if (pend.filter((x) => x > 0).length <= maxBatch) expect(p!.take).toHaveLength(pend.filter((x) => x > 0).length);
      }),
    );
  });
});
