/**
 * The report's tables (questions, products, moments, mix) as plain rows in the UI language: the
 * report page renders them, the HTML export writes them. Chat text stays plain text.
 */
import { INTENTS, SENTIMENTS } from '../ml/labels';
import { formatClock, formatDuration, formatMomentValue, formatNumber, formatPercent, type Translate } from './present';
import type { StreamSummary } from './types';

export interface Table {
  key: string;
  title: string;
  columns: string[];
  rows: string[][];
  empty: string;
}

export function questionsTable(s: StreamSummary, t: Translate, lang: string, limit = 50): Table {
  return {
    key: 'questions',
    title: t('section.questions'),
    columns: [t('col.question'), t('col.asked'), t('col.askers'), t('col.firstAsked'), t('col.answered')],
    rows: s.questions.slice(0, limit).map((q) => [q.text, formatNumber(q.count, lang), formatNumber(q.askers, lang), formatClock(q.firstTs, lang), q.answered ? t('yes') : t('no')]),
    empty: t('noQuestions'),
  };
}

export function productsTable(s: StreamSummary, t: Translate, lang: string, titles: ReadonlyMap<string, string> = new Map()): Table {
  const both = (all: number, during: number) => `${formatNumber(all, lang)} (${formatNumber(during, lang)})`;
  return {
    key: 'products',
    title: t('section.products'),
    columns: [t('col.product'), `${t('col.mentions')} (${t('col.duringPitch')})`, `${t('col.questions')} (${t('col.duringPitch')})`, `${t('col.purchaseSignals')} (${t('col.duringPitch')})`, t('col.pitched')],
    rows: s.products.map((p) => [
      titles.get(p.sku) ? `${titles.get(p.sku)} · ${p.sku}` : p.sku,
      both(p.mentions, p.duringPitch.mentions),
      both(p.questions, p.duringPitch.questions),
      both(p.purchaseSignals, p.duringPitch.purchaseSignals),
      p.pitchedMs ? formatDuration(p.pitchedMs, t) : '–',
    ]),
    empty: t('noProducts'),
  };
}

export function momentsTable(s: StreamSummary, t: Translate, lang: string): Table {
  return {
    key: 'moments',
    title: t('section.moments'),
    columns: [t('col.time'), t('col.moment'), t('col.change'), t('col.pitching')],
    rows: s.moments.map((m) => [formatClock(m.ts, lang), t(`moment.${m.kind}`), formatMomentValue(m, lang), m.pitching ?? t('nothingPitched')]),
    empty: t('noMoments'),
  };
}

export function mixTable(s: StreamSummary, t: Translate, lang: string): Table {
  return {
    key: 'mix',
    title: t('section.mix'),
    columns: ['', ''],
    rows: [
      ...SENTIMENTS.map((k) => [t(`sentiment.${k}`), formatPercent(s.sentimentMix[k], lang)]),
      ...INTENTS.map((k) => [t(`intent.${k}`), formatPercent(s.intentMix[k], lang)]),
    ],
    empty: '',
  };
}
