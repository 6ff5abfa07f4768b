import { describe, expect, it } from 'vitest';
import { idfTermCosine } from '../group/zh-idf';

describe('idf-weighted Chinese n-gram cosine', () => {
  it('counts a shared common character for less than a shared rare word', () => {
    // 还 is everywhere in chat; 材质 is not.
    expect(idfTermCosine('还有吗', '还能抢到吗')).toBeLessThan(idfTermCosine('还有吗', '还能抢到吗', 0));
    expect(idfTermCosine('这个材质好吗', '材质怎么样')).toBeGreaterThan(idfTermCosine('这个材质好吗', '材质怎么样', 0));
  });
  it('is 1 for the same text and 0 for nothing shared', () => {
    expect(idfTermCosine('多少钱', '多少钱')).toBeCloseTo(1);
    expect(idfTermCosine('多少钱', '有黑色吗')).toBe(0);
  });
});
