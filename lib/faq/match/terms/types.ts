/**
 * "Specific" terms: words that add a constraint to a question (a day, a place, a carrier, a payment
 * method, a shipping option, a group of people or animals, a product property, an ingredient, a
 * body part, a flavour, a sales channel, a unit). A question that names one the matched FAQ entry
 * never mentions asks something the FAQ does not state ("do you ship on sundays?" against an entry
 * about shipping time), so the auto-answer stays quiet.
 */
export type TermClass =
  | 'time' | 'place' | 'carrier' | 'payment' | 'shipping' | 'group' | 'property' | 'ingredient'
  | 'condition' | 'body' | 'flavour' | 'channel' | 'unit' | 'document' | 'personal' | 'refund-time';

export interface TermGroup {
  cls: TermClass;
  /** Every way of writing the term (English lowercase, singular; Chinese as written); the first names the group. */
  aliases: readonly string[];
  /** Broader groups whose mention also covers this one (Germany → EU). */
  parents?: readonly string[];
}

/** Per class, entry words that cover any term of the class ("worldwide" covers every country). */
export type Universal = Partial<Record<TermClass, readonly string[]>>;
