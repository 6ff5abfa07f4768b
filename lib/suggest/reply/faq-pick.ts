/**
 * The FAQ entry that answers a question, if any. Candidates: enabled entries in the asker's language
 * (or 'any'), general or tied to the question's product. An entry whose own questions ask the same
 * attribute ("free shipping?" ~ "包邮吗" are both shipping_cost) needs only a weak text match, and
 * for seller-wide policies none at all (a seller has one shipping-cost answer); any other entry
 * needs a strong text match. Text match = the FAQ matcher of lib/ml/similarity (USE-lite for
 * English when an embedder is given, character BM25 with synonyms otherwise).
 */
import type { FaqEntry } from '../../catalog/types';
import { createFaqMatcher, type EmbedFn as FaqEmbedFn } from '../../ml/similarity';
import { normalizeText } from '../../ml/features/text-normalize';
import { detectAttribute, POLICY_ATTRIBUTES, type Attribute } from '../slots/attributes';
import type { QuestionSlots } from '../slots/extract';

export interface FaqPickParams {
  /** Text score needed when the entry asks the same attribute. */
  sameAttribute: number;
  /** Text score needed otherwise. */
  anyAttribute: number;
}

export const DEFAULT_FAQ_PICK: FaqPickParams = { sameAttribute: 0.15, anyAttribute: 0.6 };

/** The attribute most of an entry's questions ask ('other' when none). */
export function faqAttribute(e: Pick<FaqEntry, 'questions'>): Attribute {
  const tally = new Map<Attribute, number>();
  for (const q of e.questions) {
    const a = detectAttribute(normalizeText(q));
    if (a !== 'other') tally.set(a, (tally.get(a) ?? 0) + 1);
  }
  return [...tally].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'other';
}

export interface FaqPicker {
  /** `pitchedSku`: entries tied to the pitched product count too (a policy question has no sku). */
  pick(text: string, slots: QuestionSlots, pitchedSku?: string | null): Promise<FaqEntry | null>;
}

export function createFaqPicker(faq: readonly FaqEntry[], embed?: FaqEmbedFn, p: FaqPickParams = DEFAULT_FAQ_PICK): FaqPicker {
  const enabled = faq.filter((e) => e.enabled !== false && e.answers.length > 0);
  const attrs = new Map(enabled.map((e) => [e.id, faqAttribute(e)]));
  const matchers = new Map<string, ReturnType<typeof createFaqMatcher>>();
  const matcherFor = (lang: string, cands: FaqEntry[]) => {
    const key = `${lang}|${cands.map((c) => c.id).join(',')}`;
    let m = matchers.get(key);
    if (!m) {
      m = createFaqMatcher(cands, embed);
      matchers.set(key, m);
    }
    return m;
  };
  return {
    async pick(text, slots, pitchedSku) {
      const about = slots.sku ?? pitchedSku ?? null;
      const cands = enabled.filter((e) => (e.lang === slots.lang || e.lang === 'any') && (!e.product || e.product === about));
      if (!cands.length) return null;
      const ranked = await (await matcherFor(slots.lang, cands)).rank(text);
      const byId = new Map(cands.map((c) => [c.id, c]));
      // A product-specific entry beats a general one on the same attribute.
      const sameAttr = cands.filter((c) => attrs.get(c.id) === slots.attribute && slots.attribute !== 'other');
      for (const r of ranked) {
        const e = byId.get(r.faqId);
        if (!e) continue;
        const ea = attrs.get(e.id) ?? 'other';
        // Two known, different attributes never match ("how much?" is not "how much is shipping").
        if (ea !== 'other' && slots.attribute !== 'other' && ea !== slots.attribute) continue;
        const same = ea === slots.attribute && slots.attribute !== 'other';
        if (r.score >= (same ? p.sameAttribute : p.anyAttribute)) return e;
      }
      if (POLICY_ATTRIBUTES.has(slots.attribute) && sameAttr.length) {
        return sameAttr.find((c) => c.product === about) ?? sameAttr[0] ?? null;
      }
      return null;
    },
  };
}
