/** Reply drafts as formats.md's `suggest` prints them. */
import type { QuestionLang } from '../slots/extract';

/** One fact a draft states, and where it came from. */
export interface Fact {
  source: 'catalog' | 'faq';
  /** Catalog product (catalog facts, and FAQ entries tied to a product). */
  sku?: string;
  /** Catalog field: price, stock, sizes, colours, description, title. */
  field?: string;
  /** FAQ entry id. */
  id?: string;
  value: string | number;
}

export interface ReplyDraft {
  text: string;
  lang: QuestionLang;
  facts: Fact[];
}
