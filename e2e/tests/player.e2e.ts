import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { playLog, type PlayedPage } from '../fixtures/player';
import { SAMPLE_CATALOG, SAMPLE_EN, SAMPLE_ZH } from '../fixtures/player/samples';
import { readCapture, settleCapture } from '../harness/capture-run';
import { installDemoSite, type DemoSite } from '../harness/demo-site';
import { launchWithExtension, type ExtensionBrowser } from '../harness/launch';
import { comparable } from '../harness/scenario-check';

const SPEED = 4;
let b: ExtensionBrowser;
let site: DemoSite;
const en = playLog(SAMPLE_EN, { speed: SPEED, catalog: SAMPLE_CATALOG, title: 'Glow Threads restock' });
const zh = playLog(SAMPLE_ZH, { speed: SPEED, catalog: SAMPLE_CATALOG, title: '暖冬上新 🧣' });

beforeAll(async () => {
  b = await launchWithExtension();
  site = await installDemoSite(b.context, SPEED, { pages: [en, zh] });
});
afterAll(async () => {
  await b?.close();
});

async function play(p: PlayedPage) {
  const page = await b.context.newPage();
  await page.goto(p.url);
  await settleCapture(b, page, p.url, 1500);
  return { page, ...(await readCapture(b, p.url)) };
}

describe('event-log player → content script → worker → IndexedDB', () => {
  it.each([
    ['TikTok LIVE (English)', en],
    ['Douyin (Chinese)', zh],
  ])('%s: capture stores exactly what the page showed, with its audience; the chat input is there', async (_name, p) => {
    const { page, events, health } = await play(p);
    const { got, want, viewers } = comparable(events, p.shows);
    expect(got).toEqual(want);
    expect(viewers).toEqual(p.viewers);
    expect(health?.state).toBe('attached');
    expect(await page.locator('[data-fixture=chat-input]').count()).toBe(1);
  });

  it('no request left the machine', () => {
    expect(site.ledger.blocked).toEqual([]);
  });
});
