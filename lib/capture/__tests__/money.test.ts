import { describe, expect, it } from 'vitest';
import { parseMoney } from '../money';

describe('parseMoney', () => {
  it.each([
    ['$5.00', 5, 'USD'],
    ['CA$2.00', 2, 'CAD'],
    ['¥1,000', 1000, 'JPY'],
    ['CN¥68', 68, 'CNY'],
    ['USD 5', 5, 'USD'],
    ['5,00 €', 5, 'EUR'],
    ['₩10,000', 10000, 'KRW'],
    ['£1.99', 1.99, 'GBP'],
  ])('%s', (raw, amount, currency) => {
    expect(parseMoney(raw)).toEqual({ amount, currency });
  });
  it('returns null without a number or a currency', () => {
    expect(parseMoney('free')).toBeNull();
    expect(parseMoney('12')).toBeNull();
  });
});
