// Longest prefixes first so "CA$" wins over "$".
const SYMBOLS: [string, string][] = [
  ['CA$', 'CAD'], ['A$', 'AUD'], ['NT$', 'TWD'], ['HK$', 'HKD'], ['NZ$', 'NZD'], ['MX$', 'MXN'], ['R$', 'BRL'],
  ['CN¥', 'CNY'], ['US$', 'USD'], ['$', 'USD'], ['€', 'EUR'], ['£', 'GBP'], ['¥', 'JPY'], ['￥', 'CNY'],
  ['₩', 'KRW'], ['₹', 'INR'], ['₱', 'PHP'], ['₫', 'VND'], ['₺', 'TRY'], ['₽', 'RUB'], ['元', 'CNY'],
];

/** "$5.00", "CA$2.00", "¥1,000", "USD 5", "5,00 €", "₩10,000" → amount and ISO currency. */
export function parseMoney(raw: string | null | undefined): { amount: number; currency: string } | null {
  if (!raw) return null;
  const s = raw.replace(/\u00a0/g, ' ').trim();
  const num = s.match(/\d[\d,. ]*/);
  if (!num) return null;
  let digits = num[0].trim().replace(/ /g, '');
  // "5,00" (comma decimals) vs "1,000" (thousands): two trailing digits after a lone comma are cents.
  if (/^\d+,\d{2}$/.test(digits)) digits = digits.replace(',', '.');
  const amount = Number.parseFloat(digits.replace(/,/g, ''));
  if (!Number.isFinite(amount)) return null;
  const iso = s.match(/\b([A-Z]{3})\b/);
  if (iso?.[1]) return { amount, currency: iso[1] };
  const sym = SYMBOLS.find(([k]) => s.includes(k));
  return sym ? { amount, currency: sym[1] } : null;
}
