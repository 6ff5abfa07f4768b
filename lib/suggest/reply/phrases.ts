/**
 * Sentences for reply plans, three wordings each per language so repeated replies do not look
 * like a bot to the platform or the viewers. Every value comes from the plan (catalog/FAQ); the
 * wordings themselves hold no numbers, sizes, colours or policy terms.
 */
import type { Product } from '../../catalog/types';
import type { Attribute } from '../slots/attributes';
import type { QuestionLang } from '../slots/extract';
import { formatPrice, joinList } from './format';
import type { Plan } from './ground';

const TOPIC: Record<QuestionLang, Record<Attribute, string>> = {
  en: {
    price: 'the price', discount: 'discount details', quantity: 'the pack contents', size: 'the sizes', fit: 'fit advice', colour: 'the colours', stock: 'the stock level',
    restock: 'a restock date', material: 'the material', care: 'care instructions', dimensions: 'the dimensions', usage: 'usage details', suitability: 'who it suits',
    compat: 'compatibility details', authenticity: 'authenticity details', flavour: 'taste and scent details', noise: 'noise levels', battery: 'battery life', power: 'power and charging details', efficacy: 'results details', longevity: 'wear time details', included: 'what comes in the box', expiry: 'the shelf life', freshness: 'the production date', shipping_cost: 'the shipping cost', shipping_time: 'delivery times',
    shipping_dest: 'shipping destinations', returns: 'the returns policy', payment: 'payment options', warranty: 'warranty details', other: 'that',
  },
  zh: {
    price: '价格', discount: '优惠信息', quantity: '规格数量', size: '尺码', fit: '尺码建议', colour: '颜色', stock: '库存数量', restock: '补货时间', material: '材质',
    care: '洗护说明', dimensions: '尺寸规格', usage: '使用方法', suitability: '适用人群', compat: '适配信息', authenticity: '正品信息', flavour: '口味信息', noise: '噪音信息', battery: '续航信息', power: '功率信息', efficacy: '效果说明', longevity: '持久度信息', included: '配件清单', expiry: '保质期', freshness: '生产日期', shipping_cost: '运费信息',
    shipping_time: '发货时效', shipping_dest: '配送范围', returns: '退换政策', payment: '支付方式', warranty: '保修信息', other: '这个信息',
  },
};

/** How a product is named in a reply: "the Classic Hoodie (#2)" / "2号经典卫衣". */
export function productName(p: Product | null, lang: QuestionLang): string {
  if (!p) return lang === 'zh' ? '这款' : 'it';
  const n = p.number?.trim();
  if (lang === 'zh') return n ? `${n}号${p.title}` : p.title;
  return n ? `the ${p.title} (#${n.replace(/^#/, '')})` : `the ${p.title}`;
}

const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** Three wordings of one plan. */
export function phrase(plan: Plan, p: Product | null, lang: QuestionLang): [string, string, string] {
  const name = productName(p, lang);
  const en = lang === 'en';
  switch (plan.kind) {
    case 'price': {
      const price = formatPrice(plan.price, plan.currency, lang);
      return en ? [`${cap(name)} is ${price}.`, `${cap(name)} costs ${price}.`, `It's ${price} for ${name}.`] : [`${name}价格是${price}`, `${name}售价${price}`, `${name}${price}哦`];
    }
    case 'variants': {
      const list = joinList(plan.list, lang);
      const what = plan.field === 'sizes' ? (en ? 'sizes' : '尺码') : en ? 'colours' : '颜色';
      if (plan.has === true) {
        return en
          ? [`Yes, ${name} comes in ${plan.asked}! All ${what}: ${list}.`, `${plan.asked} is one of the ${what} of ${name} (${list}).`, `Yes — ${name} has ${plan.asked}. ${cap(what)}: ${list}.`]
          : [`有的，${name}有${plan.asked}，${what}：${list}`, `${name}有${plan.asked}哦，全部${what}：${list}`, `有${plan.asked}，${name}的${what}是${list}`];
      }
      if (plan.has === false) {
        return en
          ? [`${cap(name)} comes in ${list}; ${plan.asked} is not in the catalog.`, `Sorry, ${plan.asked} is not in the catalog for ${name} — ${what}: ${list}.`, `${cap(what)} for ${name}: ${list} (${plan.asked} is not in the catalog).`]
          : [`${name}的${what}是${list}，目录里没有${plan.asked}`, `抱歉，目录里没有${plan.asked}，${name}${what}：${list}`, `${name}只有${list}，${plan.asked}目录里没有`];
      }
      return en
        ? [`${cap(name)} comes in ${list}.`, `${cap(what)} for ${name}: ${list}.`, `You can get ${name} in ${list}.`]
        : [`${name}有${list}`, `${name}的${what}：${list}`, `${name}可选${what}：${list}`];
    }
    case 'stock':
      if (plan.stock === 0) {
        return en ? [`Sorry, ${name} is sold out right now.`, `${cap(name)} is sold out at the moment.`, `${cap(name)} is sold out, sorry!`] : [`抱歉，${name}已经售罄了`, `${name}目前售罄`, `${name}已售罄，暂时没货`];
      }
      return en
        ? [`${cap(name)} is in stock: ${plan.stock} left.`, `Yes! ${plan.stock} left of ${name}.`, `Still in stock — ${plan.stock} of ${name} left.`]
        : [`${name}还有${plan.stock}件`, `有货，${name}剩${plan.stock}件`, `${name}现货还有${plan.stock}件`];
    case 'faq': {
      const a = plan.entry.answers;
      const at = (i: number): string => a[i % a.length] ?? '';
      return en ? [at(0), `Good question! ${at(1)}`, `Hi! ${at(2)}`] : [at(0), `亲，${at(1)}`, `宝宝，${at(2)}`];
    }
    case 'quote': {
      const s = plan.sentences.join(' ');
      return en ? [`${cap(name)}: ${s}`, `From the product notes: ${s}`, `About ${name}: ${s}`] : [`${name}：${s}`, `商品说明：${s}`, `关于${name}：${s}`];
    }
    case 'missing': {
      const topic = TOPIC[lang][plan.topic];
      const of = p ? (en ? ` for ${name}` : `${name}的`) : '';
      return en
        ? [`Sorry, ${topic}${of} is not in the catalog.`, `Good question — ${topic}${of} is not in the catalog yet.`, `${cap(topic)}${of} is not in the catalog; I'll check and get back to you.`]
        : [`抱歉，${of}${topic}目录里没有`, `${of}${topic}目录里没有，稍后帮你确认`, `亲，${of}${topic}目录里没有写哦`];
    }
    case 'unknown': {
      const ref = plan.ref.startsWith('#') ? plan.ref.slice(1) : plan.ref;
      return en
        ? [`Sorry, #${ref} is not in the catalog.`, `#${ref} is not in the catalog — which product do you mean?`, `I can't find #${ref}: it is not in the catalog.`]
        : [`抱歉，目录里没有${ref}号`, `${ref}号目录里没有哦，是哪个宝贝呢？`, `亲，目录里没有${ref}号链接`];
    }
    case 'which':
      return en
        ? ['Which product do you mean? Tell me its number and I will answer.', 'Which one are you asking about? Drop the product number.', 'Happy to help — which product is it?']
        : ['请问是哪个宝贝呢？报一下链接号', '亲，问的是哪一款呀？说下几号链接', '是哪个商品呢？告诉我链接号哦'];
  }
}
