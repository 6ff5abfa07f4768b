import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DEMO, installDemoSite, type DemoSite } from '../harness/demo-site';
import { comparable, commentCount, expectedComparable, summaryCommentCount } from '../harness/expect-replay';
import { launchWithExtension, type ExtensionBrowser } from '../harness/launch';
import { readStore, tabIdOf } from '../pages/extension';
import { PopupPage } from '../pages/popup';
import { SidePanelPage } from '../pages/side-panel';
import { VIEWER_CURVE } from '../fixtures/pages';

const SPEED = 6;
let b: ExtensionBrowser;
let site: DemoSite;

beforeAll(async () => {
  b = await launchWithExtension();
  site = await installDemoSite(b.context, SPEED);
});
afterAll(async () => {
  await b?.close();
});

const replayDone = (page: Page, frameUrl?: string) => {
  const frame = frameUrl ? page.frames().find((f) => f.url().includes(frameUrl)) : page.mainFrame();
  if (!frame) throw new Error(`no frame ${frameUrl}`);
  return frame.waitForSelector('html[data-replay=done]', { state: 'attached', timeout: 60_000 });
};

describe('foundation: demo stream → content script → worker → IndexedDB → side panel', () => {
  it('YouTube replay: the side panel lists every replayed event in order, once, with the viewer count', async () => {
    const page = await b.context.newPage();
    await page.goto(DEMO.youtube.url);
    await page.waitForSelector('iframe#chatframe');
    await replayDone(page, '/live_chat');
    const panel = await SidePanelPage.open(b, await tabIdOf(b, DEMO.youtube.url));
    await panel.waitForComments(commentCount(site.replays.youtube));
    const want = expectedComparable(site.replays.youtube);
    await panel.waitForRows(want.length);
    const rows = (await panel.rows()).map((r) => ({ kind: r.kind, author: r.author ?? undefined, text: r.text.replace(/^\(deleted\) /, '') }));
    expect(rows).toEqual(want);
    expect(VIEWER_CURVE).toContain(await panel.viewers());
    expect((await panel.health()).state).toBe('attached');
    expect(await panel.title()).toContain(DEMO.youtube.title);
    // The deletion hides its target, which stays stored.
    const { events } = await readStore(panel.page);
    const del = events.find((e) => e.kind === 'deletion');
    expect(events.find((e) => e.id === del?.targetId)?.deleted).toBe(true);
  });

  it('Twitch replay: the same, with badges, emotes, bits, Hype Chat, subs and raids', async () => {
    const page = await b.context.newPage();
    await page.goto(DEMO.twitch.url);
    await replayDone(page);
    const panel = await SidePanelPage.open(b, await tabIdOf(b, DEMO.twitch.url));
    await panel.waitForComments(commentCount(site.replays.twitch));
    await panel.waitForRows(site.replays.twitch.expected.length);
    const rows = (await panel.rows()).map((r) => ({ kind: r.kind, author: r.author ?? undefined, text: r.text.replace(/^\(deleted\) /, '') }));
    expect(rows).toEqual(expectedComparable(site.replays.twitch));
    expect(VIEWER_CURVE).toContain(await panel.viewers());
    const { events, streams } = await readStore(panel.page);
    const stream = streams.find((s) => s.platform === 'twitch')!;
    expect(comparable(events.filter((e) => e.streamId === stream.id))).toEqual(expectedComparable(site.replays.twitch));
  });

  it('the popup lists both recorded streams', async () => {
    const popup = await PopupPage.open(b);
    await popup.page.waitForSelector('[data-testid=stream-row]');
    const streams = await popup.streams();
    expect(streams.map((s) => s.platform).sort()).toEqual(['twitch', 'youtube']);
    // The list shows the summary's count: comments and super chats, deleted ones left out.
    expect(streams.find((s) => s.platform === 'youtube')?.comments).toBe(summaryCommentCount(site.replays.youtube));
    expect(streams.find((s) => s.platform === 'twitch')?.comments).toBe(summaryCommentCount(site.replays.twitch));
  });

  it('no request left the machine: every request was answered by the fixtures', () => {
    expect(site.ledger.served.length).toBeGreaterThan(3);
    expect(site.ledger.blocked).toEqual([]);
  });
});
