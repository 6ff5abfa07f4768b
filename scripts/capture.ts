// Capture probe: `npm run capture -- --url URL [--seconds N] [--page FILE] [--headed]`
// Launches Chromium with the built extension on URL and prints the normalised events it captured
// as JSON lines on stdout, in capture order, then one line {"health": …}. With --page, the request
// for URL is answered with FILE (a saved or fixture page) under its real URL, with no network.
// Everything else goes to stderr.
import { execSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { readCapture, routePage, settleCapture } from '../e2e/harness/capture-run';
import { EXTENSION_DIR, launchWithExtension } from '../e2e/harness/launch';

const { values: args } = parseArgs({
  options: {
    url: { type: 'string' },
    seconds: { type: 'string', default: '15' },
    page: { type: 'string' },
    headed: { type: 'boolean', default: false },
    build: { type: 'boolean', default: false },
  },
});
if (!args.url) {
  console.error('usage: npm run capture -- --url URL [--seconds N] [--page FILE] [--headed] [--build]');
  process.exit(2);
}
const url = new URL(args.url).href;
if (args.build || !existsSync(join(EXTENSION_DIR, 'manifest.json'))) execSync('npx wxt build', { stdio: ['ignore', 2, 2] });

const b = await launchWithExtension({ headless: !args.headed });
try {
  const blocked: string[] = [];
  if (args.page) await routePage(b.context, url, readFileSync(args.page, 'utf8'), blocked);
  const page = await b.context.newPage();
  await page.goto(url);
  const seconds = Number(args.seconds);
  // A fixture page says when its replay is over; a real page runs for the full time.
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([
    settleCapture(b, page, url, 1200, seconds * 1000).catch(() => {}),
    new Promise((r) => (timer = setTimeout(r, seconds * 1000))),
  ]);
  clearTimeout(timer);
  const { events, health } = await readCapture(b, url);
  for (const e of events) process.stdout.write(`${JSON.stringify(e)}\n`);
  process.stdout.write(`${JSON.stringify({ health: health ?? { state: 'unsupported', detail: 'no content script attached to this page' } })}\n`);
  if (blocked.length) console.error(`[capture] blocked ${blocked.length} requests to other URLs, e.g. ${blocked[0]}`);
} finally {
  await b.close();
}
