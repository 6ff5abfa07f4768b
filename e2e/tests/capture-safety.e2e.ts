import { afterAll, beforeAll, expect, it } from 'vitest';
import { readCapture, routePage, settleCapture } from '../harness/capture-run';
import { launchWithExtension, type ExtensionBrowser } from '../harness/launch';
import { scenarioPage } from '../fixtures/pages';
import { SidePanelPage } from '../pages/side-panel';
import { tabIdOf } from '../pages/extension';

let b: ExtensionBrowser;
beforeAll(async () => {
  b = await launchWithExtension();
});
afterAll(async () => {
  await b?.close();
});

const viewers = '<p data-a-target="animated-channel-viewers-count">2,345</p>';

it('a page whose chat matches no selector reports broken selectors, visibly', async () => {
  const url = 'https://www.twitch.tv/renamed_chat';
  // Twitch renamed every chat class: rows exist, capture cannot see them.
  const shell = `${viewers}<div class="chat-v2-messages"><div class="msg-v2"><b>ann</b> hello</div></div>`;
  const blocked = await routePage(b.context, url, scenarioPage('renamed', shell, { speed: 1 }));
  const page = await b.context.newPage();
  await page.goto(url);
  // The health rule fires after a few seconds without rows (lib/capture/health.ts); how soon it shows
  // is a speed, not a behaviour: the wait is generous for a loaded machine.
  await expect
    .poll(async () => (await readCapture(b, url)).health?.state, { timeout: 45_000, interval: 250 })
    .toBe('no-rows');
  const panel = await SidePanelPage.open(b, await tabIdOf(b, url));
  await expect.poll(async () => (await panel.health()).state, { timeout: 5000 }).toBe('no-rows');
  expect((await panel.health()).text).toMatch(/0 rows matched for \d+ s while viewers > 0/);
  expect(blocked).toEqual([]);
  await page.close();
  await b.context.unrouteAll();
});

it('chat text holding HTML or script is captured as text and never rendered or run', async () => {
  const url = 'https://www.twitch.tv/xss_test';
  const evil = ['<img src=x onerror="window.__pwned=1">', '<script>window.__pwned=2</script>', '"><svg onload=window.__pwned=3>'];
  const row = (i: number, t: string) =>
    `<div class="chat-line__message" data-fixture-key="r${i}"><span class="chat-author__display-name">mallory</span><span data-a-target="chat-line-message-body"><span class="text-fragment">${t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}</span></span></div>`;
  const shell = `${viewers}<div class="chat-scrollable-area__message-container"></div>`;
  const steps = evil.map((t, i) => ({ at: i * 100, op: 'add' as const, html: row(i, t) }));
  const blocked = await routePage(b.context, url, scenarioPage('xss', shell, { speed: 1, steps, container: '.chat-scrollable-area__message-container' }));
  const page = await b.context.newPage();
  await page.goto(url);
  await settleCapture(b, page, url);
  const { events } = await readCapture(b, url);
  expect(events.filter((e) => e.kind === 'comment').map((e) => e.text)).toEqual(evil);
  const panel = await SidePanelPage.open(b, await tabIdOf(b, url));
  await panel.waitForRows(3);
  expect((await panel.rows()).map((r) => r.text)).toEqual(evil);
  expect(await panel.page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(await panel.page.locator('[data-testid=feed-text] img, [data-testid=feed-text] svg, [data-testid=feed-text] script').count()).toBe(0);
  expect(blocked).toEqual([]);
});
