/**
 * When the host's or a moderator's own chat message answers an open question group. The rule
 * (documented in lib/suggest/README.md, tested in __tests__/auto-answered.test.ts):
 *   1. Only messages whose author role, as the page shows it, is `owner` or `moderator`, and only
 *      groups first asked before the message.
 *   2. A message that @mentions an asker answers that asker's open group the message is about
 *      (same attribute), or else that asker's most recent open group.
 *   3. Otherwise a message that is not itself a question answers every open group whose attribute
 *      it addresses (its cue words, or a stated value such as a price, colour, size or stock word)
 *      about the same product — the product it names, or the one being pitched — or, for seller-wide
 *      policies (shipping, returns, payment, warranty), any product.
 *   4. 'other' questions (no attribute) are answered only by a message whose text is similar enough
 *      to the question (n-gram cosine ≥ OTHER_ANSWER_SIMILARITY).
 */
import type { AuthorRole } from '../../events/live-event';
import { termCosine } from '../../ml/similarity';
import { normalizeText } from '../../ml/features/text-normalize';
import { looksLikeQuestion } from '../detect/question';
import { POLICY_ATTRIBUTES, type Attribute } from '../slots/attributes';
import { extractSlots, type SlotCatalog } from '../slots/extract';
import { findColour, findSize } from '../slots/values';

export const STAFF_ROLES: readonly AuthorRole[] = ['owner', 'moderator'];
export const OTHER_ANSWER_SIMILARITY = 0.45;

export interface StaffMessage {
  text: string;
  ts: number;
  role: AuthorRole;
  /** The sku being pitched when the message was sent. */
  pitchedSku: string | null;
}

export interface OpenGroup {
  id: string;
  sku: string | null;
  attribute: Attribute;
  text: string;
  askers: readonly string[];
  firstTs: number;
  lastTs: number;
}

// A stated value, in an answer rather than a question ("it's $45", "还有20件", "sold out").
const STATES: Partial<Record<Attribute, RegExp>> = {
  price: /[$¥￥€£]\s?\d|\d\s?(dollars?|bucks|usd|cny|rmb|eur|gbp|元|块|米)\b|\d\s?(元|块)/,
  discount: /\d+\s?%|\d\s?折|coupon|code|优惠|券|满\d+减/,
  stock: /in stock|sold out|out of stock|\d+\s?(left|pieces|units|pcs)|only \d+|还有\d*|\d+\s?(件|个|单)|没货|售罄|卖完|现货|库存/,
  restock: /restock|back in stock|next week|补货|返场|下周|明天/,
  shipping_time: /\d+\s?-?\s?\d*\s?(days?|business days|hours?|weeks?)|\d+\s?(天|小时)|48h|24h/,
  shipping_cost: /free shipping|包邮|运费|邮费|\$\s?\d+ shipping/,
};

function addresses(text: string, attr: Attribute, slotsAttr: Attribute): boolean {
  if (slotsAttr === attr) return true;
  if (STATES[attr]?.test(text)) return true;
  if (attr === 'colour') return findColour(text) !== null;
  if (attr === 'size' || attr === 'fit') return findSize(text) !== null;
  return false;
}

/** @names in a message ("@amy", "@小红"), lowercased. */
export function mentionedNames(text: string): string[] {
  return [...text.matchAll(/@([^\s@,，:：!！?？]+)/gu)].map((m) => (m[1] ?? '').toLowerCase());
}

/** Ids of the open groups a staff message answers (empty when it answers none). */
export function groupsAnsweredBy(msg: StaffMessage, open: readonly OpenGroup[], catalog: SlotCatalog): string[] {
  if (!STAFF_ROLES.includes(msg.role) || !msg.text.trim()) return [];
  const before = open.filter((g) => g.firstTs <= msg.ts);
  const t = normalizeText(msg.text);
  const slots = extractSlots(msg.text, catalog, msg.pitchedSku);
  const names = mentionedNames(msg.text);
  if (names.length) {
    const out: string[] = [];
    for (const name of names) {
      const theirs = before.filter((g) => g.askers.some((a) => a.toLowerCase() === name)).sort((a, b) => b.lastTs - a.lastTs);
      const about = theirs.filter((g) => addresses(t, g.attribute, slots.attribute));
      for (const g of about.length ? about : theirs.slice(0, 1)) out.push(g.id);
    }
    if (out.length) return [...new Set(out)];
  }
  if (looksLikeQuestion(msg.text)) return [];
  const sku = slots.sku ?? msg.pitchedSku;
  return before
    .filter((g) => {
      if (g.attribute === 'other') return termCosine(g.text, msg.text) >= OTHER_ANSWER_SIMILARITY;
      if (!addresses(t, g.attribute, slots.attribute)) return false;
      return POLICY_ATTRIBUTES.has(g.attribute) || g.sku === null || g.sku === sku;
    })
    .map((g) => g.id);
}
