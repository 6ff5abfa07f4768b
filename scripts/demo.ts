// `npm run demo`: build the extension, load the demo shops' catalog and FAQ through the options page
// (the same file import a seller uses), then play the simulator's English TikTok LIVE shop and
// Chinese Douyin shop side by side, rendered as the platforms' own pages under their real URLs with
// no network, and open the side panel on one of them.
//   --headless --screenshot FILE   run without a display; save the side panel after --seconds N
//   --speed S                      replay speed (default 1)        --no-build   reuse .output/
//   --panel douyin|tiktok          the stream the side panel shows (default douyin)
//   --minutes M --seed S --from F  the simulated show: length, seed, minute the demo joins it at
//   --backend wasm|webgl|cpu       choose the models' backend in the options page first (no GPU: wasm)
//   --stream youtube|twitch        the earlier demo instead: a real YouTube or Twitch chat replay
//   --ui-lang en|zh                the interface language (set in the options page; default: the browser's)
import { execSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import type { PlayedPage } from '../e2e/fixtures/player';
import type { LogEvent } from '../lib/events/event-log';
import { DEMO, installDemoSite } from '../e2e/harness/demo-site';
import { launchWithExtension, type ExtensionBrowser } from '../e2e/harness/launch';
import { demoShopStreams, importShopFiles, shopPages } from '../e2e/harness/shop-demo';
import { tabIdOf } from '../e2e/pages/extension';
import { ensureSystemPackages } from './system-deps.mjs';

const { values: args } = parseArgs({
  options: {
    headless: { type: 'boolean', default: false },
    screenshot: { type: 'string' },
    seconds: { type: 'string', default: '10' },
    speed: { type: 'string', default: '1' },
    'no-build': { type: 'boolean', default: false },
    stream: { type: 'string', default: 'shop' },
    panel: { type: 'string', default: 'douyin' },
    minutes: { type: 'string', default: '30' },
    seed: { type: 'string', default: '1' },
    from: { type: 'string', default: '4' },
    backend: { type: 'string' },
    'ui-lang': { type: 'string' },
  },
});

function usage(message: string): never {
  console.error(message);
  process.exit(2);
}
const num = (name: 'seconds' | 'speed' | 'minutes' | 'seed' | 'from', min: number) => {
  const n = Number(args[name]);
  return Number.isFinite(n) && n >= min ? n : usage(`--${name} must be a number ≥ ${min}, not ${JSON.stringify(args[name])}`);
};
const speed = num('speed', 0.01);
if (!['shop', 'youtube', 'twitch'].includes(args.stream)) usage(`--stream must be youtube or twitch (the shop demo is the default), not ${JSON.stringify(args.stream)}`);
if (args.backend !== undefined && !['webgl', 'wasm', 'cpu'].includes(args.backend)) usage(`--backend must be webgl, wasm or cpu, not ${JSON.stringify(args.backend)}`);
if (args['ui-lang'] !== undefined && !['en', 'zh'].includes(args['ui-lang'])) usage(`--ui-lang must be en or zh, not ${JSON.stringify(args['ui-lang'])}`);
if (!['douyin', 'tiktok'].includes(args.panel)) usage(`--panel must be douyin or tiktok, not ${JSON.stringify(args.panel)}`);
if (!args.headless && !process.env.DISPLAY && process.platform === 'linux') {
  console.error('No display found. Run with a display, or: npm run demo -- --headless --screenshot demo.png');
  process.exit(1);
}
if (!ensureSystemPackages('The demo')) process.exit(1);
if (!args['no-build']) execSync('npx wxt build', { stdio: 'inherit' });

const b = await launchWithExtension({ headless: args.headless, viewport: args.headless ? { width: 1280, height: 800 } : null });
const { url, pages, log } = args.stream === 'shop' ? await startShop(b) : await startReplay(b, args.stream as 'youtube' | 'twitch');
const playingSince = Date.now();
const tabId = await tabIdOf(b, url);

if (args.headless) {
  // Headless Chromium has no toolbar: show the side panel's page beside the stream, as a tab.
  const panel = await b.context.newPage();
  // A side panel on a 1080p screen.
  await panel.setViewportSize({ width: 420, height: 960 });
  await panel.goto(`chrome-extension://${b.extensionId}/sidepanel.html?tab=${tabId}`);
  const until = Date.now() + num('seconds', 0) * 1000;
  // TikTok's web page shows no pinned product: the host marks what they pitch in the panel. Play that host.
  if (args.stream === 'shop' && args.panel === 'tiktok' && log) await markPitches(panel, log, until);
  await new Promise((r) => setTimeout(r, Math.max(0, until - Date.now())));
  if (args.screenshot) {
    await panel.screenshot({ path: args.screenshot });
    console.log(`side panel screenshot saved to ${args.screenshot}`);
  }
  await b.close();
} else {
  // The real side panel opens only from a user gesture: click the popup's button for the user.
  const popup = await b.context.newPage();
  await popup.goto(`chrome-extension://${b.extensionId}/popup.html`);
  await popup.click('[data-testid=open-side-panel]');
  await pages.find((p) => p.url() === url)?.bringToFront();
  console.log(
    args.stream === 'shop'
      ? 'Demo running: the English TikTok LIVE shop and the Chinese Douyin shop are playing in their tabs; the side panel follows the active tab. Ctrl-C to stop.'
      : `Demo running: the ${args.stream} replay is playing; the side panel follows the active tab. Ctrl-C to stop.`,
  );
  process.on('SIGINT', () => void b.close().then(() => process.exit(0)));
}

/** Selects the simulated host's product in the panel's "Now pitching" whenever the stream's pitch markers change it. */
async function markPitches(panel: Page, log: readonly LogEvent[], until: number): Promise<void> {
  const t0 = log[0]!.ts;
  await panel.waitForSelector('[data-testid=pitch-select]');
  for (const e of log) {
    if (!e.pitch) continue;
    const at = playingSince + (e.ts - t0) / speed;
    if (at > until) break;
    await new Promise((r) => setTimeout(r, Math.max(0, at - Date.now())));
    await panel.selectOption('[data-testid=pitch-select]', e.pitch.sku ?? '');
  }
}

/** The shop demo: catalog and FAQ imported in the options page, then both shop streams playing. */
async function startShop(b: ExtensionBrowser): Promise<{ url: string; pages: Page[]; log?: LogEvent[] }> {
  const streams = demoShopStreams({ minutes: num('minutes', 1), seed: num('seed', 0), fromMinute: num('from', 0) });
  const played: PlayedPage[] = shopPages(streams, speed);
  await installDemoSite(b.context, speed, { pages: played });
  const options = await importShopFiles(b, streams, args.backend as 'webgl' | 'wasm' | 'cpu' | undefined);
  if (args['ui-lang']) await options.selectOption('[data-testid=ui-lang]', args['ui-lang']);
  // As a seller does once: name the shops' own accounts (host, assistant). Douyin's page shows no
  // host or moderator badge, so without this their answers would be queued as viewers' questions.
  const team = [...new Set(streams.flatMap((s) => s.log.flatMap((e) => (e.author && (e.author.role === 'owner' || e.author.role === 'moderator') ? [e.author.name] : []))))];
  if (team.length) {
    await options.fill('[data-testid=faq-faqSelfNames]', team.join('\n'));
    await options.locator('[data-testid=faq-faqSelfNames]').blur();
    // Saved on blur: wait until a reloaded page shows it stored.
    await options.reload();
    await options.waitForFunction((n) => (document.querySelector('[data-testid=faq-faqSelfNames]') as HTMLTextAreaElement | null)?.value.includes(n) ?? false, team[0]!, { timeout: 10_000 });
  }
  console.log(`Loaded the demo shops' catalogs and FAQs through the options page (${streams.map((s) => s.catalogFile.split('/').pop()).join(', ')}, …).`);
  await options.close();
  const pages = await Promise.all(played.map(async (p) => {
    const page = await b.context.newPage();
    await page.goto(p.url);
    return page;
  }));
  const i = played.findIndex((p) => p.platform === args.panel);
  return { url: played[i]!.url, pages, log: streams[i]!.log };
}

/** The earlier demo: a real YouTube or Twitch chat replay (e2e/fixtures/data). */
async function startReplay(b: ExtensionBrowser, which: 'youtube' | 'twitch'): Promise<{ url: string; pages: Page[]; log?: LogEvent[] }> {
  await installDemoSite(b.context, speed);
  const page = await b.context.newPage();
  await page.goto(DEMO[which].url);
  return { url: DEMO[which].url, pages: [page] };
}
