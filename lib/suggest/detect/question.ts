/**
 * Which comments are questions. With model labels: the intent decides (every `ask_*` intent and
 * `other_question`; the labelling guide puts "link?" and "how do I order" under `purchase`, so those
 * are not queued) — except that when the model is unsure of a non-question intent (its score below
 * UNSURE_SCORE) the rule below decides ("cruelty free??" labelled spam at 0.41 is a question).
 * Without labels (the models failed to load, or an offline line the models could not label): the
 * cheap rule alone — a question mark, or an interrogative word/particle. The offline `questions`
 * command and the worker's queue both call `isQuestion`, so they decide alike.
 */
import type { CommentLabels, Intent } from '../../ml/labels';
import { normalizeText } from '../../ml/features/text-normalize';

export const QUESTION_INTENTS: readonly Intent[] = ['ask_price', 'ask_spec', 'ask_stock', 'ask_shipping', 'other_question'];

export const isQuestionIntent = (intent: Intent): boolean => QUESTION_INTENTS.includes(intent);

const EN_START = /^(how|what|what's|whats|when|where|which|who|why|is|are|do|does|did|can|could|will|would|should|any|anyone|got)\b/;
const EN_CUE = /\b(how much|how many|how long|what size|what colou?r|is there|are there|do you|does it|can i|can you)\b/;
// 吗/呢/么 end a yes-no question; 多少/几/什么/怎么/哪/有没有/是不是/能不能 ask for information.
const ZH_CUE = /(吗|呢|么|嘛)\s*[?？!！~～。.]*$|多少|几[天号码件个块岁点]|什么|啥|怎么|咋|哪|有没有|是不是|能不能|可不可以|会不会|要不要|(\p{Script=Han})不\1/u;
// Buy signals that look like questions ("link?", "上链接", "拍了吗") stay out, as the labelling guide says.
const NOT_QUESTION = /^(link|links|sold|1|\+1|扣1|拍了|上链接|链接呢)[?？!！\s]*$/;

/** The rule used when a line carries no model labels. */
export function looksLikeQuestion(text: string): boolean {
  const t = normalizeText(text);
  if (!t || NOT_QUESTION.test(t)) return false;
  if (/[?？]/.test(t)) return true;
  return EN_START.test(t) || EN_CUE.test(t) || ZH_CUE.test(t);
}

/** Below this intent probability a non-question label is not trusted over the rule (chosen on dev). */
export const UNSURE_SCORE = 0.7;

/** The one decision: labels when present (the rule when they are unsure), the rule otherwise. */
export function isQuestion(text: string | undefined, labels?: Pick<CommentLabels, 'intent' | 'intentScore'> | null): boolean {
  if (!text || !text.trim()) return false;
  if (!labels) return looksLikeQuestion(text);
  if (isQuestionIntent(labels.intent)) return true;
  return labels.intentScore < UNSURE_SCORE && looksLikeQuestion(text);
}
