/**
 * Which FAQ entry answers which kind of shop question, for any FAQ file: an entry serves a topic when
 * its id or one of its questions uses the topic's words. Used for the ground truth (`faq` of a
 * question) and for the moderator's answers.
 */
import type { FaqEntry } from '../catalog';
import type { QuestionType } from './types';

const TOPIC_WORDS: Partial<Record<QuestionType, RegExp>> = {
  shipping_cost: /shipping cost|free shipping|shipping free|how much is shipping|ship-cost|包邮|运费/i,
  international: /internation|overseas|abroad|canada|\buk\b|australia|ship-intl|海外|国外|香港|台湾/i,
  shipping_time: /how long.*ship|when.*ship|ship.*take|arriv|deliver|ship-time|发货|几天|到货|多久/i,
  returns: /return|exchange|refund|退|换/i,
  payment: /\bpay|afterpay|klarna|paypal|花呗|分期|付款|支付/i,
  authenticity: /legit|\breal\b|authentic|original|正品|假/i,
  discount: /discount|coupon|promo|\bcode\b|优惠|便宜|券/i,
  next_live: /next live|live again|go live|下次|开播|还播/i,
  fit: /sizing|\bsize|\bfit|runs? (small|big)|尺码|偏大|偏小|什么码/i,
};

export type FaqIndex = (type: QuestionType, lang: 'en' | 'zh') => FaqEntry | null;

export function faqIndex(faq: readonly FaqEntry[]): FaqIndex {
  const cache = new Map<string, FaqEntry | null>();
  return (type, lang) => {
    const key = `${type}:${lang}`;
    const hit = cache.get(key);
    if (hit !== undefined) return hit;
    const re = TOPIC_WORDS[type];
    if (!re) return null;
    // An entry named for the topic wins over one that merely mentions its words in a question.
    const usable = (e: FaqEntry, l: string): boolean => e.enabled && !e.product && e.lang === l;
    const byId = (l: string) => faq.find((e) => usable(e, l) && re.test(e.id));
    const byQuestion = (l: string) => faq.find((e) => usable(e, l) && e.questions.some((q) => re.test(q)));
    const found = byId(lang) ?? byQuestion(lang) ?? byId('any') ?? byQuestion('any') ?? null;
    cache.set(key, found);
    return found;
  };
}
