/** Two streams side by side: each headline number of both, and B − A. */
import { formatDuration, formatNumber, formatPercent, mixMood, type Translate } from './present';
import type { StreamSummary } from './types';

export interface CompareRow {
  key: string;
  label: string;
  a: string;
  b: string;
  /** B − A as read ("+120", "−3.5 %"), or '' when either side has no value. */
  delta: string;
  /** B − A as a number (tests, colouring), null when either side has none. */
  diff: number | null;
}

const pick: [key: string, get: (s: StreamSummary) => number | null, kind: 'count' | 'rate' | 'pct' | 'ms' | 'mood'][] = [
  ['durationMs', (s) => s.durationMs, 'ms'],
  ['peak', (s) => s.viewers.peak, 'count'],
  ['avg', (s) => s.viewers.avg, 'count'],
  ['comments', (s) => s.comments.total, 'count'],
  ['perMinute', (s) => s.comments.perMinute, 'rate'],
  ['uniqueCommenters', (s) => s.comments.uniqueCommenters, 'count'],
  ['interactionRate', (s) => s.interactionRate, 'pct'],
  ['mood', (s) => mixMood(s), 'mood'],
  ['likes', (s) => s.likes, 'count'],
  ['gifts', (s) => s.gifts, 'count'],
  ['purchases', (s) => s.purchases, 'count'],
  ['joins', (s) => s.joins, 'count'],
  ['follows', (s) => s.follows, 'count'],
];

export function compareRows(a: StreamSummary, b: StreamSummary, t: Translate, lang: string): CompareRow[] {
  return pick.map(([key, get, kind]) => {
    const va = get(a);
    const vb = get(b);
    const fmt = (v: number | null, signed = false): string => {
      if (v === null) return '–';
      const sign = signed && v > 0 ? '+' : '';
      if (kind === 'ms') return `${signed && v < 0 ? '−' : sign}${formatDuration(Math.abs(v), t)}`;
      if (kind === 'pct') return sign + formatPercent(v, lang);
      if (kind === 'mood') return sign + v.toFixed(2);
      return sign + formatNumber(v, lang, kind === 'rate' || kind === 'count' ? 1 : 0);
    };
    const diff = va === null || vb === null ? null : vb - va;
    return { key, label: t(`metric.${key}`), a: fmt(va), b: fmt(vb), delta: diff === null ? '' : fmt(diff, true), diff };
  });
}
