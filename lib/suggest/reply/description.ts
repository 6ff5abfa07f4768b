/**
 * Which sentences of a product description answer a question: those stating the asked attribute
 * (question cues plus statement forms: units for dimensions, counts for quantity, "use/apply/冲开" for
 * usage…) and those sharing a content word (English) or a two-character word (Chinese) with the
 * question — "is it vegan" finds "Vegan and cruelty-free.", "一袋多少克" finds "250克一袋".
 */
import { normalizeText } from '../../ml/features/text-normalize';
import { detectAttribute, type Attribute } from '../slots/attributes';

const STATEMENT: Partial<Record<Attribute, RegExp>> = {
  dimensions: /\d\s?(?:x\s?\d+\s?)?(?:cm|mm|m|inch|inches|in|"|ft|kg|g|lb|lbs|oz|ml|l|litres?|liters?|gsm)\b|\d\s?(?:厘米|毫米|公分|米|寸|千克|公斤|克|斤|毫升|升)|\b(weighs|capacity|inseam|length)\b|容量|长度|重量|高度/,
  quantity: /\bset of \d+|\d+\s?-?\s?(?:pack|pcs|pieces|count|ct|brushes|pods|capsules|sheets|bags)\b|\d+\s?(?:包|颗|片|支|瓶|袋|个装|件套|只)|\d+颗装/,
  usage: /\b(use|apply|mix|dissolve|pour|rinse|massage|spray|brew|steep)\b|冲开|冲泡|兑水|加水|加奶|即可|涂抹|按压|使用|早晚/,
  fit: /\b(fit|size (up|down)|runs? (small|large|big)|true to size)\b|偏大|偏小|正码|版型|宽松|修身/,
  material: /\d+\s?%|\bmade (of|from|with)\b|\b(cotton|wool|merino|polyester|nylon|leather|steel|silk|linen|denim|ceramic|stoneware|walnut|bamboo|zinc oxide|vitamin)\b|棉|羊毛|涤纶|真丝|雪纺|钢|陶瓷|成分|面料|内里/,
  flavour: /\b(fragrance|scent|flavou?r|spicy|sweet|notes of|tasting notes|taste)\b|口味|原味|香辣|微辣|甜|香味|风味|口感/,
  expiry: /shelf life|best before|保质期/,
  suitability: /\bsuitable|sensitive skin|all skin|kids|safe for\b|适合|敏感肌|孕妇|儿童/,
  care: /\b(wash|dry|iron|dishwasher|oil monthly|clean)\b|洗|晾|烘干|熨/,
  compat: /\b(induction|compatible|works with|fits)\b|适配|兼容|通用/,
};

const EN_STOP = new Set('the a an is it this that these those does do did can could will would should how what which when where who why are was be to of for on in with and or my your you i me we they them its it\'s there any much many some get got have has had please pls thanks one ones item product still again just really very so too'.split(' '));
const ZH_GENERIC = new Set(['多少', '什么', '怎么', '可以', '能不', '不能', '是不', '有没', '没有', '这个', '那个', '一下', '主播', '请问', '宝宝', '亲亲', '还有', '有吗', '吗？', '的吗', '是什', '么颜']);

function contentKeys(text: string): Set<string> {
  const t = normalizeText(text);
  const out = new Set<string>();
  for (const w of t.match(/[a-z][a-z-]{2,}/g) ?? []) if (!EN_STOP.has(w)) out.add(w.replace(/(es|s)$/, ''));
  for (const run of t.match(/\p{Script=Han}+/gu) ?? []) {
    for (let i = 0; i + 2 <= run.length; i += 1) {
      const bi = run.slice(i, i + 2);
      if (!ZH_GENERIC.has(bi)) out.add(bi);
    }
  }
  return out;
}

export function statesAttribute(sentence: string, attr: Attribute): boolean {
  const t = normalizeText(sentence);
  return detectAttribute(t) === attr || (STATEMENT[attr]?.test(t) ?? false);
}

/** Sentences of `description` that answer `question` about `attr`, in description order. */
export function relevantSentences(description: string | undefined, question: string, attr: Attribute, productWords: readonly string[] = []): string[] {
  // Split after sentence ends, never inside a number ("22.5瓦" stays whole: the checker caught it).
  const parts = (description ?? '').split(/(?<=[!?。！？；;]|\.(?!\d))\s*|\n+/).map((s) => s.trim()).filter(Boolean);
  // Words of the product's own name say nothing about which sentence answers ("hoodie" is everywhere).
  const skip = new Set([...productWords].flatMap((w) => [...contentKeys(w)]));
  const q = [...contentKeys(question)].filter((k) => !skip.has(k));
  return parts.filter((s) => {
    if (attr !== 'other' && statesAttribute(s, attr)) return true;
    const keys = contentKeys(s);
    return q.some((k) => keys.has(k));
  });
}
