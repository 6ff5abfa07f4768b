/**
 * Incremental question grouping: each new question joins the best-matching compatible group or
 * starts its own. Slots first — language, product, attribute and named variant must agree, so
 * "how much is #2" never joins "how much is #3" however alike the words — then text similarity to
 * the group's kept samples (the best match blended with the mean, `linkage`) must reach a threshold, lower when the attribute is known
 * (the slots already say most of what the question is) than for 'other' questions.
 * Pure: the caller featurises (slots, embedding) and persists; the same code serves the worker's
 * live queue and the offline command, so both produce the same groups for the same input order.
 */
import { POLICY_ATTRIBUTES, type Attribute } from '../slots/attributes';
import type { QuestionSlots } from '../slots/extract';
import { DEFAULT_SIMILARITY, textSimilarity, type SimilarityParams, type TextRep } from './similarity';

export interface QuestionItem extends TextRep {
  /** Event id of the comment (unique within the stream). */
  id: string;
  ts: number;
  /** Asker's display name; null when the platform gave none. */
  author: string | null;
  slots: QuestionSlots;
  /** The sku being pitched when it was asked (null: none). */
  pitched?: string | null;
}

/** A group as the grouper keeps it: its slot signature, a few sample texts, and the tallies. */
export interface GroupState {
  /** The first question's event id: stable for the life of the stream. */
  id: string;
  lang: QuestionSlots['lang'];
  sku: string | null;
  attribute: QuestionSlots['attribute'];
  value: string | null;
  /** What was pitched when the first question was asked (absent in groups saved before it was kept). */
  pitched?: string | null;
  /** First question's text: what the queue shows. */
  text: string;
  /** Up to `maxSamples` member texts (with embeddings) that new questions are compared with. */
  samples: TextRep[];
  count: number;
  /** Distinct askers, in order of first ask. */
  askers: string[];
  firstTs: number;
  lastTs: number;
}

export interface GroupingParams extends SimilarityParams {
  /** Similarity needed to join a group whose attribute is known, equal and narrow (price, stock…). */
  knownThreshold: number;
  /**
   * The same for a broad attribute (material, usage, suitability…): two questions can share one and
   * still ask different things ("is it vegan" / "does it contain alcohol"), so the words must agree too.
   */
  broadThreshold: number;
  /** Similarity needed when the attribute is 'other' (text alone decides), English (USE-lite cosine). */
  otherThreshold: number;
  /** The same for Chinese (n-gram / gloss blend: a different scale). */
  otherThresholdZh: number;
  /**
   * Similarity needed for a product question whose product is unknown (no catalog entry, nothing
   * pitched): "how much is the hoodie" and "how much are the jeans" share an attribute but not a
   * product, and only the words can tell.
   */
  unknownProductThreshold: number;
  /** Extra similarity needed when one side names a variant and the other does not. */
  valueGapPenalty: number;
  /** Similarity needed for a discount question naming no product: extract.ts reads it as shop-wide. */
  shopDiscountThreshold: number;
  /** Extra similarity for two attributes of one family (stock / restock) to join. */
  familyGapPenalty: number;
  /** The same for the kind of a dimensions (weight / capacity / size) or care (wash / pill…) question. */
  measureGapPenalty: number;
  /**
   * Extra similarity for an 'other' question naming no product to join a group first asked while
   * a different product was pitched ("is it waterproof" about the boots, then about the jacket).
   */
  pitchGapPenalty: number;
  maxSamples: number;
  /**
   * Similarity for a question with no attribute cue to join a group with one (or the reverse) of
   * the same or an unknown product: unseen phrasings often miss the cue words ("can it take a
   * knock" / "is it durable"). 1 or more = never (attributes must agree).
   */
  crossAttrThreshold: number;
  /**
   * How a group's samples vote: 0 = the best-matching sample decides (single link: one loose
   * paraphrase lets a different question in, and the next one chains from it); 1 = their mean
   * (average link); between = the blend.
   */
  linkage: number;
}

/** Attributes asked as one question: "when will it be restocked" is an availability question. */
const FAMILY: Partial<Record<Attribute, Attribute>> = { restock: 'stock' };
const family = (a: Attribute): Attribute => FAMILY[a] ?? a;

/** Attributes that hold many different questions (see GroupingParams.broadThreshold). */
export const BROAD_ATTRIBUTES: ReadonlySet<Attribute> = new Set([
  'material', 'usage', 'suitability', 'efficacy', 'compat', 'flavour', 'included',
]);

export const DEFAULT_GROUPING: GroupingParams = { ...DEFAULT_SIMILARITY, knownThreshold: 0, broadThreshold: 0.3, otherThreshold: 0.6, otherThresholdZh: 0.4, unknownProductThreshold: 0.6, valueGapPenalty: 1, measureGapPenalty: 0.3, familyGapPenalty: 0.7, shopDiscountThreshold: 0, pitchGapPenalty: 0.2, maxSamples: 6, linkage: 0.5, crossAttrThreshold: 1 };

/** Whether the slots allow a question into a group at all, and the similarity it then needs. */
export function joinThreshold(g: Pick<GroupState, 'lang' | 'sku' | 'attribute' | 'value'>, s: QuestionSlots, p: GroupingParams): number | null {
  if (family(g.attribute) !== family(s.attribute)) {
    const oneOther = (g.attribute === 'other') !== (s.attribute === 'other');
    if (!oneOther || p.crossAttrThreshold >= 1 || g.lang !== s.lang || POLICY_ATTRIBUTES.has(g.attribute) || POLICY_ATTRIBUTES.has(s.attribute)) return null;
    if (g.sku !== s.sku && g.sku !== null && s.sku !== null) return null;
    return p.crossAttrThreshold;
  }
  // Across languages only slots can tell two questions are one ("2号多少钱" / "how much is #2"):
  // allowed for narrow attributes of the same known product or shop policy, never on words alone.
  if (g.lang !== s.lang && (s.attribute === 'other' || BROAD_ATTRIBUTES.has(s.attribute) || (s.sku === null && !POLICY_ATTRIBUTES.has(s.attribute)))) return null;
  // An 'other' question rarely names its product ("is the cover removable" / "can you take it off"):
  // an unknown product on either side does not keep them apart, two different known ones do.
  const skuOk = g.sku === s.sku || (s.attribute === 'other' && (g.sku === null || s.sku === null));
  if (!skuOk) return null;
  // Two different named variants are two questions; two destinations of a shipping question are
  // one question asked for two places, kept together only when worded alike.
  if (g.value && s.value && g.value !== s.value && !(g.value.startsWith('d:') && s.value.startsWith('d:'))) return null;
  const other = s.lang === 'zh' ? p.otherThresholdZh : p.otherThreshold;
  // Same family, different attribute ("is it sold out" / "when is the restock"): softly apart.
  const known = (BROAD_ATTRIBUTES.has(s.attribute) ? p.broadThreshold : p.knownThreshold) + (g.attribute !== s.attribute ? p.familyGapPenalty : 0);
  const base = s.attribute === 'other' ? other
    : s.attribute === 'discount' && s.sku === null && g.sku === null ? p.shopDiscountThreshold
      : s.sku === null && !POLICY_ATTRIBUTES.has(s.attribute) ? p.unknownProductThreshold : known;
  if (g.value === s.value) return base;
  const v = g.value ?? s.value ?? '';
  return base + (v.startsWith('m:') || v.startsWith('k:') || v.startsWith('d:') ? p.measureGapPenalty : p.valueGapPenalty);
}

export function groupSimilarity(g: GroupState, q: TextRep & { slots: QuestionSlots }, p: GroupingParams): number {
  let best = 0;
  let sum = 0;
  for (const s of g.samples) { const x = textSimilarity(q.slots.lang, s, q, p); best = Math.max(best, x); sum += x; }
  return p.linkage ? (1 - p.linkage) * best + p.linkage * (sum / (g.samples.length || 1)) : best;
}

/** The group a question joins (best margin over its threshold), or null for a new group. */
export function matchGroup(q: QuestionItem, groups: Iterable<GroupState>, p: GroupingParams = DEFAULT_GROUPING): GroupState | null {
  let best: { g: GroupState; margin: number } | null = null;
  for (const g of groups) {
    const base = joinThreshold(g, q.slots, p);
    if (base === null) continue;
    const apart = q.slots.attribute === 'other' && (q.slots.sku === null || g.sku === null) && g.pitched !== undefined && (g.pitched ?? null) !== (q.pitched ?? null);
    const need = base + (apart ? p.pitchGapPenalty : 0);
    const margin = groupSimilarity(g, q, p) - need;
    if (margin >= 0 && (!best || margin > best.margin)) best = { g, margin };
  }
  return best?.g ?? null;
}

export function newGroup(q: QuestionItem): GroupState {
  const { lang, sku, attribute, value } = q.slots;
  return { id: q.id, lang, sku, attribute, value, pitched: q.pitched ?? null, text: q.text, samples: [{ text: q.text, vec: q.vec }], count: 1, askers: q.author ? [q.author] : [], firstTs: q.ts, lastTs: q.ts };
}

/** Adds a question to a group in place (tallies, and a sample while there is room). */
export function joinGroup(g: GroupState, q: QuestionItem, p: GroupingParams = DEFAULT_GROUPING): void {
  g.count += 1;
  if (q.author && !g.askers.includes(q.author)) g.askers.push(q.author);
  g.firstTs = Math.min(g.firstTs, q.ts);
  g.lastTs = Math.max(g.lastTs, q.ts);
  // A variant-less group that gets a named variant keeps the variant-less signature: it stays the
  // broader question ("what colours?"), and other variants can still join it by text.
  if (g.samples.length < p.maxSamples && !g.samples.some((s) => s.text === q.text)) g.samples.push({ text: q.text, vec: q.vec });
}

export interface QuestionGrouper {
  /** Files one question; returns its group (created when nothing matched). */
  add(q: QuestionItem): { group: GroupState; created: boolean };
  groups(): GroupState[];
}

/** A grouper over one stream; `initial` restores groups saved earlier (e.g. after a worker restart). */
export function createGrouper(p: GroupingParams = DEFAULT_GROUPING, initial: GroupState[] = []): QuestionGrouper {
  const all = new Map(initial.map((g) => [g.id, g]));
  return {
    add(q) {
      const g = matchGroup(q, all.values(), p);
      if (g) {
        joinGroup(g, q, p);
        return { group: g, created: false };
      }
      const n = newGroup(q);
      all.set(n.id, n);
      return { group: n, created: true };
    },
    groups: () => [...all.values()],
  };
}
