/**
 * A question's slots: the product it is about, the attribute it asks, and the variant it names.
 * Grouping compares slots before text; reply drafts read the catalog/FAQ through them.
 */
import type { Product } from '../../catalog/types';
import { findListingNumber, findProductMention, type MentionVia } from '../../ml/product-mention';
import { hasHan, normalizeText } from '../../ml/features/text-normalize';
import { detectAttribute, POLICY_ATTRIBUTES, type Attribute } from './attributes';
import { bareListingSku } from './bare-number';
import { simplifyZh } from './zh-fold';
import { careKind, findColour, findPlace, findSize, findVariant, measureKind } from './values';

export type QuestionLang = 'en' | 'zh';
export type ProductVia = MentionVia | 'implicit' | 'listing';

/** Without a catalog product for it, a listing number still tells products apart: "#3" → "#3". */
export const listingKey = (n: string): string => `#${n}`;

export interface QuestionSlots {
  lang: QuestionLang;
  /** Catalog sku the question is about; null for seller-wide policies or when none is known. */
  sku: string | null;
  via: ProductVia | null;
  attribute: Attribute;
  /**
   * Canonical variant named in the question: "c:black", "s:xl", "d:canada" (shipping); or the kind
   * of a dimensions / care question: "m:weight", "k:pill"; null when none.
   */
  value: string | null;
}

export type SlotCatalog = readonly Pick<Product, 'sku' | 'number' | 'title' | 'aliases' | 'colours' | 'sizes'>[];

/** Chinese script decides (a mixed line is answered in Chinese: its writer reads Chinese). */
export const questionLang = (text: string): QuestionLang => (hasHan(text) ? 'zh' : 'en');

/** Questions about the host in person ("主播多高", "what size are you wearing"): no product, text decides. */
const HOST_SUBJECT = /主播.{0,2}(身高|多高|体重|多重|多少斤|穿的|穿什么|穿几|用的|涂的|擦的|几岁|多大了|哪里人|是哪)|\b(how tall are you|your height|what size (are|do) you (wear|wearing|have on)|are you wearing|you'?re wearing|what (shade|colou?r) are you wearing|how old are you)\b/;
export const HOST_SKU = '@host';

/** Title words that are attribute words ("快充", "waterproof") never name a product on their own. */
const MENTION_OPTIONS = { genericKey: (k: string): boolean => detectAttribute(k) !== 'other' };

const VALUE_ATTRIBUTES: ReadonlySet<Attribute> = new Set(['colour', 'size', 'stock', 'restock']);
/** Questions whose numbers are sizes, counts or measures, not listing numbers. */
const BARE_NUMBER_EXCLUDED: ReadonlySet<Attribute> = new Set(['other', 'size', 'fit', 'quantity', 'dimensions', 'suitability']);
const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Product names are blanked before reading the attribute: "rose lipstick" is not a colour question. */
function withoutNames(t: string, catalog: SlotCatalog): string {
  const names = catalog.flatMap((p) => [p.title, ...p.aliases]).map(normalizeText).filter((n) => n.length > 1).sort((a, b) => b.length - a.length);
  let out = t;
  for (const n of names) out = out.replace(new RegExp(escapeRe(n), 'g'), ' ');
  return out;
}

export function extractSlots(raw: string, catalog: SlotCatalog, pitchedSku: string | null = null): QuestionSlots {
  // Traditional characters read as simplified: the cue words, aliases and catalogs are simplified.
  const text = simplifyZh(raw);
  const t = normalizeText(text);
  const lang = questionLang(text);
  if (HOST_SUBJECT.test(t)) return { lang, sku: HOST_SKU, via: null, attribute: 'other', value: null };
  const bare = withoutNames(t, catalog);
  let attribute = detectAttribute(bare);
  // "in sage?", "any 9.5?": a colour or size the catalog (or the colour table) knows is itself the cue.
  if (attribute === 'other') {
    if (findColour(bare, catalog.flatMap((p) => p.colours))) attribute = 'colour';
    else if (findSize(t, catalog.flatMap((p) => p.sizes))) attribute = 'size';
  }
  if (POLICY_ATTRIBUTES.has(attribute)) {
    // "新疆包邮吗" is not "包邮吗": a named destination is the variant of a shipping question.
    const place = attribute === 'shipping_cost' || attribute === 'shipping_time' ? findPlace(t) : null;
    return { lang, sku: null, via: null, attribute, value: place ? `d:${place}` : null };
  }
  const found = findProductMention(text, catalog, pitchedSku, MENTION_OPTIONS);
  // Discounts and coupons are mostly shop-wide ("any code?"): only a product the line names counts.
  if (attribute === 'discount') {
    const named = found && found.via !== 'deictic' ? found : null;
    return { lang, sku: named?.sku ?? (findListingNumber(text) ? listingKey(findListingNumber(text) as string) : null), via: named?.via ?? null, attribute, value: null };
  }
  // A bare "this"/"it" in a non-product question ("what song is this") does not name the product.
  const m = found && (attribute !== 'other' || found.confidence >= 0.75) ? found : null;
  // "how much?" / "什么面料" while a product is pitched asks about that product: live-commerce
  // viewers ask about what is on screen without naming it.
  const listing = m ? null : findListingNumber(text);
  // "4 how much", "12多少钱": a bare number the catalog lists, in a product question (not a size question: "28?").
  const bareSku = !m && !listing && !BARE_NUMBER_EXCLUDED.has(attribute) ? bareListingSku(t, catalog) : null;
  const implicit = !m && !listing && !bareSku && pitchedSku && attribute !== 'other' ? pitchedSku : null;
  const sku = m?.sku ?? (listing ? listingKey(listing) : (bareSku ?? implicit));
  const product = sku ? catalog.find((p) => p.sku === sku) : undefined;
  let value: string | null = null;
  if (VALUE_ATTRIBUTES.has(attribute)) {
    const c = findColour(withoutNames(t, catalog), product?.colours ?? []);
    // Catalog sizes that are models or lengths ("iPhone 15 Pro", "1.8米床") match loosely.
    const long = c ? null : findVariant(t, (product?.sizes ?? []).filter((x) => x.length > 3));
    const s = c || long ? null : findSize(t, product?.sizes ?? []);
    value = c ? `c:${c}` : long ? `s:${normalizeText(long)}` : s ? `s:${s}` : null;
  }
  // "有15pro的吗" names a variant of the product (or of the pitched one) without any cue word.
  const holder = product ?? catalog.find((p) => p.sku === pitchedSku);
  const named = (attribute === 'other' || attribute === 'compat') && holder ? findVariant(t, holder.sizes.filter((x) => x.length > 3)) : null;
  if (named && holder) return { lang, sku: holder.sku, via: m?.via ?? 'implicit', attribute: 'size', value: `s:${normalizeText(named)}` };
  // Kinds of a dimensions or care question ("m:weight", "k:pill") keep its sub-questions apart softly.
  if (attribute === 'dimensions') {
    const m = measureKind(t);
    value = m ? `m:${m}` : null;
  }
  if (attribute === 'care') {
    const k = careKind(t);
    value = k ? `k:${k}` : null;
  }
  return { lang, sku, via: m?.via ?? (listing ? 'listing' : bareSku ? 'number' : implicit ? 'implicit' : null), attribute, value };
}
