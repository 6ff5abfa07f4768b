/**
 * The shape of a language's template bank. Templates are written for the simulator (never taken from
 * the models' corpora). Placeholders: {ref} a product named the way viewers name it (#3, link 3, an
 * alias), {n} its listing number, {size}, {colour}, {shop}; host replies also {name}, {price},
 * {sizes}, {colours}, {stock}, {fact}, {answer}.
 */
import type { ProductQuestion, QuestionType } from '../types';

export interface QuestionTemplates {
  /** Said while the product is pitched, naming nothing ("how much is this one"). */
  here: readonly string[];
  /** Naming the product ({ref}). Shop questions use `here` only. */
  named: readonly string[];
}

export interface Bank {
  questions: Record<QuestionType, QuestionTemplates>;
  /** Wanting to buy, before buying ("link?", "扣1", "#3 please"). */
  purchase: readonly string[];
  /** Right after the viewer's purchase event ("拍了", "just bought!"). */
  purchased: readonly string[];
  /** Praise of the product being shown. */
  praise: readonly string[];
  /** Praise of the host or the show (no product). */
  cheer: readonly string[];
  /** Complaints about service, shipping, the stream (no product). */
  complaint: readonly string[];
  /** Complaints about the product being shown (price, quality). */
  complaintProduct: readonly string[];
  greeting: readonly string[];
  chitchat: readonly string[];
  spam: readonly string[];
  /** Host answers per product question type, with the catalog fact filled in. */
  host: Record<ProductQuestion, readonly string[]> & { faq: readonly string[]; soldOut: readonly string[]; sizeYes: readonly string[]; colourYes: readonly string[] };
  /** Moderator announcements when a pitch starts ("link 3 is up"). */
  linkUp: readonly string[];
  /** Generic sizes and colours for questions about variants a product may not have. */
  anySize: readonly string[];
  anyColour: readonly string[];
  emoji: readonly string[];
  /** Words around some questions ("quick q:", "请问", "thx", "谢谢"). */
  openers: readonly string[];
  closers: readonly string[];
  /** A viewer asking again after no answer; {q} is the question in new words. */
  reask: readonly string[];
}
