/**
 * The host's side panel on the demo shop (the English TikTok LIVE shop's catalog and FAQ, imported
 * through the options page): a scripted stretch of its chat played by the event-log player — one
 * price question asked four ways by four viewers, another product's price, a shipping question —
 * then a moderator's reply typed into the room. The question queue, the grounded drafts, inserting
 * into the page's chat box (nothing sent), auto-answered, by-hand answered, now pitching, the feed's
 * pause and filters, and the switch to Chinese, all through the real pipeline.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCatalog } from '../../lib/catalog';
import type { LogEvent } from '../../lib/events/event-log';
import { demoShop } from '../../lib/sim';
import { playLog, type PlayedPage } from '../fixtures/player';
import { tiktokRenderer } from '../fixtures/player/tiktok';
import { installDemoSite, type DemoSite } from '../harness/demo-site';
import { launchWithExtension, type ExtensionBrowser } from '../harness/launch';
import { importShopFiles } from '../harness/shop-demo';
import { dumpStores, tabIdOf } from '../pages/extension';
import { SidePanelPage } from '../pages/side-panel';

const SPEED = 4;
const ROOM = 'tiktok:glowthreads';
const T0 = Date.UTC(2026, 10, 20, 19, 0, 0);
const shop = demoShop('en');
const catalog = parseCatalog(readFileSync(shop.catalogFile, 'utf8')).rows;
const price = (sku: string) => catalog.find((p) => p.sku === sku)!.price!;

let n = 0;
const line = (dt: number, name: string, text: string, role: 'viewer' | 'moderator' = 'viewer'): LogEvent => ({
  platform: 'tiktok', streamKey: ROOM, kind: 'comment', id: `pc${++n}`, ts: T0 + dt * 1000, author: { name, role }, text,
});
const viewers = (dt: number, v: number): LogEvent => ({ platform: 'tiktok', streamKey: ROOM, kind: 'viewers', id: `pv${dt}`, ts: T0 + dt * 1000, viewers: v });

const HOODIE_ASKS = ['how much is the cloud fleece hoodie?', "what's the price on the hoodie", 'hoodie price pls?', 'how much for the fleece hoodie'];
const LOG: LogEvent[] = [
  viewers(0, 240),
  line(1, 'mia.rose', 'hi everyone!! 💕'),
  line(3, 'jaylen_k', HOODIE_ASKS[0]!),
  line(5, 'sofia.m', 'love the colours on these'),
  line(7, 'bree_22', HOODIE_ASKS[1]!),
  line(9, 'tom.h', 'do you ship to canada?'),
  viewers(10, 251),
  line(11, 'kay.lee', HOODIE_ASKS[2]!),
  line(13, 'rio', 'how much are the joggers?'),
  line(15, 'ana_b', HOODIE_ASKS[3]!),
  line(17, 'sofia.m', 'this live is so cosy'),
];
/** Typed into the room later, when the test says so. */
const MOD_REPLY = line(60, 'glow_mod', `The Cloud Fleece Hoodie is $${price('GT-HOOD-01')} right now!`, 'moderator');

let b: ExtensionBrowser;
let site: DemoSite;
let played: PlayedPage;
let room: Page;
let panel: SidePanelPage;

beforeAll(async () => {
  b = await launchWithExtension();
  played = playLog(LOG, { speed: SPEED, title: 'Glow Threads — cosy fleece drop', catalog });
  site = await installDemoSite(b.context, SPEED, { pages: [played] });
  // No GPU here: the models run on WebAssembly, 'auto''s pick that launchWithExtension stores and
  // loads (choosing it again in the options would only load the models a second time).
  const options = await importShopFiles(b, [{ log: LOG, title: '', catalogFile: shop.catalogFile, faqFile: shop.faqFile }]);
  await options.close();
  room = await b.context.newPage();
  await room.goto(played.url);
  panel = await SidePanelPage.open(b, await tabIdOf(b, played.url), { width: 460, height: 1400 });
  await panel.waitForComments(LOG.filter((e) => e.kind === 'comment').length, 90_000);
});
afterAll(async () => {
  await b?.close();
});

/** The moderator's message appears in the room as TikTok shows a new chat row. */
async function typeIntoRoom(e: LogEvent): Promise<void> {
  const full = playLog([...LOG, e], { speed: SPEED, catalog });
  const step = full.steps.at(-1)!;
  if (step.op !== 'add') throw new Error(`expected an added row, got ${step.op}`);
  await room.evaluate(({ container, html }) => document.querySelector(container)!.insertAdjacentHTML('beforeend', html), { container: tiktokRenderer.container, html: step.html });
}

const chatInputText = () => room.evaluate(() => (document.querySelector('[data-fixture=chat-input] [contenteditable]') as HTMLElement | null)?.innerText ?? null);

describe('side panel: question queue, replies, pitching, strip, feed, language', () => {
  it('paraphrased repeats of one question by four viewers are one queue entry asked 4×; another product’s price is its own', async () => {
    const hoodie = await panel.waitForGroup((g) => g.sku === 'GT-HOOD-01' && g.count === HOODIE_ASKS.length);
    expect(hoodie).toMatchObject({ open: true, askers: 4, text: HOODIE_ASKS[0] });
    const groups = await panel.questionGroups();
    expect(groups.filter((g) => g.sku === 'GT-HOOD-01')).toHaveLength(1);
    // Most askers first.
    expect(groups[0]!.id).toBe(hoodie.id);
    await panel.waitForGroup((g) => g.sku === 'GT-JOG-02' && g.count === 1);
    await panel.waitForGroup((g) => g.text === 'do you ship to canada?');
  });

  it('the top draft quotes the catalog price of the product asked about, with the fact shown', async () => {
    const hoodie = (await panel.questionGroups()).find((g) => g.sku === 'GT-HOOD-01')!;
    await panel.selectGroup(hoodie.id);
    const drafts = await panel.drafts(hoodie.id);
    expect(drafts.length).toBeGreaterThanOrEqual(2);
    expect(drafts[0]!.text).toContain(`$${price('GT-HOOD-01')}`);
    expect(drafts[0]!.facts).toContainEqual({ source: 'catalog', field: 'price', value: String(price('GT-HOOD-01')) });
    const joggers = (await panel.questionGroups()).find((g) => g.sku === 'GT-JOG-02')!;
    await panel.selectGroup(joggers.id);
    const jd = await panel.drafts(joggers.id);
    expect(jd[0]!.text).toContain(`$${price('GT-JOG-02')}`);
    expect(jd[0]!.text).not.toContain(`$${price('GT-HOOD-01')}`);
  });

  it('"Insert" puts the draft in the page’s chat box and sends nothing', async () => {
    const hoodie = (await panel.questionGroups()).find((g) => g.sku === 'GT-HOOD-01')!;
    await panel.selectGroup(hoodie.id);
    const [top] = await panel.drafts(hoodie.id);
    const rowsBefore = await room.evaluate(() => document.querySelectorAll('[data-e2e="chat-message"]').length);
    expect(await panel.draftAction(0, 'insert')).toBe('inserted');
    expect(await chatInputText()).toBe(top!.text);
    // Nothing was sent: no new chat row on the page, and no stored comment with the draft's text.
    await room.waitForTimeout(1500);
    expect(await room.evaluate(() => document.querySelectorAll('[data-e2e="chat-message"]').length)).toBe(rowsBefore);
    const { events } = await dumpStores<{ events: { text?: string }[] }>(panel.page, ['events']);
    expect(events.filter((e) => e.text === top!.text)).toEqual([]);
  });

  it('"Copy" puts the draft on the clipboard', async () => {
    await panel.page.bringToFront();
    const hoodie = (await panel.questionGroups()).find((g) => g.sku === 'GT-HOOD-01')!;
    const [top] = await panel.drafts(hoodie.id);
    expect(await panel.draftAction(0, 'copy')).toBe('copied');
    // Pasted where a host would paste it (an extension page cannot be granted clipboard reading).
    await room.bringToFront();
    const box = room.locator('[data-fixture=chat-input] [contenteditable]');
    await box.evaluate((el) => (el.textContent = ''));
    await box.focus();
    await room.keyboard.press('Control+V');
    await expect.poll(chatInputText).toBe(top!.text);
    await box.evaluate((el) => (el.textContent = ''));
  });

  it('while the host hovers the feed it stops scrolling and counts new messages; the moderator’s reply marks the group answered', async () => {
    await panel.page.hover('[data-testid=live-feed]');
    await panel.page.waitForSelector('[data-testid=live-feed][data-following=false]');
    await typeIntoRoom(MOD_REPLY);
    await panel.page.waitForSelector('[data-testid=feed-new-rows][data-count="1"]', { timeout: 60_000 });
    const answered = await panel.waitForGroup((g) => g.sku === 'GT-HOOD-01' && !g.open);
    expect(answered.answeredBy).toBe('moderator');
    await panel.page.click('[data-testid=feed-new-rows]');
    await panel.page.waitForSelector('[data-testid=live-feed][data-following=true]');
  });

  it('the host marks a question answered by hand', async () => {
    const ship = (await panel.questionGroups()).find((g) => g.text === 'do you ship to canada?')!;
    await panel.markAnswered(ship.id);
    expect(await panel.waitForGroup((g) => g.id === ship.id && !g.open)).toMatchObject({ answeredBy: 'manual' });
  });

  it('the feed filters by role and by intent', async () => {
    await panel.page.mouse.move(0, 0);
    await panel.page.click('[data-testid=feed-filters-toggle]');
    await panel.page.click('[data-testid=filter-role] [data-value=moderator]');
    await expect.poll(async () => (await panel.rows()).map((r) => r.author)).toEqual(['glow_mod']);
    await panel.page.click('[data-testid=feed-filters-clear]');
    await panel.page.click('[data-testid=filter-intent] [data-value=greeting]');
    const greetings = await panel.rows();
    expect(greetings.length).toBeGreaterThan(0);
    expect(greetings.map((r) => r.text)).toContain('hi everyone!! 💕');
    await panel.page.click('[data-testid=feed-filters-clear]');
  });

  it('"Now pitching" records a pitch the queue uses', async () => {
    await panel.setPitching('GT-JOG-02');
    const { pitches } = await dumpStores<{ pitches: { ts: number; sku: string | null; source: string }[] }>(panel.page, ['pitches']);
    expect(pitches.map((p) => [p.sku, p.source])).toEqual([['GT-JOG-02', 'host']]);
  });

  it('the strip shows comments per minute and the frame probe answers', async () => {
    await panel.page.waitForFunction(() => Number(document.querySelector('[data-testid=strip-rate]')?.getAttribute('data-rate')) > 0, null, { timeout: 30_000 });
    // Animation frames only run in the page in front.
    await panel.page.bringToFront();
    await panel.page.evaluate(() => window.__panelProbe!.start());
    await panel.page.waitForFunction(() => window.__panelProbe!.read().frames >= 3, null, { timeout: 30_000 });
    const stats = await panel.page.evaluate(() => window.__panelProbe!.stop());
    expect(stats.frames).toBeGreaterThan(0);
  });

  it('with every section open, a side-panel-sized page shows the strip, the queue’s top and the live chat; a folded section stays folded when the panel reopens', async () => {
    await panel.page.setViewportSize({ width: 420, height: 860 });
    const box = (sel: string) => panel.page.evaluate((s) => {
      const r = document.querySelector(s)?.getBoundingClientRect();
      return r ? { top: r.top, bottom: r.bottom, innerHeight } : null;
    }, sel);
    const strip = (await box('[data-testid=strip]'))!;
    const top = (await box('[data-testid=question-group]'))!;
    const feed = (await box('[data-testid=live-feed]'))!;
    expect(strip.bottom).toBeLessThan(strip.innerHeight);
    expect(top.bottom).toBeLessThan(top.innerHeight);
    // At least a quarter of the panel is live chat.
    expect(feed.innerHeight - feed.top).toBeGreaterThan(feed.innerHeight / 4);

    await panel.page.click('[data-testid=section-toggle-reply]');
    await panel.page.waitForSelector('[data-testid=section-reply][data-collapsed]');
    expect(await panel.page.$('[data-testid=reply-card]')).toBeNull();
    await panel.page.reload();
    await panel.page.waitForSelector('[data-testid=section-reply][data-collapsed]', { timeout: 30_000 });
    await panel.page.click('[data-testid=section-toggle-reply]');
    await panel.page.waitForSelector('[data-testid=reply-card]');
    await panel.page.setViewportSize({ width: 460, height: 1400 });
  });

  it('the panel switches to Chinese from the options page', async () => {
    const options = await b.context.newPage();
    await options.goto(`chrome-extension://${b.extensionId}/options.html`);
    await options.selectOption('[data-testid=ui-lang]', 'zh');
    await panel.page.waitForFunction(() => document.documentElement.lang === 'zh', null, { timeout: 10_000 });
    const heading = await panel.page.textContent('[data-testid=question-queue] h2');
    expect(heading).toContain('观众提问');
    expect(await panel.page.textContent('[data-testid=draft-insert]')).toBe('填入');
    // Scraped chat and draft text stay as they were; only the interface changes.
    expect((await panel.questionGroups()).map((g) => g.text)).toContain(HOODIE_ASKS[0]);
    await options.selectOption('[data-testid=ui-lang]', 'auto');
    await options.close();
  });

  it('no request left the machine', () => {
    expect(site.ledger.blocked).toEqual([]);
  });
});
