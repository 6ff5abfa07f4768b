import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { playLog, type PlayedPage } from '../fixtures/player';
import { FIXTURE_USER } from '../fixtures/player/chat-input';
import { chatMessage, slot } from '../fixtures/tiktok/rows';
import { esc } from '../fixtures/replay-types';
import { installDemoSite } from '../harness/demo-site';
import { launchWithExtension, type ExtensionBrowser } from '../harness/launch';
import { dumpStores, tabIdOf } from '../pages/extension';
import { OptionsPage } from '../pages/options';
import { SidePanelPage } from '../pages/side-panel';

// The shop's FAQ as a seller imports it: English and Chinese entries, and one whose answer breaks
// China's advertising law ("全网最低" = the lowest price anywhere) so it must never be sent.
const FAQ = [
  { id: 'ship-time', lang: 'en', questions: ['How long does shipping take?', 'When will my order arrive?'], answers: ['Orders ship within 2 days and arrive in 3-5 days.', 'We ship in 2 days; delivery takes 3-5 days.'], enabled: true },
  { id: 'ship-time-zh', lang: 'zh', questions: ['多久发货？', '几天能到？'], answers: ['下单后48小时内发货，3-5天送到。', '48小时内发出，一般3到5天到。'], enabled: true },
  { id: 'price-zh', lang: 'zh', questions: ['为什么这么便宜？', '价格怎么这么低'], answers: ['我们是全网最低价，厂家直供。'], enabled: true },
];
const SETTINGS = { faqMode: 'auto', faqGlobalCooldownS: 0, faqUserCooldownS: 0, faqEntryCooldownS: 30, faqMaxAgeS: 600, faqConfirmTimeoutS: 10, faqRatePerMin: { tiktok: 20 } };

let b: ExtensionBrowser;
let room: PlayedPage;
let live: Page;
let ext: Page;
let n = 0;

interface LogRow { eventId: string; faqId: string; status: string; reason?: string; detail?: string; reply: string | null; asker: string | null; ts: number; lang: string }

const setSettings = (patch: Record<string, unknown>) =>
  ext.evaluate(async (p) => {
    const { settings } = await chrome.storage.local.get('settings');
    await chrome.storage.local.set({ settings: { ...(settings as object), ...p } });
  }, patch);
const log = async () => (await dumpStores<{ faqLog: LogRow[] }>(ext, ['faqLog'])).faqLog;
const sent = () => live.evaluate(() => (window as unknown as { __chatSent: string[] }).__chatSent.slice());

/** A viewer's comment appears in the TikTok chat, as the page would add it. */
async function say(rows: [string, string][]): Promise<string[]> {
  const keys = rows.map(() => `q${++n}`);
  const html = rows.map(([name, text], i) => slot(1000 + n - rows.length + i + 1, keys[i]!, chatMessage(name, esc(text)))).join('');
  await live.evaluate((h) => document.querySelector('.live-shared-ui-chat-list-scrolling-list')!.insertAdjacentHTML('beforeend', h), html);
  return keys;
}
/** The log rows for comments, once every one of them has been decided (and any send settled). */
async function decided(texts: string[], timeout = 90_000): Promise<LogRow[]> {
  let rows: LogRow[] = [];
  await expect
    .poll(async () => {
      const all = await log();
      const events = (await dumpStores<{ events: { id: string; text?: string }[] }>(ext, ['events'])).events;
      const ids = new Set(events.filter((e) => e.text && texts.includes(e.text)).map((e) => e.id));
      rows = all.filter((r) => ids.has(r.eventId));
      return ids.size === texts.length && rows.length === texts.length && rows.every((r) => !['queued', 'sent'].includes(r.status));
    }, { timeout, interval: 300 })
    .toBe(true);
  return rows;
}

beforeAll(async () => {
  b = await launchWithExtension();
  room = playLog([{ platform: 'tiktok', streamKey: 'tiktok:faqshop', kind: 'viewers', id: 'v0', ts: 0, viewers: 1200 }], { speed: 1, title: 'FAQ shop' });
  await installDemoSite(b.context, 1, { pages: [room] });
  const options = await OptionsPage.open(b);
  ext = options.page;
  await options.setBackend('wasm');
  await options.chooseFile('faq', 'faq.json', JSON.stringify(FAQ));
  await options.commit('faq');
  await setSettings(SETTINGS);
  live = await b.context.newPage();
  await live.goto(room.url);
  await live.waitForSelector('html[data-live-copilot=attached]', { state: 'attached' });
});
afterAll(async () => {
  await b?.close();
});

describe('FAQ auto-answer in a live page', () => {
  it('answers paraphrased questions in the asker language, posts through the page chat box and confirms', async () => {
    const en = 'hey how long will shipping take to get here?';
    const zh = '请问几天能发货呀';
    await say([['amy', en], ['小红', zh]]);
    const rows = await decided([en, zh]);
    const byFaq = Object.fromEntries(rows.map((r) => [r.faqId, r]));
    // A failed send says why (the page's answer): shown in the diff when it fails.
    expect(rows.filter((r) => r.status === 'failed').map((r) => r.detail)).toEqual([]);
    expect(byFaq['ship-time']).toMatchObject({ asker: 'amy', status: 'confirmed', lang: 'en' });
    expect(byFaq['ship-time-zh']).toMatchObject({ asker: '小红', status: 'confirmed', lang: 'zh' });
    expect(byFaq['ship-time']!.reply).toMatch(/^@amy .*ship/i);
    expect(byFaq['ship-time-zh']!.reply).toMatch(/^@小红 .*发/);
    expect(await sent()).toEqual([byFaq['ship-time']!.reply, byFaq['ship-time-zh']!.reply]);
    // The replies came back in chat under the shop's own name: captured, never answered.
    // (The page confirms a reply as soon as it shows; its capture reaches the store a moment later.)
    const echoes = async () => (await dumpStores<{ events: { author?: { name: string } }[] }>(ext, ['events'])).events.filter((e) => e.author?.name === FIXTURE_USER.tiktok).length;
    await expect.poll(echoes, { timeout: 15_000 }).toBe(2);
  });

  it('a second asker inside the entry cooldown gets no reply; a reply with a banned word is held back and logged', async () => {
    const again = 'when will my order arrive?';
    const cheap = '为什么价格这么低呢';
    await say([['bo', again], ['小李', cheap]]);
    const rows = await decided([again, cheap]);
    expect(rows.find((r) => r.faqId === 'ship-time')).toMatchObject({ asker: 'bo', status: 'suppressed', reason: 'entry-cooldown' });
    expect(rows.find((r) => r.faqId === 'price-zh')).toMatchObject({ asker: '小李', status: 'suppressed', reason: 'banned-word' });
    expect(await sent()).toHaveLength(2);
  });

  it('a flood of 200 matching questions in 10 s never exceeds the platform rate limit', async () => {
    await setSettings({ faqEntryCooldownS: 0, faqRatePerMin: { tiktok: 3 } });
    const texts: string[] = [];
    for (let s = 0; s < 10; s++) {
      const batch = Array.from({ length: 20 }, (_, i): [string, string] => [`viewer${s * 20 + i}`, `how long does shipping take? (#${s * 20 + i})`]);
      texts.push(...batch.map(([, t]) => t));
      await say(batch);
      await live.waitForTimeout(1000);
    }
    const rows = await decided(texts, 180_000);
    const all = (await log()).filter((r) => ['sent', 'confirmed', 'failed'].includes(r.status));
    // In any 60 s window, at most 3 replies went out (counting the ones before the flood).
    for (const a of all) expect(all.filter((x) => x.ts >= a.ts && x.ts < a.ts + 60_000).length).toBeLessThanOrEqual(3);
    expect(rows.filter((r) => r.reason === 'rate-limit').length).toBeGreaterThanOrEqual(195);
    expect(rows.every((r) => r.status === 'confirmed' || r.status === 'suppressed')).toBe(true);
  });

  it('the kill switch in the side panel stops sending at once', async () => {
    await setSettings({ faqRatePerMin: { tiktok: 30 } });
    const panel = await SidePanelPage.open(b, await tabIdOf(b, room.url));
    const kill = panel.page.locator('[data-testid=faq-kill-switch]');
    await expect.poll(() => kill.getAttribute('data-killed'), { timeout: 20_000 }).toBe('false');
    await kill.click();
    await expect.poll(() => kill.getAttribute('data-killed')).toBe('true');
    const before = (await sent()).length;
    const q = 'so how long does shipping take?';
    const q2 = '多久发货？';
    await say([['cy', q], ['小王', q2]]);
    const rows = await decided([q, q2]);
    expect(rows.map((r) => [r.status, r.reason])).toEqual([['suppressed', 'kill-switch'], ['suppressed', 'kill-switch']]);
    expect(await sent()).toHaveLength(before);
    // The panel lists the decisions with their reasons.
    await panel.page.waitForSelector('[data-testid=faq-decision][data-reason=kill-switch]');
  });
});
