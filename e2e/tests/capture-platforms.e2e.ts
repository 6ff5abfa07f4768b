import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adapterFor } from '../../lib/platforms/registry';
import { amazonScenario } from '../fixtures/amazon/scenario';
import { douyinScenario } from '../fixtures/douyin/scenario';
import { kickScenario } from '../fixtures/kick/scenario';
import { kuaishouScenario } from '../fixtures/kuaishou/scenario';
import type { CaptureScenario } from '../fixtures/scenario-types';
import { taobaoScenario } from '../fixtures/taobao/scenario';
import { tiktokScenario } from '../fixtures/tiktok/scenario';
import { twitchScenario } from '../fixtures/twitch/scenario';
import { whatnotScenario } from '../fixtures/whatnot/scenario';
import { youtubeScenario } from '../fixtures/youtube/scenario';
import { routePages } from '../harness/capture-run';
import { launchWithExtension, type ExtensionBrowser } from '../harness/launch';
import { asMultiset, comparable, orderDrift, runScenario } from '../harness/scenario-check';

/** Each platform's faithful fixture page, and what its scripted DOM changes exercise. */
const SCENARIOS: [string, CaptureScenario][] = [
  ['YouTube popout: emoji, Super Chat/Sticker, gifted memberships, banner and placeholder skipped, late author, deletion, container replaced', youtubeScenario(1)],
  ['Twitch popout: badges, emotes, cheer, sub, raid, 7TV late body, deletion, container replaced, genuine repeat, community gifts (gifter, count of this gift)', twitchScenario(1)],
  ['TikTok LIVE: data-e2e rows in recycled slots, history above, gift streak, fan club, late author, list replaced, viewers', tiktokScenario],
  ['Douyin: recycled slots, 送出了 gifts, ticker joins/likes/正在去买, pitched product, late fill, panel re-rendered, list rebuilt with copies of its last rows and genuine 扣1 repeats, 万 viewers', douyinScenario],
  ['Kuaishou: comments, gift combos, likes, late text, rebuilt list, genuine repeats', kuaishouScenario],
  ['Kick popout: KICKs gifts, subs, deletions, recycled slots, late 7TV fill, re-rendered list', kickScenario],
  ['Whatnot: chat, joins, tips, bids, win, next product, reused virtuoso items, late fill, re-mounted list, viewers', whatnotScenario],
  ['Amazon Live: clustered and own messages, purchases, late fill, re-rendered message area', amazonScenario],
  ['Taobao Live: comments, 正在去买 purchases, joins, follows, late fill, trimmed and re-rendered list', taobaoScenario],
];

let b: ExtensionBrowser;
/** What any scenario's page asked for that no fixture answers (all are served by one route). */
let blocked: string[];
let runs: Promise<Awaited<ReturnType<typeof runScenario>>>[];
beforeAll(async () => {
  b = await launchWithExtension();
  blocked = await routePages(b.context, SCENARIOS.map(([, s]) => s));
  // Each scenario's page opens once the previous one has finished replaying: the previous one's
  // quiet windows (capture settles; a late duplicate would still show) overlap the next replay,
  // while two replays never run at once. The tests below check the runs in order.
  let chain: Promise<unknown> = Promise.resolve();
  runs = SCENARIOS.map(([, s]) => {
    let replayed!: () => void;
    const next = new Promise<void>((ok) => (replayed = ok));
    const run = chain.then(() => runScenario(b, s.html, s.url, s.expected.length, { blocked, onReplayed: replayed }));
    run.catch(() => {}); // reported by the scenario's own test
    chain = Promise.race([next, run.catch(() => {})]);
    return run;
  });
});
afterAll(async () => {
  await Promise.allSettled(runs ?? []);
  await b?.close();
});

describe.each(SCENARIOS.map((s, i) => [...s, i] as const))('%s', (_what, s, i) => {
  it('yields exactly the expected events (no loss, no duplicates, right kinds/authors/amounts/counts/viewers); nothing else is requested', async () => {
    const run = await runs[i]!;
    const { got, want, viewers } = comparable(run.events, s.expected);
    expect(asMultiset(got)).toEqual(asMultiset(want));
    expect(orderDrift(got, want)).toBeLessThanOrEqual(s.orderTolerance ?? 0);
    expect(viewers).toEqual(s.viewers);
    expect(run.health?.state).toBe('attached');
    expect(new Set(run.events.map((e) => e.platform))).toEqual(new Set([adapterFor(s.url)?.adapter.platform]));
    expect(blocked).toEqual([]);
    expect(run.requests).toEqual([s.url]);
  });
});
