/**
 * Chat for the load runs from the simulator (lib/sim): an English TikTok-style shop and a Chinese
 * Douyin-style shop interleaved, comments only (viewers', host's and moderator's), in the
 * simulator's order, with its repeats ("扣1", "666", spam) as they come at that rate.
 */
import { simulateShopStream } from '../../lib/sim';
import type { LoadItem } from './load-page';

function* comments(lang: 'en' | 'zh', rate: number, seed: number): Generator<Omit<LoadItem, 'id'>> {
  // Long enough for any run here; the generator is lazy, so only what is taken is simulated.
  for (const { event } of simulateShopStream({ lang, rate, seed, minutes: 240 })) {
    if (event.kind !== 'comment' || !event.text) continue;
    const role = event.author?.role === 'owner' || event.author?.role === 'moderator' ? event.author.role : 'viewer';
    yield { author: event.author?.name ?? 'viewer', text: event.text, role };
  }
}

/** `count` chat lines for room `room` (ids unique per room), half of each language, at `rate` msg/s overall. */
export function chatItems(room: string, count: number, rate: number, seed = 1): LoadItem[] {
  const en = comments('en', rate / 2, seed);
  const zh = comments('zh', rate / 2, seed + 1);
  const out: LoadItem[] = [];
  for (let i = 0; i < count; i += 1) {
    const next = (i % 2 ? zh : en).next();
    if (next.done) throw new Error('the simulator ran out of comments');
    out.push({ id: `${room}-${i}`, ...next.value });
  }
  return out;
}
