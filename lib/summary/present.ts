/**
 * How a summary reads in the UI language: the same rows and words on the popup, the report page
 * and the exported HTML report. `t` is bound to the `report` namespace.
 */
import type { Moment, StreamSummary } from './types';

export type Translate = (key: string, opts?: Record<string, unknown>) => string;

export function formatDuration(ms: number, t: Translate): string {
  const s = Math.round(ms / 1000);
  if (s < 60) return t('duration.s', { s });
  const m = Math.round(s / 60);
  return m < 60 ? t('duration.m', { m }) : t('duration.h', { h: Math.floor(m / 60), m: m % 60 });
}

export const formatNumber = (n: number | null | undefined, lang: string, digits = 0): string =>
  n === null || n === undefined || !Number.isFinite(n) ? '–' : new Intl.NumberFormat(lang, { maximumFractionDigits: digits }).format(n);

export const formatPercent = (x: number | null | undefined, lang: string, digits = 1): string =>
  x === null || x === undefined || !Number.isFinite(x) ? '–' : new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: digits }).format(x);

/** Mood −1…1 as a face and a signed number ("🙂 +0.42"); "–" when nothing is labelled. */
export function formatMood(mood: number | null | undefined): string {
  if (mood === null || mood === undefined) return '–';
  const face = mood >= 0.15 ? '🙂' : mood <= -0.15 ? '🙁' : '😐';
  return `${face} ${mood > 0 ? '+' : ''}${mood.toFixed(2)}`;
}

export const formatClock = (ts: number, lang: string): string => new Date(ts).toLocaleTimeString(lang, { hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false });
export const formatDate = (ts: number, lang: string): string => new Date(ts).toLocaleString(lang, { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', hour12: false });

/** Overall mood of a summary's sentiment mix. */
export const mixMood = (s: Pick<StreamSummary, 'sentimentMix'>): number | null => {
  const { positive, negative, neutral } = s.sentimentMix;
  return positive + negative + neutral > 0 ? positive - negative : null;
};

export interface MetricRow {
  key: string;
  label: string;
  value: string;
}

export function metricRows(s: StreamSummary, t: Translate, lang: string): MetricRow[] {
  const row = (key: string, value: string): MetricRow => ({ key, label: t(`metric.${key}`), value });
  return [
    row('durationMs', formatDuration(s.durationMs, t)),
    row('peak', formatNumber(s.viewers.peak, lang)),
    row('avg', formatNumber(s.viewers.avg, lang)),
    row('comments', formatNumber(s.comments.total, lang)),
    row('perMinute', formatNumber(s.comments.perMinute, lang, 1)),
    row('uniqueCommenters', formatNumber(s.comments.uniqueCommenters, lang)),
    row('interactionRate', formatPercent(s.interactionRate, lang)),
    row('mood', formatMood(mixMood(s))),
    row('likes', formatNumber(s.likes, lang)),
    row('gifts', formatNumber(s.gifts, lang)),
    row('purchases', formatNumber(s.purchases, lang)),
    row('joins', formatNumber(s.joins, lang)),
    row('follows', formatNumber(s.follows, lang)),
  ];
}

/** A moment's value as read: "+1,200" viewers, "1,480" at the peak, "−0.62" mood. */
export function formatMomentValue(m: Pick<Moment, 'kind' | 'value'>, lang: string): string {
  if (m.kind === 'mood_swing') return `${m.value > 0 ? '+' : ''}${m.value.toFixed(2)}`;
  if (m.kind === 'viewer_peak') return formatNumber(m.value, lang);
  return `${m.value > 0 ? '+' : ''}${formatNumber(m.value, lang)}`;
}
