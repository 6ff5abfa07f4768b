/**
 * "Now pitching" from the page: a live room that shows the product being sold (Douyin's yellow-cart
 * card, a pinned product) makes captured `product` events. Each one that resolves to a catalog
 * product and changes what is being pitched becomes a pitch record with source 'page' — the same
 * record the host's own "now pitching" control writes, so the question queue resolves "how much is
 * this one" to it and the summary attributes the minute to it. Pure; the worker shell is record.ts.
 */
export interface ProductSighting {
  ts: number;
  ref: string;
  title?: string;
}

export interface PitchMark {
  ts: number;
  sku: string;
}

/**
 * The pitch records `sightings` (in capture order) make, given what is being pitched now. A page
 * that shows the same product again is no change; a ref the catalog does not know changes nothing
 * (the host's own choice stands). `resolve` is the summary's catalogProductResolver (the title the
 * page shows before its listing number: with two shops' catalogs loaded, "#12" names a product in
 * each of them, the title only one) so the panel and the report agree on what was pitched.
 */
export function pagePitches(current: string | null, sightings: readonly ProductSighting[], resolve: (p: ProductSighting) => string | null): PitchMark[] {
  const out: PitchMark[] = [];
  let now = current;
  for (const s of sightings) {
    const sku = resolve(s);
    if (!sku || sku === now) continue;
    out.push({ ts: s.ts, sku });
    now = sku;
  }
  return out;
}
