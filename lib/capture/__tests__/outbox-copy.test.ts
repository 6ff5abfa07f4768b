import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyPlan, planCopy, type SegmentRange } from '../outbox-copy';

describe('planCopy', () => {
  it('splits the waiting positions into segments and writes only what changed', () => {
    const stored = new Map<number, SegmentRange>();
    let plan = planCopy(stored, 0, 450, 200);
    expect(plan).toEqual({ put: [{ segment: 0, from: 0, to: 200 }, { segment: 1, from: 200, to: 400 }, { segment: 2, from: 400, to: 450 }], drop: [], segments: [0, 1, 2] });
    applyPlan(stored, plan);
    // 250 delivered, 10 more pushed: segment 0 goes, 1 shrinks, 2 grows.
    plan = planCopy(stored, 250, 460, 200);
    expect(plan).toEqual({ put: [{ segment: 1, from: 250, to: 400 }, { segment: 2, from: 400, to: 460 }], drop: [0], segments: [1, 2] });
    applyPlan(stored, plan);
    expect(planCopy(stored, 250, 460, 200).put).toEqual([]);
    expect(planCopy(stored, 460, 460, 200)).toEqual({ put: [], drop: [1, 2], segments: [] });
  });

  it('property: after every change the stored segments hold exactly the waiting positions, and a change costs what moved plus at most two segments', () => {
    const step = fc.record({ delivered: fc.nat(700), pushed: fc.nat(700) });
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 300 }), fc.array(step, { maxLength: 40 }), (size, steps) => {
        const stored = new Map<number, SegmentRange>();
        const parts = new Map<number, number[]>();
        let head = 0;
        let end = 0;
        for (const s of steps) {
          const pushed = s.pushed;
          end += pushed;
          head = Math.min(end, head + s.delivered);
          const plan = planCopy(stored, head, end, size);
          for (const d of plan.drop) parts.delete(d);
          for (const p of plan.put) parts.set(p.segment, Array.from({ length: p.to - p.from }, (_, i) => p.from + i));
          applyPlan(stored, plan);
          expect(plan.segments.flatMap((k) => parts.get(k)!)).toEqual(Array.from({ length: end - head }, (_, i) => head + i));
          expect([...parts.keys()].sort((a, b) => a - b)).toEqual(plan.segments);
          const written = plan.put.reduce((a, p) => a + p.to - p.from, 0);
          expect(written).toBeLessThanOrEqual(pushed + 2 * size);
        }
      }),
    );
  });
});
