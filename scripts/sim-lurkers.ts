/**
 * npx tsx scripts/sim-lurkers.ts [--lurkers L] [--seeds N] — how much of the audience speaks (lib/sim
 * README "Lurkers"): for the demo en shop, 4 streams of 30 min per seed, streams 2-4, prints per stream
 * the viewer comments and the share of viewers watching at each pitch change who commented in the 10
 * minutes before it.
 */
import { simulateShop } from '../lib/sim';

const arg = (n: string): string | undefined => { const i = process.argv.indexOf(n); return i >= 0 ? process.argv[i + 1] : undefined; };
const lurkers = Number(arg('--lurkers') ?? 0);
const seeds = Number(arg('--seeds') ?? 3);
for (let seed = 1; seed <= seeds; seed++) {
  const shop = simulateShop({ lang: 'en', minutes: 30, streams: 4, seed, lurkers });
  for (const s of shop.streams.slice(1)) {
    let watching = 0;
    let spoke = 0;
    for (const g of s.truth.segments.filter((x) => x.kind === 'pitch')) {
      const t = g.start;
      const said = new Set(s.truth.comments.filter((c) => c.role === 'viewer' && c.ts < t && c.ts >= t - 600_000).map((c) => c.viewer));
      const here = s.truth.viewers.filter((v) => !v.spammer && v.sessions.some(([a, b]) => a <= t && t < b));
      watching += here.length;
      spoke += here.filter((v) => said.has(v.id)).length;
    }
    const comments = s.truth.comments.filter((c) => c.role === 'viewer').length;
    process.stdout.write(`${JSON.stringify({ seed, stream: s.truth.stream, comments, spokeShare: Math.round((spoke / Math.max(1, watching)) * 100) / 100 })}\n`);
  }
}
