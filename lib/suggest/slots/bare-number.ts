/**
 * A listing number said without "#", "号" or "link": "4 how much", "12多少钱", "how much is 4",
 * "is 7 still available". Live viewers type the number on screen and nothing else; read as the
 * pitched product ("how much?" → pitched) such a line was answered with the wrong product's price.
 * Only a product question (price, stock, colour…: the caller decides), only a number the catalog
 * lists, only in two positions — leading the line, or right after "is"/"about"/"on" at its end —
 * and never followed by a unit or a count ("2 pcs", "3 days", "2件", "160斤"): "how much for 2"
 * stays a quantity.
 */
import { normalizeListingNumber } from '../../ml/product-mention';
import type { SlotCatalog } from './extract';

const UNIT = /^\s*(?:件|个|条|套|双|只|支|瓶|盒|包|斤|公斤|克|码|岁|元|块|毛|米|厘米|天|周|小时|分钟|次|人|号|位|折|%|[.,:/x×*+-]\s*\d|x\b|pcs?\b|pieces?\b|days?\b|hours?\b|hrs?\b|weeks?\b|months?\b|years?\b|yrs?\b|kg\b|g\b|lbs?\b|cm\b|mm\b|inch|in\b|ft\b|oz\b|ml\b|l\b|people\b|more\b|of\b|times?\b|colou?rs?\b|sizes?\b|left\b|min\b|minutes?\b|k\b|dollars?\b|bucks?\b|usd\b|rmb\b|yuan\b|am\b|pm\b|st\b|nd\b|rd\b|th\b)/i;
const LEADING = /^\s*(\d{1,2})(?!\d)/;
const TRAILING = /\b(?:is|about|on|for the)\s+(\d{1,2})\s*[?？!！.。~]*$/;
const MIDDLE = /\b(?:is|the)\s+(\d{1,2})\s+(?:still|available|in stock|sold out|back)\b/;

/** The sku of the catalog product whose listing number the line says bare, or null. */
export function bareListingSku(t: string, catalog: SlotCatalog): string | null {
  for (const re of [LEADING, TRAILING, MIDDLE]) {
    const m = re.exec(t);
    if (!m?.[1]) continue;
    if (UNIT.test(t.slice(m.index + m[0].length))) continue;
    const n = String(Number(m[1]));
    const hits = catalog.filter((p) => normalizeListingNumber(p.number) === n);
    // A number that is also a size the catalog sells ("28?" for jeans) is not read as a listing.
    if (hits.length === 1 && !catalog.some((p) => p.sizes.some((s) => s.trim() === n))) return hits[0]!.sku;
  }
  return null;
}
