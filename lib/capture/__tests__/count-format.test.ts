import { describe, expect, it } from 'vitest';
import { parseCount } from '../count-format';

describe('parseCount', () => {
  it.each([
    ['12,345', 12345],
    ['1.2K', 1200],
    ['3.4M', 3400000],
    ['1.2B', 1200000000],
    ['1.2万', 12000],
    ['10W+', 100000],
    ['1.2万+', 12000],
    ['31,946 watching now', 31946],
    ['4 974', 4974],
    ['987', 987],
    ['12.345', 12345],
    ['2.5亿', 250000000],
  ])('%s → %d', (raw, n) => {
    expect(parseCount(raw)).toBe(n);
  });

  it('returns null when there is no number', () => {
    expect(parseCount('')).toBeNull();
    expect(parseCount('LIVE')).toBeNull();
    expect(parseCount(undefined)).toBeNull();
  });
});
