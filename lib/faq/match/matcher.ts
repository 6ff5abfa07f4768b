/**
 * Which FAQ entry, if any, answers a viewer's line. Candidates are the enabled entries with an
 * answer in the asker's language; each gets a confidence 0..1 from the sentence encoder and BM25
 * (calibrated per language, see params.ts), raised by the entry's keywords and set to 1 by its
 * regex. The line must pass the question gate; the best candidate at or above its threshold
 * (the entry's own, else the global one) that passes the answer-scope check answers it.
 */
import type { FaqEntry } from '../../catalog/types';
import type { CommentLabels } from '../../ml/labels';
import { hasHan, normalizeText } from '../../ml/features/text-normalize';
import type { EmbedFn, MatchMethod, ReplyLang } from '../types';
import { DEFAULT_MATCH, type MatchParams } from './params';
import { questionGate } from './question-gate';
import { attributeAgrees, attributeProblem, entryScope, questionAttribute, scopeProblem, termProblem, type EntryScope } from './scope';
import { pairFeatures, scoreFeatures } from './features';
import { buildSignalIndex, type SignalIndex } from './signals';
import { buildVocabulary, type FaqVocabulary } from './vocabulary';
import { buildWordMatcher, type WordMatcher } from './word-match';
import { foldZh } from './zh-fold';

export interface Candidate {
  id: string;
  /** 0..1, shown to the user beside the match. */
  confidence: number;
  method: MatchMethod;
  /** The entry's question variant closest to the line. */
  question: string;
}

export type NoAnswerReason = 'empty' | 'no-entry' | 'not-question' | 'complaint' | 'below-threshold' | 'other-attribute' | 'unstated-specific' | 'other-entry-term' | 'uncovered-words';

export interface MatchOutcome {
  lang: ReplyLang;
  /** The closest entry in the asker's language, answered or not (null when there is none). */
  best: Candidate | null;
  /** The entry that answers the line. */
  answer: (Candidate & { entry: FaqEntry }) | null;
  reason: NoAnswerReason | null;
  /** What the reason is about: the term the FAQ does not state, the attribute asked. */
  detail?: string;
}

export interface AnswerMatcher {
  match(text: string, labels?: Pick<CommentLabels, 'intent' | 'intentScore'> | null): Promise<MatchOutcome>;
  /** The scorer's inputs for every candidate of a line (fitting and diagnostics). */
  features(text: string, labels?: Pick<CommentLabels, 'intent' | 'intentScore'> | null): Promise<{ lang: ReplyLang; gateOk: boolean; pairs: { id: string; x: number[] }[] }>;
}

export const lineLang = (text: string): ReplyLang => (hasHan(text) ? 'zh' : 'en');

/** The answers of an entry written in `lang` (an `any` entry may hold both languages). */
export function answersIn(e: Pick<FaqEntry, 'lang' | 'answers'>, lang: ReplyLang): string[] {
  const ok = e.answers.filter((a) => a.trim());
  if (e.lang === lang) return ok;
  if (e.lang !== 'any') return [];
  return ok.filter((a) => lineLang(a) === lang);
}

function compileRegex(src: string | undefined): RegExp | null {
  if (!src?.trim()) return null;
  try {
    return new RegExp(src, 'iu');
  } catch {
    return null; // the options page rejects bad patterns; an old stored one is ignored
  }
}

const keywordHit = (text: string, kws: readonly string[] | undefined): boolean =>
  (kws ?? []).some((k) => {
    const w = normalizeText(k);
    if (!w) return false;
    if (hasHan(w)) return text.includes(w);
    return new RegExp(`(?<![\\p{L}\\p{N}])${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u').test(text);
  });

interface LangIndex {
  entries: FaqEntry[];
  byId: Map<string, FaqEntry>;
  scopes: Map<string, EntryScope>;
  regex: Map<string, RegExp>;
  signals: SignalIndex;
  vocab: FaqVocabulary;
  words: WordMatcher;
}

export async function createAnswerMatcher(faq: readonly FaqEntry[], embed?: EmbedFn, params: MatchParams = DEFAULT_MATCH): Promise<AnswerMatcher> {
  const build = async (lang: ReplyLang): Promise<LangIndex> => {
    const entries = faq.filter((e) => e.enabled !== false && e.questions.length > 0 && answersIn(e, lang).length > 0);
    const regex = new Map(entries.flatMap((e) => { const r = compileRegex(e.regex); return r ? [[e.id, r] as const] : []; }));
    return {
      entries,
      byId: new Map(entries.map((e) => [e.id, e])),
      scopes: new Map(entries.map((e) => [e.id, entryScope(e)])),
      regex,
      signals: await buildSignalIndex(entries, lang, embed, lang === 'zh' ? foldZh : undefined, params.paraphrase),
      vocab: buildVocabulary(entries, lang, params.foreignMaxDf),
      words: await buildWordMatcher(entries, lang, params.scorer ? embed : undefined),
    };
  };
  const indexes = { en: await build('en'), zh: await build('zh') };

  /** Every candidate's features and scores for one line (its language's entries). */
  const candidatesOf = async (text: string, lang: ReplyLang, ix: LangIndex, t: string, asks: boolean) => {
    const vec = await ix.signals.embedQuery(text);
    const w = params.encoderWeight[lang];
    const attr = questionAttribute(text);
    const sigs = ix.signals.score(text, vec);
    const top2 = (xs: number[]) => { const s = [...xs].sort((a, b) => b - a); return [s[0] ?? 0, s[1] ?? 0] as const; };
    const [enc1, enc2] = top2(sigs.map((s) => s.enc ?? 0));
    const [lex1, lex2] = top2(sigs.map((s) => s.lex));
    const [al1, al2] = top2(sigs.map((s) => s.ansLex));
    const [pa1, pa2] = top2(sigs.map((s) => s.para));
    const model = params.scorer ? (vec ? params.scorer[lang] : params.scorer.lexOnly) : null;
    // Word overlap costs one more encoder call: only for lines the gate lets through (every chat
    // line is matched; most are not questions).
    const words = vec && asks ? await ix.words.overlap(text) : null;
    return sigs.map((s) => {
      const e = ix.byId.get(s.id)!;
      const scope = ix.scopes.get(e.id)!;
      const enc = s.enc === null ? null : Math.max(s.enc, params.answerWeight * (s.ans ?? 0));
      const raw = enc === null ? s.lex : w * enc + (1 - w) * s.lex;
      const [lo, hi] = enc === null ? params.lexCalibration : params.calibration[lang];
      const agrees = attributeAgrees(attr, scope);
      const kw = keywordHit(t, e.keywords);
      const attrP = attributeProblem(attr, scope);
      const termP = termProblem(text, scope);
      const x = pairFeatures({
        enc: s.enc, ans: s.ans, lex: s.lex,
        otherEnc: (s.enc ?? 0) === enc1 ? enc2 : enc1, otherLex: s.lex === lex1 ? lex2 : lex1,
        attrAgree: agrees, attrOther: attrP !== null, unstated: termP !== null,
        foreign: params.foreignMaxDf > 0 && ix.vocab.foreignUnit(text, e.id) !== null,
        uncovered: ix.vocab.uncovered(text, e.id).length, keyword: kw,
        ansLex: s.ansLex, otherAnsLex: s.ansLex === al1 ? al2 : al1,
        para: s.para, otherPara: s.para === pa1 ? pa2 : pa1,
        words: words?.get(e.id) ?? null,
      });
      let confidence = model ? scoreFeatures(model, x) : Math.min(1, Math.max(0, (raw - lo) / (hi - lo)));
      let method: MatchMethod = 'semantic';
      if (!model && params.attributeBonus && agrees) confidence = Math.min(1, confidence + params.attributeBonus);
      if (ix.regex.get(e.id)?.test(text)) {
        confidence = 1;
        method = 'regex';
      } else if (kw && confidence < params.keywordConfidence && !(model && (attrP || termP))) {
        confidence = params.keywordConfidence;
        method = 'keyword';
      }
      const cand: Candidate = { id: e.id, confidence, method, question: e.questions[s.question] ?? e.questions[0]! };
      return { cand, x, attr, problem: attrP ?? termP };
    });
  };

  return {
    async features(text, labels) {
      const lang = lineLang(text);
      const ix = indexes[lang];
      const t = normalizeText(text);
      const gate = questionGate(text, labels, params.gate);
      if (!t || !ix.entries.length) return { lang, gateOk: false, pairs: [] };
      const cs = await candidatesOf(text, lang, ix, t, gate.ok);
      return { lang, gateOk: gate.ok, pairs: cs.map((c) => ({ id: c.cand.id, x: c.x })) };
    },
    async match(text, labels) {
      const lang = lineLang(text);
      const ix = indexes[lang];
      const t = normalizeText(text);
      if (!t) return { lang, best: null, answer: null, reason: 'empty' };
      if (!ix.entries.length) return { lang, best: null, answer: null, reason: 'no-entry' };
      const gate = questionGate(text, labels, params.gate);
      const scored = await candidatesOf(text, lang, ix, t, gate.ok);
      scored.sort((a, b) => b.cand.confidence - a.cand.confidence || a.cand.id.localeCompare(b.cand.id));
      const cands = scored.map((c) => c.cand);
      const best = cands[0] ?? null;
      if (!best) return { lang, best, answer: null, reason: 'no-entry' };
      // A seller's regex is their own scope: only complaints are kept from it.
      if (best.method === 'regex') {
        if (!gate.ok && gate.reason === 'complaint') return { lang, best, answer: null, reason: 'complaint' };
        return { lang, best, answer: { ...best, entry: ix.byId.get(best.id)! }, reason: null };
      }
      if (!gate.ok) return { lang, best, answer: null, reason: gate.reason };
      if (params.scorer) {
        // The learned scorer already weighed the scope checks: the most probable entry answers
        // when it clears its threshold; otherwise the log says which check held it back.
        const top = scored[0]!;
        const e = ix.byId.get(best.id)!;
        if (best.confidence >= (e.threshold ?? params.threshold)) return { lang, best, answer: { ...best, entry: e }, reason: null };
        if (top.problem) return { lang, best, answer: null, reason: top.problem.reason, detail: top.problem.detail };
        return { lang, best, answer: null, reason: 'below-threshold' };
      }
      const attr = scored[0]!.attr;
      let firstProblem: { reason: NoAnswerReason; detail?: string } | null = null;
      for (const c of cands) {
        const e = ix.byId.get(c.id)!;
        if (c.confidence < (e.threshold ?? params.threshold)) continue;
        const problem = scopeProblem(text, ix.scopes.get(c.id)!, c.confidence < params.attributeBelow ? attr : null);
        const foreign = problem || params.foreignMaxDf < 1 ? null : ix.vocab.foreignUnit(text, c.id);
        // Several words the entry never uses, on a match that is not strong: it is about something else.
        const unc = problem || foreign || c.confidence >= params.uncoveredBelow ? [] : ix.vocab.uncovered(text, c.id);
        const tooNew = unc.length > params.uncoveredMax[lang];
        if (!problem && !foreign && !tooNew) return { lang, best, answer: { ...c, entry: e }, reason: null };
        firstProblem ??= problem ?? (foreign ? { reason: 'other-entry-term', detail: foreign } : { reason: 'uncovered-words', detail: unc.join(' ') });
      }
      return firstProblem ? { lang, best, answer: null, ...firstProblem } : { lang, best, answer: null, reason: 'below-threshold' };
    },
  };
}
