/**
 * Lexicon baselines scored on the same held-out lines as the models, against the hand-written gold
 * labels (never against lexicon output). Some share a source with the model: the sentiment heads
 * read VADER (lib/ml/features/english-lexicon.ts) and, when configured so, BosonNLP / HowNet / DUTIR
 * (lib/ml/features/zh-lexicon.ts); the cards mark those (models/lib/cards.ts) and never count them as an
 * independent baseline. They stay to show what the heads add on top of the word lists.
 */
import { createRequire } from 'node:module';
import type { Intent, Sentiment } from '../../lib/ml/labels';

const require = createRequire(import.meta.url);

interface AfinnLib { analyze(t: string): { score: number } }
interface VaderLib { SentimentIntensityAnalyzer: { polarity_scores(t: string): { compound: number } } }
interface Jieba { cut(t: string, hmm: boolean): string[] }
interface Boson { BosonNLP: Record<string, number>; not: string[]; degree: Record<string, number> }
interface Hownet { HOWNET: { pos: string[]; neg: string[]; deny: string[] } }

const Afinn = require('sentiment') as new () => AfinnLib;
const afinn = new Afinn();
const vader = require('vader-sentiment') as VaderLib;
const jieba = require('jieba-wasm') as Jieba;
const boson = require('@cycjimmy/chinese-sentiment/src/dictionary/BosonNLP.json') as Boson;
const hownet = require('@cycjimmy/chinese-sentiment/src/dictionary/HOWNET.json') as Hownet;

const sign = (x: number, eps: number): Sentiment => (x > eps ? 'positive' : x < -eps ? 'negative' : 'neutral');

export const afinnScore = (t: string): number => afinn.analyze(t).score;
export const vaderScore = (t: string): number => vader.SentimentIntensityAnalyzer.polarity_scores(t).compound;
/** Score -> label with a neutral band of half-width eps (eps is tuned per lexicon on the dev split). */
export const toSentiment = sign;

const notSet = new Set(boson.not);
/** BosonNLP scores over jieba words, a negator flipping the next sentiment word (the package's rule). */
export function bosonScore(t: string): number {
  let score = 0;
  let flip = 1;
  for (const w of jieba.cut(t, true)) {
    if (notSet.has(w)) flip = -flip;
    const s = boson.BosonNLP[w];
    if (s !== undefined) {
      score += flip * s;
      flip = 1;
    }
  }
  return score;
}

const hPos = new Set(hownet.HOWNET.pos.filter((w) => w.length > 0));
const hNeg = new Set(hownet.HOWNET.neg.filter((w) => w.length > 0));
const hDeny = new Set(hownet.HOWNET.deny);
/** HowNet positive/negative word counts over jieba words, a HowNet denial word flipping the next. */
export function hownetScore(t: string): number {
  let s = 0;
  let flip = 1;
  for (const w of jieba.cut(t, true)) {
    if (hDeny.has(w) || w === '不' || w === '没') flip = -flip;
    const v = hPos.has(w) ? 1 : hNeg.has(w) ? -1 : 0;
    if (v !== 0) {
      s += flip * v;
      flip = 1;
    }
  }
  return s;
}
export const hownetSizes = (): { pos: number; neg: number } => ({ pos: hPos.size, neg: hNeg.size });

export const AFINN = 'AFINN-165 (sentiment)';
export const VADER = 'VADER (vader-sentiment)';
export const BOSON = 'BosonNLP (jieba-wasm words)';
export const HOWNET = 'HowNet (jieba-wasm words)';
export const LEXICONS: Record<string, (t: string) => number> = { [AFINN]: afinnScore, [VADER]: vaderScore, [BOSON]: bosonScore, [HOWNET]: hownetScore };

/** Keyword-rule intent baseline: what a Nightbot-style keyword list would do. First match wins. */
const RULES: [Intent, RegExp][] = [
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
export function keywordIntent(t: string): Intent {
  for (const [intent, re] of RULES) if (re.test(t)) return intent;
  return 'chitchat';
}
