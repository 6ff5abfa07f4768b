import { describe, expect, it } from 'vitest';
import { handPlan, marksAfter, type HandPolicy } from '../hand-on';

const P: HandPolicy = { afterMs: 1000, afterEvents: 100, chunk: 10 };

describe('handPlan', () => {
  it('hands on what is refined, and nothing more while refining keeps up', () => {
    const marks = [{ seq: 9, at: 0 }, { seq: 19, at: 500 }];
    expect(handPlan({ handedSeq: -1, refinedSeq: 9, labelledSeq: 19 }, marks, 600, P)).toEqual({ upTo: 9, forced: false, nextAt: 1500 });
  });

  it('hands on first-labelled rows that waited afterMs, with their first labels', () => {
    const marks = [{ seq: 9, at: 0 }, { seq: 19, at: 500 }, { seq: 29, at: 900 }];
    expect(handPlan({ handedSeq: -1, refinedSeq: 4, labelledSeq: 29 }, marks, 1600, P)).toEqual({ upTo: 19, forced: true, nextAt: 1900 });
  });

  it('hands on all but the newest afterEvents rows when refining trails by more', () => {
    expect(handPlan({ handedSeq: 50, refinedSeq: 60, labelledSeq: 499 }, [{ seq: 499, at: 0 }], 10, P)).toEqual({ upTo: 399, forced: true, nextAt: 1000 });
  });

  it('never goes back, nor past the first labels', () => {
    expect(handPlan({ handedSeq: 30, refinedSeq: 10, labelledSeq: 40 }, [], 0, P).upTo).toBe(30);
    expect(handPlan({ handedSeq: 30, refinedSeq: 90, labelledSeq: 40 }, [], 0, P)).toEqual({ upTo: 40, forced: false, nextAt: null });
  });

  it('marksAfter keeps the marks not handed on yet', () => {
    expect(marksAfter([{ seq: 9, at: 0 }, { seq: 19, at: 1 }], 9)).toEqual([{ seq: 19, at: 1 }]);
  });
});
