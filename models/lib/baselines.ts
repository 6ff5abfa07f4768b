/**
 * Lexicon baselines scored on the same held-out lines as the models. None of these lexicons feeds the
 * shipped heads (their only lexicon input is the emoji ranking), so the comparison is fair.
 */
import { createRequire } from 'node:module';
import type { Sentiment } from '../../lib/ml/labels';

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

/** Keyword-rule intent baseline: what a Nightbot-style keyword list would do (lib/ml/intent-rules.ts). */
export { keywordIntent } from '../../lib/ml/intent-rules';
