import type { ParsedRow } from '../platforms/types';

/**
 * How much of a scraped row capture keeps. Platforms cap chat at a few hundred characters; a page
 * that shows a 100 kB "message" is broken or hostile, and a truncated copy keeps the signal while
 * the worker, the models and the side panel stay fast. The worker enforces the same limits on
 * everything it is sent (lib/background/capture-trust.ts).
 */
export const CAPTURE_LIMITS = {
  text: 2000,
  name: 100,
  field: 200,
  badges: 12,
  /** Events per capture message (the outbox sends at most this many). */
  batch: 500,
  url: 2048,
  roomKey: 200,
  title: 300,
  detail: 500,
} as const;

/**
 * Bidi overrides/embeddings/isolates make a name or message re-order the text around it where it
 * is shown ("…moderator" read backwards); zero-width spaces and word joiners hide words from
 * banned-word and duplicate checks; C0 controls are never chat. ZWJ/ZWNJ stay: emoji sequences
 * and several scripts need them.
 */
const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u200B\u2060\uFEFF\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;

const ELLIPSIS = '…';

export const stripInvisible = (s: string) => s.replace(INVISIBLE, '');

/** Removes invisible formatting characters and cuts to `max` characters (not splitting a surrogate pair). */
export function cleanText(s: string, max: number): string {
  const t = stripInvisible(s);
  if (t.length <= max) return t;
  let cut = max - 1;
  if (/[\uD800-\uDBFF]/.test(t[cut - 1] ?? '')) cut--;
  return t.slice(0, cut) + ELLIPSIS;
}

/** A parsed row as capture sends it: every string cleaned and within CAPTURE_LIMITS. */
export function cleanRow(p: ParsedRow): ParsedRow {
  const L = CAPTURE_LIMITS;
  const out: ParsedRow = { ...p };
  if (p.text !== undefined) out.text = cleanText(p.text, L.text);
  if (p.gift !== undefined) out.gift = cleanText(p.gift, L.field);
  if (p.currency !== undefined) out.currency = cleanText(p.currency, 16);
  if (p.author) {
    const { name, id, badges } = p.author;
    // Spread first: the fields keep their order (an imported log exports back to the same text).
    out.author = {
      ...p.author,
      name: cleanText(name, L.name),
      ...(id !== undefined ? { id: cleanText(id, L.field) } : {}),
      ...(badges ? { badges: badges.slice(0, L.badges).map((b) => cleanText(b, L.field)) } : {}),
    };
  }
  if (p.product) {
    const { ref, title, price } = p.product;
    out.product = {
      ...p.product,
      ref: cleanText(ref, L.field),
      ...(title !== undefined ? { title: cleanText(title, L.field) } : {}),
      ...(price !== undefined ? { price: cleanText(price, 64) } : {}),
    };
  }
  return out;
}

/**
 * Any event held to the same rules (an imported event log): shown and matched like a captured one,
 * so a log cannot bring in what capture would have cleaned or cut.
 */
export const cleanEvent = <E extends ParsedRow>(e: E): E => ({ ...e, ...cleanRow(e) }) as E;
