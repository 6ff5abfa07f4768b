/**
 * Two or three reply drafts for a question (or a question group), in the asker's language,
 * @mentioning the askers where the platform has mentions, grounded in the catalog and FAQ:
 * every stated value is listed in `facts`, a missing value is said to be "not in the catalog" /
 * "目录里没有", and a sold-out product is said to be sold out.
 */
import type { PlatformId } from '../../events/live-event';
import type { Product } from '../../catalog/types';
import type { QuestionSlots } from '../slots/extract';
import type { FaqPicker } from './faq-pick';
import { mentionPrefix } from './format';
import { ground } from './ground';
import { phrase } from './phrases';
import type { ReplyDraft } from './types';

export interface DraftQuestion {
  text: string;
  slots: QuestionSlots;
  /** Who asked (latest last); up to three are @mentioned. */
  askers: readonly string[];
  platform?: PlatformId;
  /** The product being pitched when asked (an 'other' question may be about it). */
  pitchedSku?: string | null;
}

export interface DraftContext {
  catalog: readonly Product[];
  faq: FaqPicker;
}

/** The catalog answers these itself when it has the field; the FAQ only fills a gap. */
function catalogHas(p: Product | undefined, attr: QuestionSlots['attribute']): boolean {
  if (!p) return false;
  if (attr === 'price') return p.price !== undefined;
  if (attr === 'size') return p.sizes.length > 0;
  if (attr === 'colour') return p.colours.length > 0;
  if (attr === 'stock') return p.stock !== undefined;
  return false;
}

export async function draftReplies(q: DraftQuestion, ctx: DraftContext): Promise<ReplyDraft[]> {
  const product = q.slots.sku ? ctx.catalog.find((p) => p.sku === q.slots.sku) : undefined;
  const faq = catalogHas(product, q.slots.attribute) ? null : await ctx.faq.pick(q.text, q.slots, q.pitchedSku);
  const g = ground({ text: q.text, slots: q.slots, catalog: ctx.catalog, faq, pitchedSku: q.pitchedSku });
  if (!g.plans.length) return [];
  const lang = q.slots.lang;
  const at = mentionPrefix(q.askers, q.platform);
  const sep = lang === 'zh' ? '，' : ' ';
  const texts = [0, 1, 2].map((i) => at + g.plans.map((plan, k) => phrase(plan, g.product, lang)[k === 0 ? i : 0]).join(sep));
  return [...new Set(texts)].map((text) => ({ text, lang, facts: g.facts }));
}
