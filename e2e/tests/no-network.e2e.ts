/**
 * Privacy, checked over every surface at once: the extension asks the network for nothing but the
 * page it runs on. A DevTools connection of the test's own watches every target of the browser —
 * the service worker and the offscreen document started afresh under watch, the models loading in
 * it and labelling, the side panel, popup, options and report pages, and the content scripts on
 * each of the nine platforms' fixture pages — and the requests are sorted: the extension's own files
 * and in-memory data are fine; anything else sent by an extension target, or by a script of the
 * extension inside a page, is a leak. One browser.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { amazonScenario } from '../fixtures/amazon/scenario';
import { douyinScenario } from '../fixtures/douyin/scenario';
import { kickScenario } from '../fixtures/kick/scenario';
import { kuaishouScenario } from '../fixtures/kuaishou/scenario';
import { taobaoScenario } from '../fixtures/taobao/scenario';
import { tiktokScenario } from '../fixtures/tiktok/scenario';
import { twitchScenario } from '../fixtures/twitch/scenario';
import { whatnotScenario } from '../fixtures/whatnot/scenario';
import { youtubeScenario } from '../fixtures/youtube/scenario';
import { launchWithExtension, type ExtensionBrowser } from '../harness/launch';
import { isLocalUrl, recordNetwork, type NetworkRecorder, type SeenRequest } from '../harness/network-recorder';
import { readStore } from '../pages/extension';
import { OptionsPage } from '../pages/options';
import { PopupPage } from '../pages/popup';
import { ReportPage } from '../pages/report';
import { SidePanelPage } from '../pages/side-panel';
import { tabIdOf } from '../pages/extension';

const SCENARIOS = [youtubeScenario(1), twitchScenario(1), tiktokScenario, douyinScenario, kuaishouScenario, kickScenario, whatnotScenario, amazonScenario, taobaoScenario];
const PIXEL = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');
const CANARY = 'https://canary.invalid/';

const profile = mkdtempSync(join(tmpdir(), 'live-copilot-no-network-'));
let b: ExtensionBrowser;
let rec: NetworkRecorder;
beforeAll(async () => {
  b = await launchWithExtension({ profile, extraArgs: ['--remote-debugging-port=0'] });
  rec = await recordNetwork(profile);
  const pages = new Map(SCENARIOS.map((s) => [new URL(s.url).href, s.html]));
  // The fixture pages under their real URLs; their own images answered locally; nothing else.
  await b.context.route('**/*', (route) => {
    const req = route.request();
    const url = new URL(req.url());
    if (url.protocol === 'chrome-extension:') return route.continue();
    const html = pages.get(url.href);
    if (html !== undefined) return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
    if (req.resourceType() === 'image') return route.fulfill({ status: 200, contentType: 'image/png', body: PIXEL });
    return route.abort('blockedbyclient');
  });
});
afterAll(async () => {
  rec?.close();
  await b?.close();
  rmSync(profile, { recursive: true, force: true });
});

/** A request the extension made: from one of its own targets, or by one of its scripts in a page. */
const byExtension = (r: SeenRequest) => r.targetUrl.startsWith('chrome-extension://') || r.byExtensionScript;
const t0 = Date.now();
const mark = (what: string) => console.log(`[no-network] ${((Date.now() - t0) / 1000).toFixed(1)} s ${what}`);
const waitFor = async (what: string, ok: () => boolean, timeout = 60_000) => {
  for (const until = Date.now() + timeout; !ok(); await new Promise((r) => setTimeout(r, 200)))
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
};

it('no surface of the extension requests anything but its own files and the page it runs on', { timeout: 180_000 }, async () => {
  // The worker and the models' document, started again under watch: their start-up requests count.
  const sw = await b.serviceWorker();
  await sw.evaluate(() => chrome.offscreen.closeDocument().catch(() => {}));
  const ext = await b.context.newPage();
  await ext.goto(`chrome-extension://${b.extensionId}/popup.html`);
  const cdp = await b.context.newCDPSession(ext);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await ext.close();
  mark('worker stopped');

  // Nine live rooms at once; each page's content script captures into the (restarted) worker.
  const rooms: Page[] = [];
  for (const s of SCENARIOS) {
    const p = await b.context.newPage();
    await p.goto(s.url, { waitUntil: 'domcontentloaded', timeout: 90_000 });
    rooms.push(p);
  }
  await Promise.all(rooms.map((p) => p.waitForSelector('html[data-replay=done]', { state: 'attached', timeout: 90_000 })));
  mark('rooms replayed');
  await waitFor('the offscreen document', () => rec.targets.some((t) => t.url.includes('/offscreen.html')));

  // The models label the rooms' comments (the side panel shows the labels), then every page is used.
  const panel = await SidePanelPage.open(b, await tabIdOf(b, SCENARIOS[1]!.url));
  await panel.waitForCommentsLabelled(120_000);
  mark('labelled');
  await OptionsPage.open(b);
  const popup = await PopupPage.open(b);
  const { streams } = await readStore(popup.page);
  expect(streams.length).toBeGreaterThanOrEqual(SCENARIOS.length);
  const report = await ReportPage.open(b, streams[0]!.id);
  await report.page.waitForSelector('[data-testid=exports]', { timeout: 60_000 });

  mark('pages opened');
  // The watch itself works on the surfaces that matter most: a request sent from the worker and
  // from the offscreen document on purpose is seen, attributed to them.
  await rec.evaluateIn('/background.js', `fetch('${CANARY}worker').catch(() => 0)`);
  await rec.evaluateIn('/offscreen.html', `fetch('${CANARY}offscreen').catch(() => 0)`);
  await waitFor('the canaries', () => rec.requests.filter((r) => r.url.startsWith(CANARY)).length >= 2, 15_000);
  const canaries = rec.requests.filter((r) => r.url.startsWith(CANARY));
  expect(canaries.map((r) => `${r.url.slice(CANARY.length)} ${r.targetUrl.replace(/[?#].*/, '').replace(/^chrome-extension:\/\/[a-z]+/, 'ext:')}`).sort()).toEqual([
    'offscreen ext:/offscreen.html',
    'worker ext:/background.js',
  ]);
  expect(canaries.every(byExtension)).toBe(true);

  const seen = rec.requests.filter((r) => !r.url.startsWith(CANARY));
  // Every surface was watched: worker, models' document, each extension page and each room.
  const watched = new Set(rec.targets.map((t) => t.url.replace(/[?#].*/, '').replace(/^chrome-extension:\/\/[a-z]+/, 'ext:')));
  for (const want of ['ext:/background.js', 'ext:/offscreen.html', 'ext:/sidepanel.html', 'ext:/popup.html', 'ext:/options.html', 'ext:/report.html']) expect(watched, want).toContain(want);
  for (const s of SCENARIOS) expect(seen.some((r) => r.url === new URL(s.url).href && r.targetType === 'page'), s.url).toBe(true);
  // …and the models really loaded under watch: their files, fetched by the offscreen document.
  expect(seen.filter((r) => r.targetUrl.includes('/offscreen.html') && r.url.startsWith('chrome-extension://')).length).toBeGreaterThan(0);

  const leaks = seen.filter((r) => byExtension(r) && !isLocalUrl(r.url)).map((r) => `${r.targetType} ${r.targetUrl} → ${r.url}`);
  expect(leaks).toEqual([]);
  console.log(`[no-network] ${seen.length} requests from ${rec.targets.length} targets; ${seen.filter(byExtension).length} by the extension, all to its own files`);
});
