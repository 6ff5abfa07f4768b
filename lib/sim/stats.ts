/**
 * The properties the README promises, measured on one simulated stream (used by the tests and by
 * `npm run sim -- --stats`). Definitions are in lib/sim/README.md.
 */
import type { LogEvent } from '../events/event-log';
import type { StreamTruth } from './types';

export interface StreamStats {
  minutes: number;
  events: number;
  /** Viewer chat lines (not the host's or moderator's). */
  comments: number;
  commentsPerSec: number;
  /** Share of viewer lines that ask something (truth.question set). */
  questionShare: number;
  /** Share of questions whose key a different viewer asked earlier in the stream. */
  repeatRate: number;
  /** Share of questions that re-ask the viewer's own unanswered question. */
  reaskShare: number;
  /** Share of questions answered by a host/moderator reply. */
  answeredShare: number;
  /** Share of product questions that only point at the pitched product ("how much is this one"). */
  deicticShare: number;
  langMix: { en: number; zh: number; mixed: number };
  intentMix: Record<string, number>;
  purchases: number;
  /** Purchases per 1,000 viewer-minutes, during a product's pitch and for products not being pitched. */
  conversionDuring: number;
  conversionOutside: number;
  viewersPeak: number;
  viewersAvg: number;
  /**
   * Mean change in viewers per minute over pitches of the most liked third of the products, and over
   * dull segments; null when the stream has no such segment.
   */
  slopePopular: number | null;
  slopeDull: number | null;
  /** Share of this stream's viewers who watched an earlier stream of the shop. */
  returningShare: number;
}

const round = (x: number, d = 4): number => (Number.isFinite(x) ? Math.round(x * 10 ** d) / 10 ** d : 0);

/** Viewers at time t from the readings (each holds until the next), and ∫ viewers dt over [a, b) in viewer-minutes. */
function viewerCurve(events: readonly LogEvent[]) {
  const rs = events.filter((e) => e.kind === 'viewers').map((e) => [e.ts, e.viewers ?? 0] as const);
  const at = (t: number): number => {
    let lo = 0;
    let hi = rs.length - 1;
    let v = rs[0]?.[1] ?? 0;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const r = rs[mid] as readonly [number, number];
      if (r[0] <= t) {
        v = r[1];
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return v;
  };
  const integral = (a: number, b: number): number => {
    let sum = 0;
    let t = a;
    let v = at(a);
    for (const [ts, n] of rs) {
      if (ts <= a) continue;
      if (ts >= b) break;
      sum += v * (ts - t);
      t = ts;
      v = n;
    }
    return (sum + v * (b - t)) / 60_000;
  };
  return { readings: rs, at, integral };
}

export function streamStats(events: readonly LogEvent[], truth: StreamTruth): StreamStats {
  const viewerLines = truth.comments.filter((c) => c.role === 'viewer');
  const questions = viewerLines.filter((c) => c.question);
  const askers = new Map<string, Set<string>>();
  let repeats = 0;
  for (const q of questions) {
    const key = q.question as string;
    const who = askers.get(key) ?? new Set<string>();
    if ([...who].some((v) => v !== q.viewer)) repeats++;
    who.add(q.viewer);
    askers.set(key, who);
  }
  const answered = new Set(truth.comments.flatMap((c) => c.answers ?? []));
  const productQs = questions.filter((q) => q.sku);
  const langMix = { en: 0, zh: 0, mixed: 0 };
  const intentMix: Record<string, number> = {};
  for (const c of viewerLines) {
    langMix[c.lang]++;
    intentMix[c.intent] = (intentMix[c.intent] ?? 0) + 1;
  }
  const n = viewerLines.length || 1;
  const curve = viewerCurve(events);
  const minutes = (truth.end - truth.start) / 60_000;
  const totalVm = curve.integral(truth.start, truth.end);
  const pitches = truth.segments.filter((s) => s.kind === 'pitch');
  const pitchedVm = pitches.reduce((s, p) => s + curve.integral(p.start, p.end), 0);
  const skus = Object.keys(truth.viewers[0]?.interests ?? {});
  const during = truth.purchases.filter((p) => p.duringPitch).length;
  const outside = truth.purchases.length - during;
  // Products "not being pitched" at each moment: all of them minus the one on show.
  const outsideVm = skus.length * totalVm - pitchedVm;
  const meanInterest = new Map(skus.map((s) => [s, truth.viewers.reduce((a, v) => a + (v.interests[s] ?? 0), 0) / (truth.viewers.length || 1)]));
  const ranked = [...skus].sort((a, b) => (meanInterest.get(b) ?? 0) - (meanInterest.get(a) ?? 0));
  const popular = new Set(ranked.slice(0, Math.max(1, Math.ceil(ranked.length / 3))));
  const slope = (segs: typeof truth.segments): number | null => {
    const xs = segs.filter((s) => s.end - s.start >= 30_000).map((s) => (curve.at(s.end - 1) - curve.at(s.start)) / ((s.end - s.start) / 60_000));
    return xs.length ? round(xs.reduce((a, b) => a + b, 0) / xs.length, 2) : null;
  };
  const readings = curve.readings.map((r) => r[1]);
  return {
    minutes: round(minutes, 2),
    events: events.length,
    comments: viewerLines.length,
    commentsPerSec: round(viewerLines.length / (minutes * 60), 3),
    questionShare: round(questions.length / n),
    repeatRate: round(repeats / (questions.length || 1)),
    reaskShare: round(questions.filter((q) => q.reaskOf).length / (questions.length || 1)),
    answeredShare: round(questions.filter((q) => answered.has(q.id)).length / (questions.length || 1)),
    deicticShare: round(productQs.filter((q) => q.deictic).length / (productQs.length || 1)),
    langMix: { en: round(langMix.en / n), zh: round(langMix.zh / n), mixed: round(langMix.mixed / n) },
    intentMix: Object.fromEntries(Object.entries(intentMix).sort().map(([k, v]) => [k, round(v / n)])),
    purchases: truth.purchases.length,
    conversionDuring: round((1000 * during) / (pitchedVm || 1), 3),
    conversionOutside: round((1000 * outside) / (outsideVm || 1), 3),
    viewersPeak: readings.length ? Math.max(...readings) : 0,
    viewersAvg: round(totalVm / (minutes || 1), 1),
    slopePopular: slope(pitches.filter((p) => p.sku && popular.has(p.sku))),
    slopeDull: slope(truth.segments.filter((s) => s.kind === 'dull')),
    returningShare: round(truth.viewers.filter((v) => v.returning).length / (truth.viewers.length || 1)),
  };
}
