import { describe, expect, it } from 'vitest';
import { throttleWait } from '../throttle';

describe('throttleWait', () => {
  it('shows a change after a quiet spell at once', () => {
    expect(throttleWait(Number.NEGATIVE_INFINITY, 5, 500)).toBe(0);
    expect(throttleWait(1000, 1500, 500)).toBe(0);
    expect(throttleWait(1000, 9000, 500)).toBe(0);
  });
  it('holds a change within the interval until its end', () => {
    expect(throttleWait(1000, 1001, 500)).toBe(499);
    expect(throttleWait(1000, 1499.5, 500)).toBe(1);
  });
});
