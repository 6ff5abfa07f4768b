/**
 * VADER (Hutto & Gilbert 2014; vader-sentiment, Apache-2.0) as dense input features for the sentiment
 * head: review-style English polarity with negation, intensifiers and caps handled. A feature, not a
 * label source, so evaluating against gold labels stays fair (VADER is also scored as a baseline).
 */
import vader from 'vader-sentiment';
import { hasLatin, latinPart } from './text-normalize';

export const LEXICON_NAMES = ['vader_compound', 'vader_pos', 'vader_neg'] as const;

interface VaderScores { compound: number; pos: number; neg: number }
interface VaderLib { SentimentIntensityAnalyzer: { polarity_scores(t: string): VaderScores } }

/** [compound, pos, neg] for lines with Latin text; zeros for pure Chinese (VADER cannot read it). */
export function lexiconFeatures(text: string): number[] {
  const latin = latinPart(text);
  if (!hasLatin(latin)) return [0, 0, 0];
  const s = (vader as VaderLib).SentimentIntensityAnalyzer.polarity_scores(latin);
  return [s.compound, s.pos, s.neg];
}
