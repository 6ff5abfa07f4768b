/**
 * An FAQ's own vocabulary, per entry: which content words (English stems, Chinese character
 * bigrams) each entry's questions, answers and keywords use. A question that names something the
 * FAQ ties to another entry — "收纳箱是什么材质" when 收纳箱 appears only in the storage-box entry and
 * the closest match is the bedding-material entry — is about that other thing, so the matched
 * entry does not answer it. Only words the FAQ's questions use rarely (in at most `maxDf` entries)
 * count: words many entries share ("shipping" in a shop's delivery entries) name no particular thing.
 */
import { normalizeText } from '../../ml/features/text-normalize';
import type { FaqEntry, ReplyLang } from '../types';
import { canonicalizeZh } from '../../ml/similarity/synonyms-zh';
import { foldZh } from './zh-fold';

// Function words, question words, chat filler and common verbs/adjectives: they name no thing.
const EN_STOP = new Set(`a an the is are was were be been being am do does did doing done have has had having i me my mine myself you your yours u ur ya we us our
they them their it its this that these those there here what whats when where which who whom whose why how can could will would should shall may might must
if or and but so to of in on at for from with without about by as into onto over under than then too very really just also still even only ever again already yet
soon now today tonight usually normally always never any anything some something much many more most less least lot lots few each every all both either neither
please pls plz thanks thank thx ok okay hi hey hello guys guy everyone anyone someone people girl girls friend
get gets got getting gotten buy buying bought order ordering ordered use using used put puts go goes going gone went come comes coming came make makes made
want wants need needs like likes love know tell say said let see look looks try give take takes taking took work works working keep keeps do done find
one ones thing things stuff item items product products piece pieces kind sort type way
not no yes yeah yep nope don't dont doesnt doesn't didnt didn't isn't isnt aren't arent can't cant cannot won't wont wouldnt i'm im it's its you're youre i've ive that's thats
good great nice fine bad big bigger biggest small smaller smallest large larger little long longer short new old same different other another right wrong real sure
able possible available okay well better best worse worst first last next time times up down out back off`.split(/\s+/));
const ZH_STOP_CHARS = new Set([...'吗呢啊呀的了么吧哈嘛哦喔呐是有在我你他她它们这那就都也还很太和与及或请问亲宝主播个些吧能会要想可以不没']);
const ZH_STOP_BIGRAMS = new Set(['什么', '多少', '怎么', '为什么', '时候', '现在', '今天', '一下', '还有', '知道', '觉得', '一个', '这样', '那样', '如果', '但是', '因为', '所以', '大家', '家人']);

function stem(w: string): string {
  let s = w.replace(/'s$/, '');
  if (s.length > 4 && s.endsWith('ies')) s = `${s.slice(0, -3)}y`;
  else if (s.length > 5 && s.endsWith('ing')) s = s.slice(0, -3);
  else if (s.length > 4 && s.endsWith('ed')) s = s.slice(0, -2);
  else if (s.length > 4 && /(s|x|z|ch|sh)es$/.test(s)) s = s.slice(0, -2);
  else if (s.length > 3 && s.endsWith('s') && !s.endsWith('ss')) s = s.slice(0, -1);
  if (/([bdfgklmnprt])\1$/.test(s)) s = s.slice(0, -1);
  return s;
}

/** The content units of a text: English word stems and Chinese character bigrams. */
export function contentUnits(text: string): string[] {
  const t = canonicalizeZh(normalizeText(foldZh(text)));
  const out: string[] = [];
  for (const w of t.match(/[a-z][a-z0-9']*/g) ?? []) if (!EN_STOP.has(w) && w.length > 1) out.push(stem(w));
  for (const run of t.match(/\p{Script=Han}+/gu) ?? []) {
    const cs = [...run];
    for (let i = 0; i + 1 < cs.length; i += 1) {
      const b = cs[i]! + cs[i + 1]!;
      if (ZH_STOP_CHARS.has(cs[i]!) || ZH_STOP_CHARS.has(cs[i + 1]!) || ZH_STOP_BIGRAMS.has(b)) continue;
      out.push(b);
    }
  }
  return out;
}

// Han characters that carry no topic: particles, pronouns, question words, chat address, and
// common verbs and function morphemes (各种, 处理, 自己, 起来, 期间…).
const ZH_PLAIN = new Set([...'吗呢啊呀的了么吧哈嘛哦喔呐是有在我你他她它们这那就都也还很太和与及或请问亲宝主播个些能会要想可以不没什怎多少几哪谁为啥咋样时候一下今天现用买拍各种处理自己起来着过期间当得地把被让给对从到去说看做吃穿放'].filter(Boolean));

/** English word stems and single Han characters that name something (for coverage checks). */
function coverageUnits(text: string): string[] {
  const t = canonicalizeZh(normalizeText(foldZh(text)));
  const out: string[] = [];
  for (const w of t.match(/[a-z][a-z0-9']*/g) ?? []) if (!EN_STOP.has(w) && w.length > 1) out.push(stem(w));
  for (const c of t.match(/\p{Script=Han}/gu) ?? []) if (!ZH_PLAIN.has(c)) out.push(c);
  return out;
}

export interface FaqVocabulary {
  /** A unit of the question that belongs to rarely-used vocabulary of other entries only. */
  foreignUnit(question: string, entryId: string): string | null;
  /** The question's words (Chinese: characters) that the entry's own text never uses. */
  uncovered(question: string, entryId: string): string[];
}

export function buildVocabulary(entries: readonly Pick<FaqEntry, 'id' | 'questions' | 'answers' | 'keywords'>[], _lang: ReplyLang, maxDf: number): FaqVocabulary {
  const units = new Map(entries.map((e) => [e.id, new Set(contentUnits([...e.questions, ...e.answers, ...(e.keywords ?? [])].join('\n')))]));
  // What an entry is about is named in its questions (and keywords); answers mention incidental things.
  const df = new Map<string, number>();
  for (const e of entries) for (const u of new Set(contentUnits([...e.questions, ...(e.keywords ?? [])].join('\n')))) df.set(u, (df.get(u) ?? 0) + 1);
  const covered = new Map(entries.map((e) => [e.id, new Set(coverageUnits([...e.questions, ...e.answers, ...(e.keywords ?? [])].join('\n')))]));
  return {
    uncovered(question, entryId) {
      const mine = covered.get(entryId);
      return mine ? [...new Set(coverageUnits(question))].filter((u) => !mine.has(u)) : [];
    },
    foreignUnit(question, entryId) {
      const mine = units.get(entryId);
      if (!mine) return null;
      for (const u of contentUnits(question)) {
        const n = df.get(u) ?? 0;
        if (n >= 1 && n <= maxDf && !mine.has(u)) return u;
      }
      return null;
    },
  };
}
