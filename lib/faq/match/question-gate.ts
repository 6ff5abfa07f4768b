/**
 * Whether a chat line is something the FAQ auto-answer may answer at all: a question, and not a
 * complaint. Statements about a covered topic ("shipping was super fast last time!") and complaints
 * ("my order still hasn't arrived") must never get a canned reply: a person should read them.
 *
 * Two signals, so neither the models' mistakes nor a rule's blind spots decide alone:
 *  - the intent model's label (lib/ml): `complaint` with confidence, or a question intent;
 *  - question form (a question mark, an interrogative opening or cue, a Chinese question particle
 *    or A-not-A pattern) and complaint cues (anger, "still waiting", "broke after", 差评, 还没到…).
 * A line passes when it has question form, or the model calls it a question and it has no
 * statement cue; and it is neither labelled a complaint nor carries a complaint cue.
 */
import type { CommentLabels, Intent } from '../../ml/labels';
import { normalizeText } from '../../ml/features/text-normalize';

export type GateResult = { ok: true } | { ok: false; reason: 'not-question' | 'complaint' };

const QUESTION_INTENTS: readonly Intent[] = ['ask_price', 'ask_spec', 'ask_stock', 'ask_shipping', 'other_question'];

const EN_WH = String.raw`how|what|whats|what's|when|where|which|who|whom|whose|why`;
const EN_AUX = String.raw`is|are|was|were|do|does|did|can|could|will|would|should|shall|may|might|has|have|had|any|anyone|anybody|got|u|ya`;
// An interrogative opening a clause ("..., is the serum ok for me").
const EN_OPEN = new RegExp(String.raw`(^|[,.;!]\s*|\b(and|but|so|also|or|then|ok|okay|hey|hi|hello|guys|pls|please)\s+)(${EN_WH}|${EN_AUX})\b`);
const EN_CUE = new RegExp(String.raw`\b(${EN_WH})\b|\b(is|are) (it|this|that|there|they|the|these|those|your)\b|\b(do|does|did|can|could|will|would|should) (you|u|i|it|they|we|this|that|the|these|those|ya)\b|\bwhat if\b|\bany (chance|way)\b|\bwondering\b`);
// 吗/呢/么/嘛 ending a clause, question words, and the A-not-A pattern (包不包邮, 辣不辣, 能不能).
const ZH_Q = /[吗呢么嘛][\s?？!！~～。.，,]*|多少|多久|多[长大重高厚宽粗远深]|几[天号码件个块岁点包盒克斤种色次年月]?|什么|啥|怎么|咋|哪|有没有|是不是|能不能|可不可以|会不会|要不要|(\p{Script=Han})不\1|(\p{Script=Han})没\2|(了|过)没有?[\s?？!！~～。.]*$/u;

// Statements: reports of what already happened or what the speaker does ("came in 3 days", "i use it").
const EN_STATEMENT = /(?<!\b(should|can|could|would|will|do|does|did|may|might|shall|to|if|when) )\b(i|we|my|mine) (just )?(got|received|bought|ordered|used|use|love|loved|returned|have been|tried|already)\b|\b(came|arrived|worked|works|was|were) (in|on|great|perfectly|fine|super|so|really|fast|quick)\b|\blast (time|week|month|year)\b|\b(love|loved) (it|this|them)\b/;
const ZH_STATEMENT = /^(已拍|已下单|拍了|买了|收到了|到了|已经)|上次|已经(拍|买|收到|领)|收到了|用了.{0,6}(很|挺|超|好)/;

// Complaint cues: anger, waiting too long, broken/wrong/missing items, scams, refunds not received.
const EN_COMPLAINT = /😡|😠|🤬|👎|\b(still (waiting|hasn'?t|haven'?t|not|no)|never (arrived|came|got|received|showed)|hasn'?t (arrived|come|shipped)|haven'?t (received|gotten|got)|(broke|broken|ripped|tore|torn|cracked|dented|leaking|leaked|shrank|faded|pilled) (after|on|in|within|and|when)|arrived (broken|damaged|dented|leaking|torn|late|open(ed)?)|(wrong|missing) (item|size|colou?r|order|product)|got (the )?wrong|charged (me )?twice|double charged|not happy|unhappy|disappointed|disappointing|terrible|horrible|awful|worst|ridiculous|scam|rip-?off|waste of money|garbage|trash|doesn'?t work|didn'?t work|not working|stopped working after|so (bad|slow|expensive)|too (slow|expensive|pricey)|no (reply|response|answer) from|nobody (answers|replies|responds)|refund (yet|still)|want (a|my) refund|give me (a|my) refund|(smells?|tastes?|looks?|feels?) (weird|bad|off|funny|strange|gross|stale|cheap|awful)|stale)\b/;
const ZH_COMPLAINT = /差评|太差|真差|很差|垃圾|骗人|骗子|被骗|投诉|举报|坑人|坑爹|还没(到|发|收到|动|处理|退|回)|一直没|一直不(回|理)|不回消息|没人(理|管|回|处理)|不理人|态度(很|太|真)?差|少发|漏发|发错|破损了|碎了|坏了|漏了|掉光|起疹子|烂脸|过敏了|退款.{0,6}(没|还没|不)|买到假货|假货吧|失望|恶心|气死|无语|太慢了|离谱|😡|😠|🤬/;

// A line ending in a question mark or particle asks, whatever it reports first.
const ENDS_AS_QUESTION = /([?？]|[吗呢么嘛])[\s!！~～。.]*$/u;

// "没什么味道", "没啥区别", "不怎么样": 什么/啥/怎么 there say "not much", they ask nothing.
const ZH_NOT_ASKING = /没(有)?(什么|啥)|不怎么|什么都/gu;

export function hasQuestionForm(text: string): boolean {
  const t = normalizeText(text).replace(ZH_NOT_ASKING, ' ');
  if (/[?？]/.test(t)) return true;
  return EN_OPEN.test(t) || EN_CUE.test(t) || ZH_Q.test(t);
}

// A breakage named inside a condition ("if the zip breaks", "if it doesnt work out") or in a
// question about the remedy ("坏了包赔吗", "压坏了能赔吗") asks the policy; it reports nothing.
const EN_CONDITION = /\b(if|in case|incase)\b[^,.!?;]*/g;
const ZH_REMEDY = /(赔|补发|换|退|保修|维修|修|处理|怎么办)/u;
const ZH_DAMAGE = /坏了|碎了|漏了|破损了/gu;

export function complaintCue(text: string): boolean {
  let t = normalizeText(text).replace(EN_CONDITION, ' ');
  if (ZH_REMEDY.test(t) && (ENDS_AS_QUESTION.test(t) || ZH_Q.test(t))) t = t.replace(ZH_DAMAGE, ' ');
  return EN_COMPLAINT.test(t) || ZH_COMPLAINT.test(t);
}

export function statementCue(text: string): boolean {
  const t = normalizeText(text);
  if (ENDS_AS_QUESTION.test(t)) return false;
  // A Chinese line with a question word asks, even after "拍了" / "到了".
  return EN_STATEMENT.test(t) || (ZH_STATEMENT.test(t) && !ZH_Q.test(t.replace(ZH_NOT_ASKING, ' ')));
}

export interface GateParams {
  /** A `complaint` label at or above this confidence blocks the line. */
  complaintScore: number;
  /** A question label at or above this confidence counts without question form. */
  questionScore: number;
}

export const DEFAULT_GATE: GateParams = { complaintScore: 0.5, questionScore: 0.6 };

export function questionGate(text: string, labels: Pick<CommentLabels, 'intent' | 'intentScore'> | null | undefined, p: GateParams = DEFAULT_GATE): GateResult {
  if (!text.trim()) return { ok: false, reason: 'not-question' };
  if (complaintCue(text) || (labels?.intent === 'complaint' && labels.intentScore >= p.complaintScore && !hasQuestionForm(text))) return { ok: false, reason: 'complaint' };
  if (hasQuestionForm(text) && !statementCue(text)) return { ok: true };
  if (labels && QUESTION_INTENTS.includes(labels.intent) && labels.intentScore >= p.questionScore && !statementCue(text)) return { ok: true };
  return { ok: false, reason: 'not-question' };
}
