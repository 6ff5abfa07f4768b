const UNITS: Record<string, number> = { k: 1e3, m: 1e6, b: 1e9, w: 1e4, '万': 1e4, '亿': 1e8 };

/**
 * Parses the viewer counts pages show: "12,345", "1.2K", "3.4M", "1.2万", "10W+", "1.2万+",
 * "31,946 watching now", "4 974". Returns null when there is no number.
 */
export function parseCount(raw: string | null | undefined): number | null {
  if (!raw) return null;
  const m = raw.replace(/\u00a0/g, ' ').match(/(\d[\d,. ]*\d|\d)\s*([kmbw万亿](?![a-z]))?/i);
  if (!m || m[1] === undefined) return null;
  const unit = m[2] ? UNITS[m[2].toLowerCase()] : undefined;
  const digits = m[1].replace(/ /g, '');
  if (unit) return Math.round(Number.parseFloat(digits.replace(/,/g, '')) * unit);
  // Without a unit, separators are thousands separators ("12,345", "12.345" in de-DE locales).
  const n = Number.parseInt(digits.replace(/[,.]/g, ''), 10);
  return Number.isFinite(n) ? n : null;
}
