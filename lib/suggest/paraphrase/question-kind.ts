/**
 * The kind of answer a question wants, from its question words: an amount ("how much", 多少), a
 * time (when, 什么时候, 多久), a choice (which, 哪个), a place (where, 哪里), a way (how, 怎么),
 * a reason (why, 为什么), a thing (what, 什么) or yes/no (does…, 吗, A不A). Two questions with the
 * same words but different kinds ask different things ("how long does it last" / "how long is it").
 */
export type QuestionKind = 'amount' | 'duration' | 'time' | 'choice' | 'place' | 'way' | 'reason' | 'thing' | 'yesno' | 'plain';

const EN: [QuestionKind, RegExp][] = [
  ['duration', /\bhow (long|many (hours|days|minutes|weeks|months|years))\b/],
  ['amount', /\bhow (much|many|big|heavy|thick|tall|wide|high|far|strong|hot|cold|loud)\b|\bwhat (size|capacity|weight|temp|temperature|thickness|age)\b/],
  ['time', /\bwhen\b|\bwhat time\b/],
  ['choice', /\bwhich\b/],
  ['place', /\bwhere\b/],
  ['reason', /\bwhy\b/],
  ['way', /\bhow\b/],
  ['thing', /\bwhat\b/],
  ['yesno', /^(\W*@?\w+\W+)?(is|are|does|do|did|can|could|will|would|should|has|have|any)\b|\?\s*$/],
];

const ZH: [QuestionKind, RegExp][] = [
  ['duration', /多久|多长时间|几个?小时|几天|几分钟|几年|几个月/],
  ['amount', /多少|多大|多重|多厚|多高|多宽|多长|几个人|几人|几岁|几度|几克|几泡|几次|几档|多少度|分贝/],
  ['time', /什么时候|几点|哪天/],
  ['choice', /哪个|哪款|哪种|哪一/],
  ['place', /哪里|哪儿|在哪|从哪/],
  ['reason', /为什么|为啥|咋回事/],
  ['way', /怎么|咋|如何/],
  ['thing', /什么|啥/],
  ['yesno', /[吗嘛么][?？!！~\s]*$|(\p{Script=Han})[不没]\1|有没有|是不是|能不能|可不可以|行不行/u],
];

export function questionKind(normalized: string, lang: 'en' | 'zh'): QuestionKind {
  for (const [k, re] of lang === 'zh' ? ZH : EN) if (re.test(normalized)) return k;
  return 'plain';
}
