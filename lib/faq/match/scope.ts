/**
 * The answer-scope check: does this entry answer what was asked, or only the same topic?
 *  1. Attribute: the question asks about one thing (lib/suggest's attribute cues: price, shipping
 *     time, returns…); an entry none of whose question variants asks that attribute (or a closely
 *     related one) does not answer it: "how much is shipping" is not "how much is it", and an
 *     entry about the giveaway does not answer "do you ship internationally?".
 *  2. Specifics: every specific term the question names (a day, a place, a carrier, a payment
 *     method, a number…; see terms/) must appear in the entry's questions, answers or keywords, or
 *     be covered by a broader term there (Germany by "the EU", 周日 by 周末).
 */
import type { FaqEntry } from '../../catalog/types';
import { normalizeText } from '../../ml/features/text-normalize';
import { detectAttribute, type Attribute } from '../../suggest/slots/attributes';
import { foldZh } from './zh-fold';
import { coverageOf, covers, findTerms, type Coverage, type FoundTerm } from './terms/extract';

export interface EntryScope {
  attributes: ReadonlySet<Attribute>;
  coverage: Coverage;
}

export type ScopeProblem = { reason: 'other-attribute'; detail: string } | { reason: 'unstated-specific'; detail: string; term: FoundTerm };

// Attributes viewers and sellers mix up for the same need: one answers the other.
const FAMILIES: Attribute[][] = [
  ['size', 'fit', 'dimensions', 'quantity', 'included'],
  ['price', 'discount'],
  ['shipping_time', 'shipping_dest'],
  ['stock', 'restock'],
  ['usage', 'suitability', 'efficacy'],
  ['expiry', 'freshness', 'longevity'],
  ['battery', 'power'],
];
const FAMILY = new Map<Attribute, number>(FAMILIES.flatMap((f, i) => f.map((a) => [a, i] as [Attribute, number])));
const BROAD = new Set<Attribute>(['suitability', 'usage', 'compat', 'efficacy', 'included', 'longevity']);
const related = (a: Attribute, b: Attribute): boolean => a === b || (FAMILY.has(a) && FAMILY.get(a) === FAMILY.get(b));

const SHIPPING_WORD = /\b(ship|ships|shipping|shipped|delivery|deliver|postage|freight)\b|运费|邮费|快递费/;
const MONEY_WORD = /\b(price|prices|cost|costs|pay|dollars?|bucks|\$|usd|cad|eur|gbp|expensive|cheap|pricey)\b|[$¥￥€£]|钱|价|元|块/;

/**
 * The attribute a line asks about (lib/suggest's cues), on the Chinese-folded text, with two
 * corrections for this use: a price cue next to a shipping word asks the shipping cost ("how much
 * do you charge for shipping"), and "how much" with no money word asks an amount, not a price
 * ("how much serum do I put on").
 */
export function questionAttribute(text: string): Attribute {
  const t = normalizeText(foldZh(text));
  // Swapping or exchanging is a return, whatever size or colour it names.
  if (/\b(swap|exchange)\b|换货|调换/.test(t)) return 'returns';
  // "How long is it good for / does it keep" asks the shelf life, not a length.
  if (/\bhow long\b.{0,25}\b(good|last|lasts|keep|keeps|opened|opening|fresh|expire|expires)\b/.test(t)) return 'expiry';
  const a = detectAttribute(t);
  if (a === 'price' && SHIPPING_WORD.test(t)) return 'shipping_cost';
  if (a === 'price' && /\bhow much\b/.test(t) && !MONEY_WORD.test(t) && !/\bhow much (is|are|for|'s)\b/.test(t)) return 'other';
  return a;
}

/**
 * Whether the entry asks exactly the narrow attribute the line asks (or a closely related one):
 * positive evidence that they are about the same need, which the encoder alone often misses on
 * short chat lines ("return window?", "when will my grinder get here").
 */
export function attributeAgrees(attr: Attribute, scope: EntryScope): boolean {
  if (attr === 'other' || BROAD.has(attr)) return false;
  return [...scope.attributes].some((a) => a !== 'other' && related(a, attr));
}

export function entryScope(e: Pick<FaqEntry, 'questions' | 'answers' | 'keywords'>): EntryScope {
  const attributes = new Set(e.questions.map(questionAttribute));
  const text = [...e.questions, ...e.answers, ...(e.keywords ?? [])].join('\n');
  return { attributes, coverage: coverageOf(text) };
}

/** The attribute half of the scope check: the line's attribute, when the entry never asks it (or a related one). */
export function attributeProblem(attr: Attribute | null, scope: EntryScope): ScopeProblem | null {
  const known = [...scope.attributes].filter((a) => a !== 'other');
  // Against an entry with no recognised attribute, only attributes with narrow cues count:
  // "good for / work for" (suitability, usage) also phrase questions about anything.
  const judged = known.length > 0 || !BROAD.has(attr ?? 'other');
  if (attr !== null && attr !== 'other' && judged && !known.some((a) => related(a, attr))) return { reason: 'other-attribute', detail: attr };
  return null;
}

/** The specifics half: a term the line names that the entry does not state (nor a broader one). */
export function termProblem(text: string, scope: EntryScope): ScopeProblem | null {
  for (const term of findTerms(text)) if (!covers(scope.coverage, term)) return { reason: 'unstated-specific', detail: term.surface, term };
  return null;
}

/** Null when the entry answers the question's scope; otherwise what it leaves out. A null `attr` skips the attribute check. */
export function scopeProblem(text: string, scope: EntryScope, attr: Attribute | null = questionAttribute(text)): ScopeProblem | null {
  return attributeProblem(attr, scope) ?? termProblem(text, scope);
}
