/**
 * The load fixture: YouTube's live_chat page (the capture fixtures' own markup, from
 * e2e/fixtures/youtube/render.ts) under its real URL, fed rows at a set rate by an in-page driver.
 * YouTube rows carry message ids, so sent, stored, lost and duplicated are counted exactly.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { youtubeChatPage } from '../../e2e/fixtures/pages';
import { renderItem } from '../../e2e/fixtures/youtube/render';

const DRIVER = readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'load-driver.js'), 'utf8');
const MARKS = { id: '\u0001ID\u0001', author: '\u0001AU\u0001', text: '\u0001TX\u0001' };

export interface LoadItem {
  id: string;
  author: string;
  text: string;
  role: 'viewer' | 'owner' | 'moderator';
}

function template(role: LoadItem['role']): string {
  const badge = role === 'viewer' ? [] : [{ liveChatAuthorBadgeRenderer: { icon: { iconType: role.toUpperCase() }, tooltip: role, accessibility: { accessibilityData: { label: role } } } }];
  const out = renderItem({
    liveChatTextMessageRenderer: {
      id: MARKS.id,
      authorName: { simpleText: MARKS.author },
      authorBadges: badge,
      message: { runs: [{ text: MARKS.text }] },
      timestampText: { simpleText: '7:00 PM' },
    },
  });
  if (!out) throw new Error('the YouTube fixture renderer rendered no text message');
  return out.html;
}

export const LOAD_HOST = 'https://www.youtube.com';
export const loadUrl = (room: string) => `${LOAD_HOST}/live_chat?v=${room}`;
const isLoadUrl = (u: URL) => u.origin === LOAD_HOST && u.pathname === '/live_chat' && (u.searchParams.get('v') ?? '').startsWith('lcbench');

/** Serves every `lcbench…` room's chat page (register after installDemoSite: later routes win). */
export async function serveLoadPages(context: BrowserContext): Promise<void> {
  const cfg = { container: 'yt-live-chat-app #items', maxRows: 250, marks: MARKS, templates: { viewer: template('viewer'), owner: template('owner'), moderator: template('moderator') } };
  // BENCH_LOAD_PAGE_CSS: a style sheet for the chat page (experiments on what the page's own
  // rendering costs the pipeline: the fixture's rows are unstyled inline elements, one long paragraph).
  const css = process.env.BENCH_LOAD_PAGE_CSS ? `<style>${process.env.BENCH_LOAD_PAGE_CSS.replace(/</g, '')}</style>` : '';
  const body = youtubeChatPage([], 1).replace(
    '</body>',
    `${css}<script type="application/json" id="lc-load">${JSON.stringify(cfg).replace(/<\//g, '<\\/')}</script><script>${DRIVER}</script></body>`,
  );
  await context.route((u) => isLoadUrl(u), (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }));
}

export interface LoadState {
  sent: number;
  done: boolean;
  startedAt: number;
  endedAt: number;
  maxTickMs: number;
}

/** The chat page of one room, with capture attached and the rows queued, ready to start. */
export async function openLoadPage(context: BrowserContext, room: string, items: readonly LoadItem[]): Promise<Page> {
  const page = await context.newPage();
  await page.goto(loadUrl(room));
  await page.waitForSelector('html[data-live-copilot=attached]', { state: 'attached', timeout: 30_000 });
  for (let i = 0; i < items.length; i += 5000) await page.evaluate((chunk) => (window as unknown as { __load: { enqueue(x: unknown[]): number } }).__load.enqueue(chunk), items.slice(i, i + 5000));
  return page;
}

export const startLoad = (page: Page, rate: number) => page.evaluate((r) => (window as unknown as { __load: { start(r: number): void } }).__load.start(r), rate);

export const loadState = (page: Page): Promise<LoadState> =>
  page.evaluate(() => {
    const s = (window as unknown as { __load: LoadState }).__load;
    return { sent: s.sent, done: s.done, startedAt: s.startedAt, endedAt: s.endedAt, maxTickMs: s.maxTickMs };
  });

/** When each row entered the page (epoch ms), by index in the queue. */
export const rowTimes = (page: Page): Promise<number[]> => page.evaluate(() => (window as unknown as { __load: { times: number[] } }).__load.times);

/** Ends the load after the rows already added (the driver then reports done). */
export const stopLoad = (page: Page) => page.evaluate(() => (window as unknown as { __load: { stop(): void } }).__load.stop());
