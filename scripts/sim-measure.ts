/**
 * Measures the simulator's documented properties over many seeds (the figures in lib/sim/README.md):
 *   npx tsx scripts/sim-measure.ts [--seeds N] [--minutes M] [--streams K]
 * stdout: one JSON object per language: for each property its min, median, max over all streams
 * (and, for the returning share, over streams after the first).
 */
import { simulateShop, streamStats, type StreamStats } from '../lib/sim';
import { arg, run } from './lib/cli';

type Numeric = { [K in keyof StreamStats]: StreamStats[K] extends number | null ? K : never }[keyof StreamStats];
const KEYS: Numeric[] = ['commentsPerSec', 'questionShare', 'repeatRate', 'reaskShare', 'answeredShare', 'deicticShare', 'conversionDuring', 'conversionOutside', 'viewersPeak', 'viewersAvg', 'slopePopular', 'slopeDull', 'purchases'];

const summary = (xs: (number | null)[]) => {
  const s = xs.filter((x): x is number => x !== null && Number.isFinite(x)).sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? NaN;
  return { min: s[0], p10: q(0.1), median: q(0.5), p90: q(0.9), max: s[s.length - 1] };
};

run(async () => {
  const seeds = Number(arg('--seeds') ?? 20);
  const minutes = Number(arg('--minutes') ?? 30);
  const streams = Number(arg('--streams') ?? 3);
  for (const lang of ['en', 'zh'] as const) {
    const all: StreamStats[] = [];
    const later: StreamStats[] = [];
    let liftBelowOne = 0;
    for (let seed = 1; seed <= seeds; seed++) {
      simulateShop({ lang, minutes, seed, streams }).streams.forEach((s, k) => {
        const st = streamStats(s.events, s.truth);
        all.push(st);
        if (k > 0) later.push(st);
        if (st.conversionDuring <= st.conversionOutside) liftBelowOne++;
      });
    }
    const out: Record<string, unknown> = { lang, seeds, minutes, streams: all.length };
    for (const k of KEYS) out[k] = summary(all.map((s) => s[k]));
    out.conversionLift = summary(all.map((s) => s.conversionDuring / Math.max(1e-9, s.conversionOutside)));
    out.streamsWithoutLift = liftBelowOne;
    out.returningShareLater = summary(later.map((s) => s.returningShare));
    out.mixedShare = summary(all.map((s) => s.langMix.mixed));
    out.otherLangShare = summary(all.map((s) => (lang === 'en' ? s.langMix.zh : s.langMix.en)));
    process.stdout.write(`${JSON.stringify(out)}\n`);
  }
  return 0;
});
