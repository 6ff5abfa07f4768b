/**
 * Faults in the real browser, one browser for the file (plus one restart): the worker stopped many
 * times at random moments, and the browser restarted with an outbox copy waiting. Each ends with
 * every event stored exactly once (the replay's expectations, in order) and every comment labelled.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DEMO, installDemoSite, type DemoSite } from '../harness/demo-site';
import { comparable, expectedComparable } from '../harness/expect-replay';
import { launchWithExtension, type ExtensionBrowser } from '../harness/launch';
import { readStore, type StoredRow } from '../pages/extension';

// Slower than most tests, so the worker can be stopped many times while rows still arrive.
const SPEED = 1;
let b: ExtensionBrowser;
let site: DemoSite;
let ext: Page;
let cdp: CDPSession;
const profile = mkdtempSync(join(tmpdir(), 'live-copilot-faults-'));

/** Seeded, so a failure replays the same moments. */
let seed = 20261129;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);

beforeAll(async () => {
  b = await launchWithExtension({ profile });
  site = await installDemoSite(b.context, SPEED);
  ext = await b.context.newPage();
  await ext.goto(`chrome-extension://${b.extensionId}/popup.html`);
  // A CDP session on an extension page shares the worker's storage partition: it can stop the worker.
  cdp = await b.context.newCDPSession(ext);
  await cdp.send('ServiceWorker.enable');
});
afterAll(async () => {
  await b?.close();
  rmSync(profile, { recursive: true, force: true });
});

let stops = 0;
/** Stops the worker and waits until it really is stopped. */
async function stopWorker(): Promise<void> {
  const stopped = new Promise<void>((ok) => {
    const on = (e: { versions: { scriptURL: string; runningStatus: string }[] }) => {
      if (e.versions.some((v) => v.scriptURL.endsWith('/background.js') && v.runningStatus === 'stopped')) {
        cdp.off('ServiceWorker.workerVersionUpdated', on);
        ok();
      }
    };
    cdp.on('ServiceWorker.workerVersionUpdated', on);
  });
  await cdp.send('ServiceWorker.stopAllWorkers');
  // A worker that had already gone idle reports no new 'stopped' state: don't wait for one forever.
  await Promise.race([stopped, new Promise((ok) => setTimeout(ok, 5_000))]);
  stops++;
}

const added = (page: Page) => page.evaluate(() => (window as unknown as { __replay: { added: number } }).__replay.added);

const replayDone = (page: Page) => page.evaluate(() => document.documentElement.dataset.replay === 'done');

async function rowsOf(roomKey: string): Promise<StoredRow[]> {
  const { streams, events } = await readStore(ext);
  const ids = new Set(streams.filter((s) => s.roomKey === roomKey).map((s) => s.id));
  return events.filter((e) => ids.has(e.streamId));
}

async function roomKeyOf(url: string): Promise<string> {
  await expect.poll(async () => (await readStore(ext)).streams.some((s) => url.includes(s.roomKey.split(':')[1] ?? '\0')), { timeout: 30_000 }).toBe(true);
  return (await readStore(ext)).streams.find((s) => url.includes(s.roomKey.split(':')[1] ?? '\0'))!.roomKey;
}

const labelled = (rows: StoredRow[]) => rows.filter((r) => ['comment', 'superchat', 'membership'].includes(r.kind) && r.text).every((r) => r.labels);

it('the worker stopped many times at random moments mid-stream: every event stored once, in order, all labelled', { timeout: 240_000 }, async () => {
  const page = await b.context.newPage();
  await page.goto(DEMO.twitch.url);
  await page.waitForSelector('html[data-live-copilot=attached]', { state: 'attached' });
  const total = site.replays.twitch.steps.length;
  while (!(await replayDone(page)) && (await added(page)) < total - 5) {
    await page.waitForTimeout(100 + random() * 500);
    await stopWorker();
  }
  expect(stops).toBeGreaterThanOrEqual(5);
  await page.waitForSelector('html[data-replay=done]', { state: 'attached', timeout: 60_000 });
  const roomKey = await roomKeyOf(DEMO.twitch.url);
  const want = expectedComparable(site.replays.twitch);
  await expect.poll(async () => (await rowsOf(roomKey)).length, { timeout: 30_000, interval: 250 }).toBe(want.length);
  expect(comparable(await rowsOf(roomKey))).toEqual(want);
  expect((await readStore(ext)).streams.filter((s) => s.roomKey === roomKey)).toHaveLength(1);
  await expect.poll(async () => labelled(await rowsOf(roomKey)), { timeout: 60_000, interval: 500 }).toBe(true);
  await page.close();
});

it('the browser restarted with events waiting in a page’s outbox copy: the worker stores them after the restart', { timeout: 240_000 }, async () => {
  const roomKey = 'twitch:lc_restart';
  const events = Array.from({ length: 40 }, (_, i) => ({
    platform: 'twitch',
    streamKey: roomKey,
    kind: 'comment',
    id: `restart-${i}`,
    ts: Date.now() - 5000 + i,
    author: { name: `viewer${i}`, role: 'viewer' },
    text: `still here ${i}`,
  }));
  const sw = await b.serviceWorker();
  // What the page's outbox leaves while the worker is not taking events (lib/capture/outbox-store.ts):
  // the browser quits right after the page's last heartbeat.
  await sw.evaluate(
    (copy) => chrome.storage.local.set({ 'outbox:e2e-restart': { ...copy, beatAt: Date.now() } }),
    { roomKey, platform: 'twitch', url: 'https://www.twitch.tv/lc_restart', title: 'restart', events },
  );
  await b.close();
  b = await launchWithExtension({ profile });
  ext = await b.context.newPage();
  await ext.goto(`chrome-extension://${b.extensionId}/popup.html`);
  await expect.poll(async () => (await rowsOf(roomKey)).map((r) => r.id), { timeout: 60_000, interval: 500 }).toEqual(events.map((e) => e.id));
  const left = await (await b.serviceWorker()).evaluate(async () => Object.keys(await chrome.storage.local.get(null as unknown as string)).filter((k) => k.startsWith('outbox:')));
  expect(left).toEqual([]);
  await expect.poll(async () => labelled(await rowsOf(roomKey)), { timeout: 60_000, interval: 500 }).toBe(true);
});
