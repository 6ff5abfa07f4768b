/**
 * Bad input in the real browser, one browser for the file: pages that are not live rooms, hostile
 * and huge chat rows, and corrupted catalog, FAQ and event-log files. Each is
 * a clear message where a person looks, nothing else lost, and nothing rendered as HTML.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { CAPTURE_LIMITS } from '../../lib/capture/limits';
import { scenarioPage } from '../fixtures/pages';
import { readCapture, routePage, settleCapture } from '../harness/capture-run';
import { launchWithExtension, type ExtensionBrowser } from '../harness/launch';
import { dumpStores, readStore, tabIdOf, type StoredRow, type StoredStream } from '../pages/extension';
import { OptionsPage } from '../pages/options';
import { PopupPage } from '../pages/popup';
import { ReportPage } from '../pages/report';
import { SidePanelPage } from '../pages/side-panel';

let b: ExtensionBrowser;
beforeAll(async () => {
  b = await launchWithExtension();
});
afterAll(async () => {
  await b?.close();
});

const esc = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const row = (key: string, author: string, text: string) =>
  `<div class="chat-line__message" data-fixture-key="${key}"><span class="chat-author__display-name">${esc(author)}</span><span data-a-target="chat-line-message-body"><span class="text-fragment">${esc(text)}</span></span></div>`;
const shell = (title: string) =>
  `<h2 data-a-target="stream-title">${esc(title)}</h2><p data-a-target="animated-channel-viewers-count">2,345</p><div class="chat-scrollable-area__message-container"></div>`;
const CHAT = { container: '.chat-scrollable-area__message-container', bodySelector: "[data-a-target='chat-line-message-body']" };
const injected = 'img[onerror], svg[onload], script:not([src])';

it('a page of no supported platform, and a platform page that is not a live room, each show it', async () => {
  await routePage(b.context, 'https://example.com/shop', '<h1>A shop</h1>');
  const other = await b.context.newPage();
  await other.goto('https://example.com/shop');
  const panel = await SidePanelPage.open(b, await tabIdOf(b, 'https://example.com/shop'));
  await panel.page.waitForSelector('[data-testid=capture-health]');
  expect(await panel.page.getAttribute('[data-testid=capture-health]', 'class')).toContain('health-none');
  expect(await panel.page.textContent('[data-testid=capture-health]')).toBe('No capture on this tab');
  expect(await panel.title()).toBe('No live stream yet');
  await b.context.unrouteAll();

  await routePage(b.context, 'https://www.twitch.tv/directory', '<h1>Browse</h1>');
  await other.goto('https://www.twitch.tv/directory');
  await expect.poll(async () => (await readCapture(b, 'https://www.twitch.tv/directory')).health?.state, { timeout: 60_000 }).toBe('unsupported');
  const panel2 = await SidePanelPage.open(b, await tabIdOf(b, 'https://www.twitch.tv/directory'));
  await expect.poll(async () => (await panel2.health()).state, { timeout: 10_000 }).toBe('unsupported');
  expect(await panel2.page.textContent('[data-testid=capture-health]')).toBe('Not a live room');
  await Promise.all([other.close(), panel.page.close(), panel2.page.close()]);
  await b.context.unrouteAll();
});

it('hostile rows: HTML/script/CSS in names, text and title stay text in the side panel, popup and report; bidi and zero-width are removed; a 100 kB message is stored once, cut with a mark', async () => {
  const url = 'https://www.twitch.tv/hostile_shop';
  const title = `<img src=x onerror="window.__pwned='title'"> \u202Eevil title ${'x'.repeat(400)}`;
  const rows = [
    row('r0', '<img src=x onerror="window.__pwned=1">', 'hello <b>bold</b>'),
    row('r1', '<style>body{display:none}</style>', '<script>window.__pwned=2</script>'),
    row('r2', '\u202Enimda', 'fr\u200Bee gi\u2060ft <svg onload="window.__pwned=3">'),
    row('r3', 'bigmouth', 'A'.repeat(100_000)),
    row('r4', 'after', 'still here'),
  ];
  const steps = rows.map((html, i) => ({ at: i * 100, op: 'add' as const, html }));
  const blocked = await routePage(b.context, url, scenarioPage('hostile', shell(title), { speed: 1, steps, ...CHAT }));
  const page = await b.context.newPage();
  await page.goto(url);
  await settleCapture(b, page, url, 1500, 120_000);

  const comments = (await readCapture(b, url)).events.filter((e) => e.kind === 'comment');
  expect(comments.map((e) => e.author?.name)).toEqual(['<img src=x onerror="window.__pwned=1">', '<style>body{display:none}</style>', 'nimda', 'bigmouth', 'after']);
  expect(comments.map((e) => e.text?.slice(0, 60))).toEqual(['hello <b>bold</b>', '<script>window.__pwned=2</script>', 'free gift <svg onload="window.__pwned=3">', 'A'.repeat(60), 'still here']);
  const big = comments[3]!.text!;
  expect(big).toHaveLength(CAPTURE_LIMITS.text);
  expect(big.endsWith('…')).toBe(true);

  const panel = await SidePanelPage.open(b, await tabIdOf(b, url));
  await panel.waitForRows(5);
  const shown = await panel.rows();
  expect(shown.map((r) => r.author)).toEqual(expect.arrayContaining(['<img src=x onerror="window.__pwned=1">', '<style>body{display:none}</style>', 'nimda']));
  expect(shown.some((r) => r.text === big)).toBe(true);
  const title0 = (await panel.title()) ?? '';
  expect(title0).toContain('<img src=x onerror=');
  expect(title0).not.toMatch(/\u202E/);
  expect(title0.length).toBeLessThanOrEqual(CAPTURE_LIMITS.title + 20);

  const popup = await PopupPage.open(b);
  // The list fills in as the stream rows load: wait for the hostile title to show, as text.
  await expect.poll(async () => (await popup.streams()).some((s) => s.text.includes('<img src=x onerror=')), { timeout: 30_000 }).toBe(true);
  const { streams } = await readStore(popup.page);
  const stream = streams.find((s) => s.roomKey.includes('hostile_shop'))!;
  const report = await ReportPage.open(b, stream.id);
  await report.page.waitForSelector('[data-testid=top-fans]', { timeout: 60_000 });
  const fans = await report.page.$$eval('[data-testid=fan-row]', (els) => els.map((e) => e.querySelector('td')?.textContent));
  expect(fans).toEqual(expect.arrayContaining(['<img src=x onerror="window.__pwned=1">', '<style>body{display:none}</style>', 'nimda']));

  for (const p of [panel.page, popup.page, report.page]) {
    expect(await p.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned), p.url()).toBeUndefined();
    expect(await p.locator(injected).count(), p.url()).toBe(0);
    expect(await p.evaluate(() => getComputedStyle(document.body).display), p.url()).not.toBe('none');
  }
  expect(blocked).toEqual([]);
  await Promise.all([page.close(), panel.page.close(), popup.page.close(), report.page.close()]);
  await b.context.unrouteAll();
});

const utf8 = (s: string) => Buffer.from(s, 'utf8');

it('corrupted catalog and FAQ files: each file or row error shown in the options page, good rows importable', async () => {
  const options = await OptionsPage.open(b);
  // A GBK file from an old Excel: refused as a whole, saying so.
  await options.chooseFile('catalog', 'gbk.csv', Buffer.concat([utf8('sku,title\nA,'), Buffer.from([0xd6, 0xd0, 0xce, 0xc4]), utf8('\nB,'), Buffer.from([0xce, 0xc0]), utf8('\n')]));
  await expect.poll(() => options.fatal('catalog')).toMatch(/not UTF-8 text.*save it as UTF-8/);
  // One Latin-1 row in a UTF-8 file: that row is listed, the others import.
  await options.chooseFile('catalog', 'latin1.csv', Buffer.concat([utf8('sku,title,price\nA,Mug,3\nB,Caf'), Buffer.from([0xe9]), utf8(' cup,4\nC,Tee,5\n')]));
  await options.page.waitForSelector('[data-testid=catalog-preview] >> text=latin1.csv');
  expect(await options.rowErrors('catalog')).toEqual([{ line: 3, text: expect.stringMatching(/^3.*not UTF-8/) }]);
  expect(await options.commit('catalog')).toMatch(/2 added/);
  await options.chooseFile('catalog', 'book.xlsx', Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), utf8('[Content_Types].xml')]));
  await expect.poll(() => options.fatal('catalog')).toMatch(/xlsx.*CSV UTF-8/);
  await options.chooseFile('catalog', 'columns.csv', 'name,cost\nMug,3\n');
  await expect.poll(() => options.fatal('catalog')).toMatch(/missing column\(s\) sku, title; unknown column\(s\) name, cost/);
  // A path, not a buffer: the browser reads the file itself, as when a person picks it.
  const huge = join(mkdtempSync(join(tmpdir(), 'live-copilot-huge-')), 'huge.csv');
  writeFileSync(huge, Buffer.concat([utf8('sku,title\n'), Buffer.alloc(21 * 1024 * 1024, 'A,b\n')]));
  await options.page.setInputFiles('[data-testid=catalog-file]', huge);
  await expect.poll(() => options.fatal('catalog')).toMatch(/the file is 21\.0 MB; at most 20\.0 MB/);

  await options.chooseFile('faq', 'cut.json', '[{"id":"ship","questions":["when"],"answers":["48 h"]},{"id":"ret');
  await expect.poll(() => options.fatal('faq')).toMatch(/not valid JSON/);
  await options.chooseFile('faq', 'types.json', JSON.stringify([{ id: 'ok', questions: ['when does it ship'], answers: ['in 48 h'] }, { id: 'obj', questions: { en: 'when' }, answers: ['x'] }]));
  await options.page.waitForSelector('[data-testid=faq-preview] >> text=types.json');
  expect(await options.rowErrors('faq')).toEqual([{ line: 2, text: expect.stringMatching(/questions must be a text or a list of texts, not an object/) }]);
  expect(await options.commit('faq')).toMatch(/1 added/);
  await options.page.close();
});

it('corrupted event logs: a cut-off line, bad JSON and another version each shown by line in the popup', async () => {
  const ev = (id: string) => JSON.stringify({ platform: 'twitch', streamKey: 'twitch:logshop', kind: 'comment', id, ts: 1_700_000_000_000 + Number(id.slice(1)), author: { name: 'amy', role: 'viewer' }, text: `hi ${id}` });
  const popup = await PopupPage.open(b);
  await popup.chooseLog('cut.jsonl', [ev('c1'), '{"platform": "twitch",, }', ev('c3'), ev('c4').slice(0, 50)].join('\n'));
  const errors = await popup.logErrors();
  expect(errors.map((e) => e.line)).toEqual([2, 4]);
  expect(errors[0]!.text).toMatch(/not JSON/);
  expect(errors[1]!.text).toMatch(/ends in the middle of this line/);
  expect(await popup.commitLabel()).toMatch(/2.*2/);
  expect(await popup.commitLog()).toMatch(/cut\.jsonl/);

  await popup.chooseLog('v2.jsonl', [JSON.stringify({ format: 'live-copilot-log', version: 2 }), JSON.stringify({ type: 'chat', at: 1, msg: 'hi' })].join('\n'));
  expect(await popup.page.textContent('[data-testid=stream-import-fatal]')).toMatch(/no line is an event of this log format.*another version/);
  expect((await popup.logErrors()).map((e) => e.line)).toEqual([1, 2]);
  expect(await popup.page.isDisabled('[data-testid=stream-import-commit]')).toBe(true);
  await popup.page.close();
});

// Last: the models go on labelling its 10,000 rows after it passes (nothing waits for that), which
// slowed the tests after it; closing the browser ends it.
it('10,000 rows added to the page at once: every one stored once, and the page still answers', { timeout: 900_000 }, async () => {
  const url = 'https://www.twitch.tv/flood_shop';
  const n = 10_000;
  const html = Array.from({ length: n }, (_, i) => row(`f${i}`, `viewer${i % 97}`, `flood ${i}`)).join('');
  const blocked = await routePage(b.context, url, scenarioPage('flood', shell('Flood'), { speed: 1, steps: [{ at: 0, op: 'add', html }], ...CHAT }));
  const page = await b.context.newPage();
  await page.goto(url);
  await page.waitForSelector('html[data-replay=done]', { state: 'attached', timeout: 120_000 });
  const ext = await b.context.newPage();
  await ext.goto(`chrome-extension://${b.extensionId}/popup.html`);
  // The stream's own counter: reading 10,000 rows on every poll would load the machine it measures.
  const count = async () => (await dumpStores<{ streams: StoredStream[] }>(ext, ['streams'])).streams.find((s) => s.roomKey === 'twitch:flood_shop')?.eventCount ?? 0;
  await expect.poll(count, { timeout: 600_000, interval: 2000 }).toBeGreaterThanOrEqual(n);
  // Only the fields checked: handing over 10,000 rows with their labels took 6-13 s of the test.
  const { events } = await dumpStores<{ events: StoredRow[] }>(ext, ['events'], ['streamId', 'seq', 'kind', 'text']);
  events.sort((x, y) => x.streamId - y.streamId || x.seq - y.seq);
  const texts = events.filter((e) => e.kind === 'comment' && e.text?.startsWith('flood ')).map((e) => e.text);
  expect(texts).toHaveLength(n);
  expect(new Set(texts).size).toBe(n);
  expect(texts[0]).toBe('flood 0');
  expect(texts.at(-1)).toBe(`flood ${n - 1}`);
  // The page's own script still runs (no threshold: it answers at all).
  expect(await page.evaluate(() => document.querySelectorAll('.chat-line__message').length)).toBe(n);
  expect(blocked).toEqual([]);
  await Promise.all([page.close(), ext.close()]);
  await b.context.unrouteAll();
});
