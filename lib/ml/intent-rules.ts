/**
 * Ordered keyword rules for intent (what a Nightbot-style keyword bot does). Used two ways: as the
 * evaluation baseline (first match wins, `keywordIntent`) and, when a head is configured so, as
 * input features (`ruleFeatures`: which rules match plus the first-match label).
 */
import { INTENTS, type Intent } from './labels';

export const INTENT_RULES: readonly (readonly [Intent, RegExp])[] = [
  ['spam', /(follow me|sub4sub|f4f|dm me|my bio|my profile|bit\.ly|telegram|crypto|free (money|followers|gift)|加微信|加v|私聊|私信|兼职|互粉|主页)/i],
  ['ask_price', /(how much|price|cost|\$\$|discount|coupon|多少钱|价格|什么价|优惠|便宜|多钱|怎么卖|到手价)/i],
  ['ask_stock', /(in stock|restock|sold out|left\?|available|any left|库存|还有货|补货|卖完|现货|断货|还有吗)/i],
  ['ask_shipping', /(ship|deliver|arrive|return|refund policy|warranty|tracking|courier|快递|发货|包邮|退换|退款|售后|运费|顺丰|到货)/i],
  ['ask_spec', /(size|color|colour|material|fit|waterproof|battery|how (do|to) (you )?use|dimension|fabric|尺码|颜色|材质|防水|怎么用|多大|偏大|偏小|面料|厚)/i],
  ['purchase', /(i'?ll take|link|sold|claim|i want|bought|ordered|add(ing)? to cart|take my money|mine|扣1|^1+$|上链接|拍了|已拍|下单|我要|链接)/i],
  ['complaint', /(broken|scam|trash|garbage|refund|never|worst|fake|waste|差|骗|垃圾|坏|假货|退款|不回)/i],
  ['praise', /(love|gorgeous|amazing|beautiful|best|stunning|fire|goat|perfect|cute|好看|好美|yyds|绝了|喜欢|不错|值|爱了|好用)/i],
  ['greeting', /^(hi|hello|hey|yo|sup|good (morning|evening)|大家好|主播好|哈喽|嗨|来了|打卡|晚上好|早上好)/i],
  ['other_question', /(\?|？|吗|呢|什么|几点|哪里|when|where|what|who|why)/i],
];

/** First matching rule's intent; chitchat when none matches. */
export function keywordIntent(t: string): Intent {
  for (const [intent, re] of INTENT_RULES) if (re.test(t)) return intent;
  return 'chitchat';
}

/** Feature width: one flag per rule, then the first-match label one-hot. */
export const RULE_DIM = INTENT_RULES.length + INTENTS.length;

/** [rule i matches (0/1) ..., one-hot of keywordIntent over INTENTS]. */
export function ruleFeatures(t: string): number[] {
  const out = INTENT_RULES.map(([, re]) => (re.test(t) ? 1 : 0));
  const first = keywordIntent(t);
  return [...out, ...INTENTS.map((l) => (l === first ? 1 : 0))];
}
