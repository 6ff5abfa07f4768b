import { afterAll, beforeAll, expect, it } from 'vitest';
import { DEMO, installDemoSite, type DemoSite } from '../harness/demo-site';
import { comparable, expectedComparable } from '../harness/expect-replay';
import { launchWithExtension, type ExtensionBrowser } from '../harness/launch';
import { readStore } from '../pages/extension';

// Slow enough that the worker is stopped while rows are still arriving.
const SPEED = 2;
let b: ExtensionBrowser;
let site: DemoSite;

beforeAll(async () => {
  b = await launchWithExtension();
  site = await installDemoSite(b.context, SPEED);
});
afterAll(async () => {
  await b?.close();
});

it('stopping the service worker mid-replay loses no events', async () => {
  const page = await b.context.newPage();
  await page.goto(DEMO.twitch.url);
  await page.waitForSelector('html[data-live-copilot=attached]', { state: 'attached' });
  await page.waitForFunction(() => (window as unknown as { __replay: { added: number } }).__replay.added >= 20);
  // The script's clock waits while the fault is set up, so the stop still comes mid-replay on a loaded machine.
  await page.evaluate(() => (window as unknown as { __replay: { hold(): void } }).__replay.hold());

  // A CDP session on an extension page shares the worker's storage partition, so this stops it.
  const ext = await b.context.newPage();
  await ext.goto(`chrome-extension://${b.extensionId}/popup.html`);
  const cdp = await b.context.newCDPSession(ext);
  const statuses: string[] = [];
  const stopped = new Promise<void>((ok) =>
    cdp.on('ServiceWorker.workerVersionUpdated', (e) => {
      for (const v of e.versions) if (v.scriptURL.endsWith('/background.js')) statuses.push(v.runningStatus);
      if (statuses.includes('stopped')) ok();
    }),
  );
  await cdp.send('ServiceWorker.enable');
  await page.evaluate(() => (window as unknown as { __replay: { release(): void } }).__replay.release());
  await cdp.send('ServiceWorker.stopAllWorkers');
  await stopped; // the worker really went away, mid-replay
  const addedWhenStopped = await page.evaluate(() => (window as unknown as { __replay: { added: number } }).__replay.added);
  expect(addedWhenStopped).toBeLessThan(site.replays.twitch.steps.length - 10);

  await page.waitForSelector('html[data-replay=done]', { state: 'attached', timeout: 60_000 });
  const want = expectedComparable(site.replays.twitch);
  await expect
    .poll(async () => (await readStore(ext)).events.length, { timeout: 30_000, interval: 250 })
    .toBe(want.length);
  const { events, streams } = await readStore(ext);
  expect(streams).toHaveLength(1); // the restarted worker continued the same stream
  expect(comparable(events)).toEqual(want);
});
