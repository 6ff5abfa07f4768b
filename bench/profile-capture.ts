// Where the capture → store path spends its time, measured in the real browser: a chat page
// (the bench's YouTube load fixture) adds rows — all at once (`--burst N`) or at a rate
// (`--rate R --seconds S`) — while the DevTools CPU profiler samples the page's renderer (content
// script included) and the service worker. Prints the stored count over time and each context's
// heaviest functions (self time). A diagnosis tool, not a benchmark: no result file.
//   nice -n 15 npx tsx bench/profile-capture.ts --burst 10000 [--no-build] [--no-profile]
//   nice -n 15 npx tsx bench/profile-capture.ts --rate 1000 --seconds 20 --no-build
//   nice -n 15 npx tsx bench/profile-capture.ts --burst 10000 --twitch --no-build [--popup] [--panel]
// --twitch: bad-input.e2e.ts's flood instead — a Twitch page (rows without ids) whose replay adds
// the N rows in one insertAdjacentHTML, 3 s after capture attached (time to start the profilers).
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { launchWithExtension } from '../e2e/harness/launch';
import { cdpSession } from './harness/cdp-profile';
import { freePort } from './harness/cdp-memory';
import { chatItems } from './harness/chat-source';
import { openLab } from './harness/lab';
import { loadState, openLoadPage, serveLoadPages, startLoad } from './harness/load-page';
import { loadNow } from './harness/machine';
import { scenarioPage } from '../e2e/fixtures/pages';
import { routePage } from '../e2e/harness/capture-run';

const { values: a } = parseArgs({
  options: {
    burst: { type: 'string' },
    rate: { type: 'string' },
    seconds: { type: 'string', default: '20' },
    'no-build': { type: 'boolean', default: false },
    'no-profile': { type: 'boolean', default: false },
    'cap-s': { type: 'string', default: '300' },
    twitch: { type: 'boolean', default: false },
    // As the e2e does: every request of the browser goes through Playwright (routePage).
    'route-all': { type: 'boolean', default: false },
    // As the e2e does: the popup (its stream list) is open while the rows are stored.
    popup: { type: 'boolean', default: false },
    // The side panel open beside it (following the live stream), profiled too.
    panel: { type: 'boolean', default: false },
  },
});
// A bench build (the lab page reads the stored counts), not minified: the profile names functions.
const OUT = '.output-profile';
if (!existsSync(join(OUT, 'chrome-mv3/manifest.json')) || !a['no-build'])
  execSync('npx wxt build', { stdio: ['ignore', 2, 2], env: { ...process.env, WXT_OUT_DIR: OUT, LC_BENCH: '1', LC_NO_MINIFY: '1' } });

interface Node { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }
interface Profile { nodes: Node[]; samples: number[]; timeDeltas: number[]; startTime: number }

/** Busy (not idle/program/GC-free) ms in each `win` s window from `t0` (epoch ms): when each context worked. */
function timeline(p: Profile, t0: number, startedAt: number, win = 5): string {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const out: number[] = [];
  // startTime is on the monotonic clock: samples are placed from the profiler's start (startedAt).
  let t = startedAt - t0;
  p.samples.forEach((s, i) => {
    const dt = (p.timeDeltas[i] ?? 0) / 1000;
    t += dt;
    const f = byId.get(s)!.callFrame.functionName;
    if (f === '(idle)' || f === '(program)') return;
    const k = Math.max(0, Math.floor(t / 1000 / win));
    out[k] = (out[k] ?? 0) + dt;
  });
  return `busy ms per ${win} s from the start: ` + Array.from(out, (v, k) => `${k * win}s:${Math.round(v ?? 0)}`).join(' ');
}

/** Self time per function (ms), heaviest first. */
function selfTimes(p: Profile, top = 22): string[] {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, Node>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n);
  const name = (n: Node | undefined): string => {
    if (!n) return '';
    const f = n.callFrame;
    return `${f.functionName || '(anonymous)'} ${f.url.split('/').pop() ?? ''}:${f.lineNumber + 1}`;
  };
  const self = new Map<string, number>();
  let total = 0;
  p.samples.forEach((s, i) => {
    const n = byId.get(s)!;
    // A native function (no script URL) is named with its JS caller chain: which code paid for it.
    let key = name(n);
    if (!n.callFrame.url && !n.callFrame.functionName.startsWith('(')) {
      let up = parent.get(n.id);
      for (let k = 0; k < 3 && up; k++, up = parent.get(up.id)) key += ` < ${name(up)}`;
    }
    const dt = (p.timeDeltas[i] ?? 0) / 1000;
    total += dt;
    self.set(key, (self.get(key) ?? 0) + dt);
  });
  const busy = [...self].filter(([k]) => !k.startsWith('(idle)') && !k.startsWith('(program)')).reduce((x, [, v]) => x + v, 0);
  return [
    `total ${Math.round(total)} ms sampled, busy (not idle/program) ${Math.round(busy)} ms`,
    ...[...self].sort((x, y) => y[1] - x[1]).slice(0, top).map(([k, v]) => `${String(Math.round(v)).padStart(7)} ms  ${k}`),
  ];
}

const port = await freePort();
const b = await launchWithExtension({ extensionDir: join(OUT, 'chrome-mv3'), extraArgs: [`--remote-debugging-port=${port}`] });
const log = (m: string) => process.stderr.write(`[profile ${new Date().toISOString().slice(11, 19)} load ${loadNow()}] ${m}\n`);
try {
  await serveLoadPages(b.context);
  const lab = await openLab(b);
  const burst = a.burst ? Number(a.burst) : 0;
  const rate = burst ? 1e9 : Number(a.rate ?? 500);
  const count = burst || Math.round(rate * Number(a.seconds));
  const room = `lcbenchprofile${Date.now().toString(36)}`;
  const twitch = a.twitch;
  const roomKey = twitch ? `twitch:${room}` : `youtube:${room}`;
  let page;
  if (twitch) {
    // The same rows as bad-input.e2e.ts's flood, in one step.
    const row = (i: number) =>
      `<div class="chat-line__message" data-fixture-key="f${i}"><span class="chat-author__display-name">viewer${i % 97}</span><span data-a-target="chat-line-message-body"><span class="text-fragment">flood ${i}</span></span></div>`;
    const shell = `<h2 data-a-target="stream-title">Flood</h2><p data-a-target="animated-channel-viewers-count">2,345</p><div class="chat-scrollable-area__message-container"></div>`;
    const html = scenarioPage('flood', shell, {
      speed: 1,
      steps: [{ at: 3000, op: 'add', html: Array.from({ length: count }, (_, i) => row(i)).join('') }],
      container: '.chat-scrollable-area__message-container',
      bodySelector: "[data-a-target='chat-line-message-body']",
    });
    const url = `https://www.twitch.tv/${room}`;
    if (a['route-all']) await routePage(b.context, url, html);
    else await b.context.route(url, (r) => r.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
    page = await b.context.newPage();
    await page.goto(url);
    await page.waitForSelector('html[data-live-copilot=attached]', { state: 'attached', timeout: 30_000 });
  } else {
    const items = chatItems(room, count, burst ? 1000 : rate);
    page = await openLoadPage(b.context, room, items);
  }
  if (a.popup) await (await b.context.newPage()).goto(`chrome-extension://${b.extensionId}/popup.html`);
  if (a.panel) await (await b.context.newPage()).goto(`chrome-extension://${b.extensionId}/sidepanel.html`);
  const targets = (await (await fetch(`http://127.0.0.1:${port}/json/list`)).json()) as { type: string; url: string; webSocketDebuggerUrl: string }[];
  const sessions = a['no-profile']
    ? []
    : [
        { name: 'page (content script)', t: targets.find((t) => t.type === 'page' && t.url.includes(room)) },
        { name: 'service worker', t: targets.find((t) => t.type === 'service_worker' && t.url.includes(b.extensionId)) },
        ...(a.popup ? [{ name: 'popup', t: targets.find((t) => t.type === 'page' && t.url.endsWith('/popup.html')) }] : []),
        ...(a.panel ? [{ name: 'side panel', t: targets.find((t) => t.type === 'page' && t.url.endsWith('/sidepanel.html')) }] : []),
      ].flatMap(({ name, t }) => (t ? [{ name, s: cdpSession(t.webSocketDebuggerUrl) }] : []));
  const profiledAt = Date.now();
  for (const { s } of sessions) {
    await s.send('Profiler.enable');
    await s.send('Profiler.setSamplingInterval', { interval: 500 });
    await s.send('Profiler.start');
  }
  const t0 = Date.now();
  if (!twitch) await startLoad(page, rate);
  log(`started: ${count} rows ${burst ? 'at once' : `at ${rate}/s`}`);
  let stored = 0;
  let last = -1;
  let still = 0;
  let doneAt = 0;
  let pageResponsiveMaxMs = 0;
  const cap = t0 + Number(a['cap-s']) * 1000;
  while (stored < count && still < 60 && Date.now() < cap) {
    await new Promise((r) => setTimeout(r, 1000));
    const p0 = Date.now();
    const st = twitch
      ? await page.evaluate(() => ({ done: document.documentElement.dataset.replay === 'done', sent: document.querySelectorAll('.chat-line__message').length }))
      : await loadState(page);
    pageResponsiveMaxMs = Math.max(pageResponsiveMaxMs, Date.now() - p0);
    if (st.done && !doneAt) doneAt = Date.now();
    stored = (await lab.call('stream', roomKey))?.eventCount ?? 0;
    still = stored === last ? still + 1 : 0;
    last = stored;
    log(`t=${((Date.now() - t0) / 1000).toFixed(1)} s: page ${twitch ? "shows" : "sent"} ${st.sent}, stored ${stored}`);
  }
  log(`labelling: ${JSON.stringify(await lab.call('labelling')).slice(0, 600)}`);
  log(`RESULT stored ${stored} of ${count}; last row added ${((doneAt - t0) / 1000).toFixed(1)} s after start; all stored ${((Date.now() - t0) / 1000).toFixed(1)} s after start; slowest page answer ${pageResponsiveMaxMs} ms`);
  for (const { name, s } of sessions) {
    const { profile } = await s.send<{ profile: Profile }>('Profiler.stop');
    process.stdout.write(`\n== ${name}\n${timeline(profile, t0, profiledAt)}\n${selfTimes(profile).join('\n')}\n`);
    s.close();
  }
} finally {
  await b.close();
}
