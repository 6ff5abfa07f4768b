/**
 * Faults in the real browser, one browser for the file (plus one restart): the worker stopped many
 * times at random moments, the models' offscreen document closed while batches were in flight, the
 * tab reloaded and its renderer crashed mid-stream, IndexedDB full, and the browser restarted with
 * an outbox copy waiting. Each ends with every event stored exactly once (the replay's expectations, in order) and
 * every comment labelled.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DEMO, installDemoSite, type DemoSite } from '../harness/demo-site';
import { comparable, drift, expectedComparable, multiset } from '../harness/expect-replay';
import { launchWithExtension, type ExtensionBrowser } from '../harness/launch';
import { cutPoints, serveSegmentedRoom } from '../harness/segmented-room';
import { readStore, type StoredRow } from '../pages/extension';

// Slower than most tests, so the worker can be stopped many times while rows still arrive.
const SPEED = 1;
/** The rooms that are reloaded, crashed or lose their models' document replay faster. */
const ROOM_SPEED = 2;
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

/** Every event of the replay stored exactly once, each within two places of its own (see drift). */
function expectOnce(rows: StoredRow[], want: ReturnType<typeof expectedComparable>): void {
  const got = comparable(rows);
  expect(multiset(got)).toEqual(multiset(want));
  expect(drift(got, want)).toBeLessThanOrEqual(2);
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
  expectOnce(await rowsOf(roomKey), want);
  expect((await readStore(ext)).streams.filter((s) => s.roomKey === roomKey)).toHaveLength(1);
  await expect.poll(async () => labelled(await rowsOf(roomKey)), { timeout: 60_000, interval: 500 }).toBe(true);
  await page.close();
});

/** Worker-side hook: the next `n` classify requests to the models' document close it right after they are sent. */
function armOffscreenClose(n: number): Promise<number> {
  return b.serviceWorker().then((sw) =>
    sw.evaluate((arm) => {
      type Hook = { armed: number; closed: number };
      const g = globalThis as unknown as { __lcCloseOnClassify?: Hook };
      if (!g.__lcCloseOnClassify) {
        const hook: Hook = (g.__lcCloseOnClassify = { armed: 0, closed: 0 });
        const send = chrome.runtime.sendMessage.bind(chrome.runtime);
        chrome.runtime.sendMessage = (...args: unknown[]) => {
          const out = send(...args);
          if ((args[0] as { type?: string } | undefined)?.type === 'ml:classify' && hook.armed > 0) {
            hook.armed--;
            chrome.offscreen.closeDocument().then(() => hook.closed++, () => {});
          }
          return out;
        };
      }
      g.__lcCloseOnClassify.armed = arm;
      return g.__lcCloseOnClassify.closed;
    }, n),
  );
}

it('the models’ offscreen document closed while label batches were in flight: labels still arrive, nothing lost or doubled', { timeout: 180_000 }, async () => {
  const steps = site.replays.twitch.steps;
  const room = await serveSegmentedRoom(b.context, 'lc_offscreen', steps, [], ROOM_SPEED);
  const page = await b.context.newPage();
  await page.goto(room.url);
  await page.waitForSelector('html[data-live-copilot=attached]', { state: 'attached' });
  let closed = 0;
  let before = await armOffscreenClose(0);
  while (!(await replayDone(page))) {
    await armOffscreenClose(1);
    await page.waitForTimeout(300 + random() * 900);
    // A worker restarted in between lost the hook and its count: only what this one counted.
    const now = await armOffscreenClose(0);
    closed += Math.max(0, now - before);
    before = now;
  }
  expect(closed).toBeGreaterThanOrEqual(3);
  const roomKey = 'twitch:lc_offscreen';
  const want = expectedComparable(site.replays.twitch);
  await expect.poll(async () => (await rowsOf(roomKey)).length, { timeout: 30_000, interval: 250 }).toBe(want.length);
  expectOnce(await rowsOf(roomKey), want);
  await expect.poll(async () => labelled(await rowsOf(roomKey)), { timeout: 90_000, interval: 500 }).toBe(true);
  const sw = await b.serviceWorker();
  expect(await sw.evaluate(async () => (await chrome.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] })).length)).toBe(1);
  await page.close();
});

it('the tab reloaded twice mid-stream: capture resumes, the re-rendered history is not stored again, nothing lost', { timeout: 120_000 }, async () => {
  const steps = site.replays.twitch.steps;
  const room = await serveSegmentedRoom(b.context, 'lc_reload', steps, cutPoints(steps, [1 / 3, 2 / 3]), ROOM_SPEED);
  const page = await b.context.newPage();
  await page.goto(room.url);
  for (let seg = 0; seg < room.segments; seg++) {
    await page.waitForSelector('html[data-replay=done]', { state: 'attached', timeout: 60_000 });
    // At once: the last rows may still wait in the outbox (the page's pagehide hands them over).
    if (seg < room.segments - 1) await page.reload();
  }
  expect(room.loads()).toBe(3);
  const roomKey = 'twitch:lc_reload';
  const want = expectedComparable(site.replays.twitch);
  await expect.poll(async () => (await rowsOf(roomKey)).length, { timeout: 30_000, interval: 250 }).toBe(want.length);
  expectOnce(await rowsOf(roomKey), want);
  expect((await readStore(ext)).streams.filter((s) => s.roomKey === roomKey)).toHaveLength(1);
  await expect.poll(async () => labelled(await rowsOf(roomKey)), { timeout: 60_000, interval: 500 }).toBe(true);
  await page.close();
});

it('the tab’s renderer crashed mid-stream: what was stored stays, capture resumes when the room is opened again, nothing stored twice', { timeout: 120_000 }, async () => {
  const steps = site.replays.twitch.steps;
  const [cut] = cutPoints(steps, [1 / 2]);
  const room = await serveSegmentedRoom(b.context, 'lc_crash', steps, [cut!], ROOM_SPEED);
  const roomKey = 'twitch:lc_crash';
  const want = expectedComparable(site.replays.twitch);
  const page = await b.context.newPage();
  await page.goto(room.url);
  await page.waitForSelector('html[data-replay=done]', { state: 'attached', timeout: 60_000 });
  // The replay's steps map one to one to its expectations. Events the page saw in the last ~50 ms
  // before a crash, not yet handed to the browser, die with it (README, Reliability): crash after those.
  await expect.poll(async () => (await rowsOf(roomKey)).length, { timeout: 30_000, interval: 250 }).toBe(cut);
  const crashed = new Promise((ok) => page.once('crash', ok));
  void (await b.context.newCDPSession(page)).send('Page.crash').catch(() => {});
  await crashed;
  // Playwright cannot drive a crashed page again (its reloaded target stays paused for the debugger),
  // so the room is opened again in a new tab, then the crashed one is closed, as a person would.
  const again = await b.context.newPage();
  await again.goto(room.url);
  await again.waitForSelector('html[data-replay=done]', { state: 'attached', timeout: 60_000 });
  await expect.poll(async () => (await rowsOf(roomKey)).length, { timeout: 30_000, interval: 250 }).toBe(want.length);
  await page.close();
  expectOnce(await rowsOf(roomKey), want);
  expect(room.loads()).toBe(2);
  expect((await readStore(ext)).streams.filter((s) => s.roomKey === roomKey)).toHaveLength(1);
  await expect.poll(async () => labelled(await rowsOf(roomKey)), { timeout: 60_000, interval: 500 }).toBe(true);
  await again.close();
});

/** A finished stream from long ago, written straight into the extension's database (the oldest there is). */
function addOldStream(roomKey: string): Promise<number> {
  return ext.evaluate(async (key) => {
    const db = await new Promise<IDBDatabase>((ok, fail) => {
      const r = indexedDB.open('live-copilot');
      r.onsuccess = () => ok(r.result);
      r.onerror = () => fail(r.error);
    });
    const id = await new Promise<number>((ok, fail) => {
      const r = db.transaction('streams', 'readwrite').objectStore('streams').add({ roomKey: key, platform: 'twitch', url: `https://www.twitch.tv/${key.split(':')[1]}`, startedAt: 1000, lastEventAt: 2000, endedAt: 3000, endReason: 'closed', eventCount: 0, commentCount: 0 });
      r.onsuccess = () => ok(r.result as number);
      r.onerror = () => fail(r.error);
    });
    db.close();
    return id;
  }, roomKey);
}

const setQuotaFailures = async (n: number) => (await b.serviceWorker()).evaluate((k) => chrome.storage.local.set({ 'test:quotaFailures': k }), n);

it('IndexedDB quota exceeded: the oldest finished streams deleted per the retention setting; while nothing may be deleted a visible message and the events wait; nothing lost or doubled', { timeout: 180_000 }, async () => {
  const steps = site.replays.twitch.steps;
  const [cut] = cutPoints(steps, [1 / 2]);
  const room = await serveSegmentedRoom(b.context, 'lc_quota', steps, [cut!], ROOM_SPEED);
  const roomKey = 'twitch:lc_quota';
  const want = expectedComparable(site.replays.twitch);
  const old = [await addOldStream('twitch:old_a'), await addOldStream('twitch:old_b')];
  const options = await b.context.newPage();
  await options.goto(`chrome-extension://${b.extensionId}/options.html`);
  const panel = await b.context.newPage();
  await panel.goto(`chrome-extension://${b.extensionId}/sidepanel.html`);

  // 1. Deleting is allowed (the default): the next two event writes hit the quota (lib/retention/quota-switch.ts).
  await setQuotaFailures(2);
  const page = await b.context.newPage();
  await page.goto(room.url);
  await page.waitForSelector('html[data-replay=done]', { state: 'attached', timeout: 60_000 });
  await expect.poll(async () => (await rowsOf(roomKey)).length, { timeout: 30_000, interval: 250 }).toBe(cut);
  expect((await readStore(ext)).streams.filter((s) => old.includes(s.id))).toEqual([]);
  for (const p of [options, panel]) {
    const notice = p.locator('[data-testid=storage-pruned]');
    await expect.poll(() => notice.getAttribute('data-count'), { timeout: 10_000 }).toBe('2');
    expect(await notice.getAttribute('data-reason')).toBe('quota');
  }

  // 2. The user keeps everything (Options), and every write fails: the message shows, the events wait in the page.
  await options.locator('[data-testid=prune-when-full]').uncheck();
  await setQuotaFailures(1_000_000);
  await page.reload();
  await page.waitForSelector('html[data-replay=done]', { state: 'attached', timeout: 60_000 });
  for (const p of [options, panel]) await p.waitForSelector('[data-testid=storage-full]', { timeout: 30_000 });
  expect((await rowsOf(roomKey)).length).toBe(cut);

  // 3. Room again: the waiting events are written, once; the message goes.
  await setQuotaFailures(0);
  await expect.poll(async () => (await rowsOf(roomKey)).length, { timeout: 30_000, interval: 250 }).toBe(want.length);
  expectOnce(await rowsOf(roomKey), want);
  for (const p of [options, panel]) await p.waitForSelector('[data-testid=storage-full]', { state: 'detached', timeout: 10_000 });
  expect((await readStore(ext)).streams.filter((s) => s.roomKey === roomKey)).toHaveLength(1);
  await expect.poll(async () => labelled(await rowsOf(roomKey)), { timeout: 60_000, interval: 500 }).toBe(true);
  await options.locator('[data-testid=prune-when-full]').check();
  for (const p of [page, options, panel]) await p.close();
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
