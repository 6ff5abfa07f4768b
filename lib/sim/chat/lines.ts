/** Acts into chat lines: a template in the viewer's language, filled and roughened, with its truth. */
import type { Product } from '../../catalog';
import type { Intent, Sentiment } from '../../ml/labels';
import type { FaqIndex } from '../faq-topics';
import type { Viewer } from '../model/audience';
import type { Rng } from '../rng';
import type { Bank } from '../text/bank';
import { EN } from '../text/en';
import { fill, lineLang, productRef, roughen } from '../text/render';
import { MIXED, ZH } from '../text/zh';
import type { CommentTruth, QuestionType, SimLang } from '../types';
import type { Act } from './acts';

export type LineTruth = Omit<CommentTruth, 'id' | 'ts' | 'viewer' | 'role'>;
export interface Line {
  text: string;
  truth: LineTruth;
}

export interface LineContext {
  lang: SimLang;
  shop: string;
  faq: FaqIndex;
  rng: Rng;
}

const QUESTION_INTENT: Record<QuestionType, Intent> = {
  price: 'ask_price',
  size: 'ask_spec',
  colour: 'ask_spec',
  material: 'ask_spec',
  fit: 'ask_spec',
  stock: 'ask_stock',
  shipping_time: 'ask_shipping',
  shipping_cost: 'ask_shipping',
  international: 'ask_shipping',
  returns: 'other_question',
  payment: 'other_question',
  authenticity: 'other_question',
  discount: 'other_question',
  next_live: 'other_question',
};

export const bankOf = (lang: 'en' | 'zh'): Bank => (lang === 'en' ? EN : ZH);

/** The viewer's language for this line: bilingual viewers mix when a mixed template exists. */
function speakerBank(v: Viewer, c: LineContext): { bank: Bank; lang: 'en' | 'zh' } {
  const lang = v.lang === 'mixed' ? c.lang : v.lang;
  return { bank: bankOf(lang), lang };
}

function variant(list: readonly string[], any: readonly string[], rng: Rng): string {
  return list.length && rng.chance(0.75) ? rng.pick(list) : rng.pick(any);
}

interface Pickable {
  templates: readonly string[];
  mixed?: readonly string[];
}

function choose(v: Viewer, t: Pickable, rng: Rng): string {
  if (v.lang === 'mixed' && t.mixed?.length && rng.chance(0.45)) return rng.pick(t.mixed);
  return rng.pick(t.templates);
}

/** Fills a template about product p (or none) and works out what it names; `forced` fixes the size/colour. */
function render(tpl: string, p: Product | null, v: Viewer, bank: Bank, lang: 'en' | 'zh', c: LineContext, forced?: string, question = false) {
  const ref = p && tpl.includes('{ref}') ? productRef(p, lang, c.rng) : undefined;
  const size = tpl.includes('{size}') ? (forced ?? variant(p?.sizes ?? [], bank.anySize, c.rng)) : undefined;
  const colour = tpl.includes('{colour}') ? (forced ?? variant(p?.colours ?? [], bank.anyColour, c.rng)) : undefined;
  let raw = fill(tpl, { ref, size, colour, n: p?.number, shop: c.shop });
  // Questions sometimes come wrapped ("quick q: …", "请问…谢谢"); a closer goes before a final "?".
  if (question) {
    if (c.rng.chance(0.15)) raw = raw.replace(/([?？]*)$/, `${c.rng.pick(bank.closers)}$1`);
    if (c.rng.chance(0.2)) raw = `${c.rng.pick(bank.openers)}${raw}`;
  }
  const lineLanguage = lineLang(tpl, `${ref ?? ''} ${colour ?? ''}`);
  return { text: roughen(raw, lineLanguage, bank.emoji, c.rng), lang: lineLanguage, size, colour, named: !!ref || tpl.includes('{n}') };
}

const sentimentOf = (intent: Intent): Sentiment => (intent === 'praise' || intent === 'purchase' ? 'positive' : intent === 'complaint' ? 'negative' : 'neutral');

export function actLine(v: Viewer, act: Act, c: LineContext): Line {
  const { bank, lang } = speakerBank(v, c);
  const rng = c.rng;
  const base = (intent: Intent, text: string, l: CommentTruth['lang'], sku: string | null): Line => ({
    text,
    truth: { intent, sentiment: sentimentOf(intent), lang: l, sku, question: null },
  });
  switch (act.kind) {
    case 'question': {
      const t = bank.questions[act.type];
      const mixed = MIXED.questions[act.type];
      const here = act.deictic && t.here.length > 0;
      // A re-ask keeps the variant of the first question (so it keeps its key) in new words.
      const namesVariant = (x: string): boolean => /\{(size|colour)\}/.test(x);
      const fits = (x: string): boolean => act.variant === undefined || (act.variant === null ? !namesVariant(x) : namesVariant(x));
      const pool = (xs: readonly string[] | undefined): readonly string[] | undefined => {
        const f = xs?.filter(fits);
        return f?.length ? f : act.variant === undefined ? xs : undefined;
      };
      const templates = pool(here ? t.here : t.named.length ? t.named : t.here) ?? pool(t.here) ?? pool(t.named) ?? t.here;
      const tpl = choose(v, { templates, mixed: pool(here ? mixed?.here : mixed?.named) }, rng);
      const r = render(tpl, act.product, v, bank, lang, c, act.variant ?? undefined, true);
      const line = base(QUESTION_INTENT[act.type], r.text, r.lang, act.product.sku);
      const named = r.size ?? r.colour;
      line.truth.question = `${act.product.sku}:${act.type}${named !== undefined ? `:${named}` : ''}`;
      line.truth.topic = act.type;
      if (named !== undefined) line.truth.variant = named;
      if (!r.named) line.truth.deictic = true;
      if (act.type === 'fit') line.truth.faq = c.faq('fit', r.lang === 'en' ? 'en' : r.lang === 'zh' ? 'zh' : c.lang)?.id ?? null;
      return line;
    }
    case 'shopQuestion': {
      const t = bank.questions[act.type];
      const tpl = choose(v, { templates: t.here, mixed: MIXED.questions[act.type]?.here }, rng);
      const r = render(tpl, null, v, bank, lang, c, undefined, true);
      const line = base(QUESTION_INTENT[act.type], r.text, r.lang, null);
      line.truth.question = `shop:${act.type}`;
      line.truth.topic = act.type;
      line.truth.faq = c.faq(act.type, r.lang === 'mixed' ? c.lang : r.lang)?.id ?? null;
      return line;
    }
    case 'purchase': {
      const numbered = act.product.number !== undefined;
      const all = (v.lang === 'mixed' && MIXED.purchase && rng.chance(0.45) ? MIXED.purchase : bank.purchase).filter((x) => numbered || !x.includes('{n}'));
      // Away from the pitch a viewer has to say which product they mean.
      const pool = act.deictic ? all : all.filter((x) => x.includes('{ref}') || x.includes('{n}'));
      const tpl = rng.pick(pool.length ? pool : bank.purchase.filter((x) => x.includes('{ref}')));
      const r = render(tpl, act.product, v, bank, lang, c);
      const line = base('purchase', r.text, r.lang, act.product.sku);
      if (!r.named) line.truth.deictic = true;
      return line;
    }
    case 'praise': {
      const tpl = act.product ? choose(v, { templates: bank.praise, mixed: MIXED.praise }, rng) : rng.pick(bank.cheer);
      const r = render(tpl, act.product, v, bank, lang, c);
      return base('praise', r.text, r.lang, act.product?.sku ?? null);
    }
    case 'complaint': {
      const tpl = rng.pick(act.product ? bank.complaintProduct : bank.complaint);
      const r = render(tpl, act.product, v, bank, lang, c);
      return base('complaint', r.text, r.lang, act.product?.sku ?? null);
    }
    case 'spam': {
      // Spam accounts paste their one line again and again.
      const tpl = rng.chance(0.7) ? (bank.spam[v.serial % bank.spam.length] as string) : rng.pick(bank.spam);
      const r = render(tpl, null, v, bank, lang, c);
      return base('spam', r.text, r.lang, null);
    }
    default: {
      const kind = act.kind;
      const tpl = choose(v, { templates: bank[kind], mixed: MIXED[kind] }, rng);
      const r = render(tpl, null, v, bank, lang, c);
      return base(kind, r.text, r.lang, null);
    }
  }
}

/** The same question again, in new words, from a viewer nobody answered ("hello?? how much is #3"). */
export function reaskLine(v: Viewer, act: Extract<Act, { kind: 'question' }>, of: string, c: LineContext): Line {
  const line = actLine(v, act, c);
  const { bank } = speakerBank(v, c);
  line.text = fill(c.rng.pick(bank.reask), { q: line.text });
  line.truth.reaskOf = of;
  return line;
}

/** The buyer's line right after their purchase event ("拍了", "just bought!"). */
export function purchasedLine(v: Viewer, p: Product, c: LineContext): Line {
  const { bank, lang } = speakerBank(v, c);
  const tpl = choose(v, { templates: bank.purchased, mixed: MIXED.purchased }, c.rng);
  const r = render(tpl, p, v, bank, lang, c);
  return { text: r.text, truth: { intent: 'purchase', sentiment: 'positive', lang: r.lang, sku: p.sku, question: null, afterPurchase: true } };
}
