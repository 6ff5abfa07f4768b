/** Written training questions: one product kind and the distinct questions asked about it. */
export interface Cluster {
  /** Names the product goes by (a `{p}` in a phrasing becomes one of them, or a pronoun). */
  products: string[];
  /** Each intent: phrasings of ONE question. */
  intents: string[][];
}
