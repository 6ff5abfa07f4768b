// `npm run demo`: build the extension, start the demo stream (real replay data rendered as YouTube's
// and Twitch's chat DOM, served under their real URLs with no network), open Chromium with the
// extension loaded and the side panel ready.
//   --headless --screenshot FILE   run without a display; save the side panel after --seconds N
//   --speed S                      replay speed (default 1)        --no-build   reuse .output/
import { execSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { DEMO, installDemoSite } from '../e2e/harness/demo-site';
import { launchWithExtension } from '../e2e/harness/launch';

const { values: args } = parseArgs({
  options: {
    headless: { type: 'boolean', default: false },
    screenshot: { type: 'string' },
    seconds: { type: 'string', default: '10' },
    speed: { type: 'string', default: '1' },
    'no-build': { type: 'boolean', default: false },
  },
});

if (!args.headless && !process.env.DISPLAY && process.platform === 'linux') {
  console.error('No display found. Run with a display, or: npm run demo -- --headless --screenshot demo.png');
  process.exit(1);
}
if (!args['no-build']) execSync('npx wxt build', { stdio: 'inherit' });

const b = await launchWithExtension({ headless: args.headless, viewport: args.headless ? { width: 1280, height: 800 } : null });
await installDemoSite(b.context, Number(args.speed));
const youtube = await b.context.newPage();
await youtube.goto(DEMO.youtube.url);
const twitch = await b.context.newPage();
await twitch.goto(DEMO.twitch.url);
const tabId = await (await b.serviceWorker()).evaluate(
  async (url) => (await chrome.tabs.query({})).find((t) => t.url?.startsWith(url))?.id,
  DEMO.youtube.url,
);

if (args.headless) {
  // Headless Chromium has no toolbar: show the side panel's page beside the stream, as a tab.
  const panel = await b.context.newPage();
  await panel.setViewportSize({ width: 420, height: 800 });
  await panel.goto(`chrome-extension://${b.extensionId}/sidepanel.html?tab=${tabId}`);
  await new Promise((r) => setTimeout(r, Number(args.seconds) * 1000));
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
  await youtube.bringToFront();
  console.log('Demo running: YouTube and Twitch replays are playing; the side panel follows the active tab. Ctrl-C to stop.');
  process.on('SIGINT', () => void b.close().then(() => process.exit(0)));
}
