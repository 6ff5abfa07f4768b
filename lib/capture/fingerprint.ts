import type { ParsedRow } from '../platforms/types';

/** What makes two rows "the same message" when the page gives no id. Counts are left out on purpose:
 * a gift row whose "× N" grows is the same gift (a streak snapshot), not a new one. */
export function rowFingerprint(p: ParsedRow): string {
  return [p.kind, p.author?.name ?? '', p.text ?? '', p.gift ?? '', p.amount ?? '', p.product?.ref ?? ''].join('\u241f');
}
