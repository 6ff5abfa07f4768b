import type { BrowserContext, Route } from 'playwright-core';
import { twitchReplay, youtubeReplay } from '../fixtures/load';
import { twitchChannelPage, youtubeChatPage, youtubeWatchPage } from '../fixtures/pages';
import type { Replay } from '../fixtures/replay-types';

export const DEMO = {
  youtube: { videoId: 'lcDemo0001', title: 'Live Copilot demo — YouTube replay', url: 'https://www.youtube.com/watch?v=lcDemo0001' },
  twitch: { channel: 'lc_demo', title: 'Live Copilot demo — Twitch replay', url: 'https://www.twitch.tv/lc_demo' },
} as const;

// 1×1 transparent PNG for avatars, badges, emoji and emotes: real URLs, answered locally.
const PIXEL = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');
const IMAGE_HOSTS = /^https:\/\/(yt3\.ggpht\.com|static-cdn\.jtvnw\.net|www\.gstatic\.com|i\.ytimg\.com|[\w-]+\.tiktokcdn\.com|[\w-]+\.douyinpic\.com)\//;

export interface RequestLedger {
  served: string[];
  /** Requests nothing in the fixtures answers: aborted, and a test failure. */
  blocked: string[];
}

export interface DemoSite {
  ledger: RequestLedger;
  replays: { youtube: Replay; twitch: Replay };
}

export interface DemoSiteOptions {
  /** More pages to serve under their real URLs (the event-log player's TikTok and Douyin rooms). */
  pages?: readonly { url: string; html: string }[];
}

/**
 * Answers every request the browser makes from the fixtures (platform pages under their real URLs,
 * placeholder images) and aborts and records anything else: with it, no request leaves the machine.
 */
export async function installDemoSite(context: BrowserContext, speed: number, opts: DemoSiteOptions = {}): Promise<DemoSite> {
  const replays = { youtube: youtubeReplay(), twitch: twitchReplay() };
  const ledger: RequestLedger = { served: [], blocked: [] };
  const extra = new Map((opts.pages ?? []).map((p) => [new URL(p.url).href, p.html]));
  const html = (route: Route, body: string) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    const href = url.href;
    // The extension's own files come from the browser itself, not the network.
    if (url.protocol === 'chrome-extension:') return route.continue();
    const answer = (): Promise<void> | undefined => {
      const page = extra.get(href);
      if (page !== undefined) return html(route, page);
      if (url.origin === 'https://www.youtube.com' && url.pathname === '/watch' && url.searchParams.get('v') === DEMO.youtube.videoId)
        return html(route, youtubeWatchPage(DEMO.youtube.videoId, DEMO.youtube.title, speed));
      if (url.origin === 'https://www.youtube.com' && url.pathname === '/live_chat' && url.searchParams.get('v') === DEMO.youtube.videoId)
        return html(route, youtubeChatPage(replays.youtube.steps, speed));
      if (url.origin === 'https://www.twitch.tv' && url.pathname === `/${DEMO.twitch.channel}`)
        return html(route, twitchChannelPage(DEMO.twitch.channel, DEMO.twitch.title, replays.twitch.steps, speed));
      if (IMAGE_HOSTS.test(href) || /^https:\/\/www\.youtube\.com\/s\/gaming\/emoji\//.test(href))
        return route.fulfill({ status: 200, contentType: 'image/png', body: PIXEL });
      if (url.pathname === '/favicon.ico') return route.fulfill({ status: 404, body: '' });
      return undefined;
    };
    const done = answer();
    if (done) {
      ledger.served.push(href);
      return done;
    }
    ledger.blocked.push(href);
    return route.abort('blockedbyclient');
  });
  return { ledger, replays };
}
