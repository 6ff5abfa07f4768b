/**
 * The host (role owner) and a moderator answer recent questions in chat, stating only what the catalog
 * or the FAQ holds, so "auto-marked answered when the host replies" can be tested. A question stays
 * open for three minutes; a reply answers every open question with the same key.
 */
import type { FaqEntry, Product } from '../../catalog';
import type { FaqIndex } from '../faq-topics';
import { descriptionFact, formatPrice, listOf } from '../facts';
import type { Rng } from '../rng';
import { fill, productRef } from '../text/render';
import type { CommentTruth, ProductQuestion, QuestionType, SimLang } from '../types';
import { bankOf } from './lines';

const OPEN_MS = 180_000;

interface OpenQuestion {
  key: string;
  ids: string[];
  names: string[];
  last: number;
  sku: string | null;
  type: QuestionType;
  variant?: string;
  lang: 'en' | 'zh';
}

export interface Reply {
  text: string;
  truth: Omit<CommentTruth, 'id' | 'ts' | 'viewer' | 'role'>;
}

export class OpenQuestions {
  private open = new Map<string, OpenQuestion>();

  add(c: CommentTruth, name: string, lang: SimLang): void {
    if (!c.question) return;
    const q = this.open.get(c.question);
    const qLang = c.lang === 'mixed' ? lang : c.lang;
    if (q) {
      q.ids.push(c.id);
      q.names.push(name);
      q.last = c.ts;
    } else if (c.topic) {
      this.open.set(c.question, { key: c.question, ids: [c.id], names: [name], last: c.ts, sku: c.sku, type: c.topic, variant: c.variant, lang: qLang });
    }
  }

  /** Forgets questions nobody repeated for a while (they scrolled away unanswered). */
  prune(now: number): void {
    for (const [k, q] of this.open) if (now - q.last > OPEN_MS) this.open.delete(k);
  }

  /** Whether the question with this id is still waiting for an answer. */
  isOpen(key: string, id: string): boolean {
    return this.open.get(key)?.ids.includes(id) ?? false;
  }

  get size(): number {
    return this.open.size;
  }

  /** The most-asked open question that `canAnswer` accepts, pitched product first; removed when taken. */
  take(canAnswer: (q: OpenQuestion) => boolean, pitched: string | null): OpenQuestion | null {
    let best: OpenQuestion | null = null;
    let bestScore = -1;
    for (const q of this.open.values()) {
      if (!canAnswer(q)) continue;
      const score = q.ids.length + (q.sku && q.sku === pitched ? 100 : 0);
      if (score > bestScore) {
        best = q;
        bestScore = score;
      }
    }
    if (best) this.open.delete(best.key);
    return best;
  }
}

export interface ReplyContext {
  lang: SimLang;
  product: (sku: string) => Product | undefined;
  stockLeft: (sku: string) => number | undefined;
  faq: FaqIndex;
  rng: Rng;
  /** Rotates FAQ answer variants per entry. */
  turn: Map<string, number>;
}

function productFact(q: OpenQuestion, p: Product, c: ReplyContext): { tpl: 'soldOut' | 'sizeYes' | 'colourYes' | ProductQuestion; vars: Record<string, string> } | null {
  const type = q.type as ProductQuestion;
  const lang = c.lang;
  switch (type) {
    case 'price': {
      const price = formatPrice(p);
      return price ? { tpl: 'price', vars: { price } } : null;
    }
    case 'size':
      if (!p.sizes.length) return null;
      return q.variant && p.sizes.includes(q.variant) ? { tpl: 'sizeYes', vars: { size: q.variant } } : { tpl: 'size', vars: { sizes: listOf(p.sizes, lang) } };
    case 'colour':
      if (!p.colours.length) return null;
      return q.variant && p.colours.includes(q.variant) ? { tpl: 'colourYes', vars: { colour: q.variant } } : { tpl: 'colour', vars: { colours: listOf(p.colours, lang) } };
    case 'stock': {
      const left = c.stockLeft(p.sku);
      if (left === undefined) return null;
      return left === 0 ? { tpl: 'soldOut', vars: {} } : { tpl: 'stock', vars: { stock: String(left) } };
    }
    case 'material':
    case 'fit': {
      const fact = descriptionFact(p, type);
      return fact ? { tpl: type, vars: { fact } } : null;
    }
  }
}

function faqAnswer(q: OpenQuestion, c: ReplyContext): FaqEntry | null {
  return c.faq(q.type, q.lang);
}

/** Whether a reply can be made from the catalog/FAQ (the host never makes a fact up). */
export function answerable(q: OpenQuestion, c: ReplyContext): boolean {
  if (q.sku) {
    const p = c.product(q.sku);
    if (p && productFact(q, p, c)) return true;
    return q.type === 'fit' && !!faqAnswer(q, c);
  }
  return !!faqAnswer(q, c);
}

export function reply(q: OpenQuestion, c: ReplyContext): Reply | null {
  const bank = bankOf(c.lang);
  const name = q.names[q.names.length - 1] ?? '';
  const p = q.sku ? c.product(q.sku) : undefined;
  const fact = p ? productFact(q, p, c) : null;
  let text: string;
  let faqId: string | null = null;
  let lang: 'en' | 'zh' = c.lang;
  if (p && fact) {
    const ref = p.number ? (c.lang === 'zh' ? `${p.number}号` : `#${p.number}`) : productRef(p, c.lang, c.rng);
    text = fill(c.rng.pick(bank.host[fact.tpl]), { name, ref, ...fact.vars });
  } else {
    const e = faqAnswer(q, c);
    if (!e || !e.answers.length) return null;
    const k = c.turn.get(e.id) ?? 0;
    c.turn.set(e.id, k + 1);
    faqId = e.id;
    lang = e.lang === 'any' ? c.lang : e.lang;
    text = fill(c.rng.pick(bankOf(lang).host.faq), { name, answer: e.answers[k % e.answers.length] as string });
  }
  return {
    text,
    truth: { intent: 'chitchat', sentiment: 'neutral', lang, sku: q.sku, question: null, answers: q.ids, ...(faqId ? { faq: faqId } : {}), answersKey: q.key },
  };
}
