import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO, installDemoSite } from '../harness/demo-site';
import { EXTENSION_DIR, launchWithExtension, type ExtensionBrowser } from '../harness/launch';
import { readStore, tabIdOf } from '../pages/extension';
import { waitForModels } from '../pages/model-status';
import { OptionsPage } from '../pages/options';
import { SidePanelPage } from '../pages/side-panel';
import { commentCount } from '../harness/expect-replay';

let b: ExtensionBrowser | undefined;
afterEach(async () => {
  await b?.close();
  b = undefined;
});

async function replayYoutube(browser: ExtensionBrowser) {
  const site = await installDemoSite(browser.context, 8);
  const page = await browser.context.newPage();
  await page.goto(DEMO.youtube.url);
  const panel = await SidePanelPage.open(browser, await tabIdOf(browser, DEMO.youtube.url));
  const n = commentCount(site.replays.youtube);
  await panel.waitForComments(n);
  return { panel, n };
}

/** Records, in the side panel, when each feed row first appeared and when it first showed labels. */
function watchLabelLag(page: Page): Promise<void> {
  return page.evaluate(() => {
    const seen = new Map<string, { first: number; labelled: number | null }>();
    (window as unknown as { __lag: typeof seen }).__lag = seen;
    const scan = () => {
      const now = performance.now();
      for (const el of Array.from(document.querySelectorAll('[data-testid=feed-row]'))) {
        const id = el.getAttribute('data-event-id');
        if (!id) continue;
        const r = seen.get(id) ?? { first: now, labelled: null };
        if (r.labelled === null && el.querySelector('[data-testid=feed-labels]')) r.labelled = now;
        seen.set(id, r);
      }
    };
    new MutationObserver(scan).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
  });
}

const labelLags = (page: Page) =>
  page.evaluate(() => Array.from((window as unknown as { __lag: Map<string, { first: number; labelled: number | null }> }).__lag, ([id, r]) => ({ id, lagMs: r.labelled === null ? null : r.labelled - r.first })));

describe('models in the real browser', () => {
  it("'auto' measures the backends and picks WebAssembly here (WebGL runs on SwiftShader); every comment of a demo replay is labelled in the side panel within 2 s of its arrival", async () => {
    b = await launchWithExtension({ measure: true });
    const options = await OptionsPage.open(b);
    // The first start measured each backend; WebGL works here (same outputs) but on a CPU rasteriser.
    await options.page.waitForSelector('[data-testid=backend-measurement][data-picked=wasm]', { state: 'attached', timeout: 240_000 });
    const trials = await options.page.$$eval('[data-testid=backend-trial]', (rows) => rows.map((r) => ({ backend: r.getAttribute('data-backend'), ok: r.getAttribute('data-ok'), speed: Number(r.getAttribute('data-speed')) })));
    // WebGL works here (same outputs). The sparse student is a few ms per batch on every backend, so
    // their speeds are within noise of each other: wasm (the reference) keeps the pick unless another
    // is PICK_MARGIN faster (lib/realtime/backend-choice.ts), which the data-picked wait above checks.
    expect(trials.find((t) => t.backend === 'webgl')?.ok).toBe('true');
    expect(trials.every((t) => t.speed > 0)).toBe(true);
    await options.page.waitForSelector('[data-testid=model-status][data-state=ready][data-backend=wasm]', { timeout: 120_000 });

    const panel = await SidePanelPage.open(b); // follows the latest stream
    await watchLabelLag(panel.page);
    const site = await installDemoSite(b.context, 8);
    const page = await b.context.newPage();
    await page.goto(DEMO.youtube.url);
    const n = commentCount(site.replays.youtube);
    await panel.waitForComments(n);
    await panel.page.waitForFunction(() => document.querySelectorAll('[data-testid=feed-row]').length > 0 && Array.from(document.querySelectorAll('[data-testid=feed-row]')).every((r) => r.querySelector('[data-testid=feed-labels]') || !r.classList.contains('kind-comment')), null, { timeout: 120_000 });
    const { events } = await readStore(panel.page);
    const comments = new Set(events.filter((e) => e.kind === 'comment').map((e) => e.id));
    expect(comments.size).toBe(n);
    expect(events.filter((e) => e.kind === 'comment' && !e.labels)).toEqual([]);
    const lags = (await labelLags(panel.page)).filter((l) => comments.has(l.id));
    expect(lags).toHaveLength(n);
    // The product's promise (issue 15): labels follow a comment into the panel within 2 s.
    expect(lags.filter((l) => l.lagMs === null || l.lagMs > 2000)).toEqual([]);
  }, 420_000);

  it('labels every comment of a demo replay on WebGL when WebGL is chosen', async () => {
    b = await launchWithExtension();
    await (await OptionsPage.open(b)).setBackend('webgl');
    const { panel, n } = await replayYoutube(b);
    expect(await waitForModels(panel.page)).toMatchObject({ state: 'ready', backend: 'webgl' });
    await panel.waitForCommentsLabelled(280_000, n);
    const { events } = await readStore(panel.page);
    expect(events.filter((e) => e.kind === 'comment' && !e.labels)).toEqual([]);
  }, 300_000);

  it("'auto' picks WebAssembly when WebGL is unavailable, and says why", async () => {
    b = await launchWithExtension({ measure: true, extraArgs: ['--disable-gpu', '--disable-software-rasterizer'] });
    const { panel } = await replayYoutube(b);
    const s = await waitForModels(panel.page);
    expect(s).toMatchObject({ state: 'ready', backend: 'wasm' });
    expect(s.text).toMatch(/webgl unavailable/i);
  }, 240_000);

  it('a model that fails to load gives a visible status and unlabelled, never lost, events', async () => {
    // An install whose labelling models are corrupt: the student (fast tier) and the intent head.
    const broken = join(mkdtempSync(join(tmpdir(), 'lc-broken-')), 'ext');
    cpSync(EXTENSION_DIR, broken, { recursive: true });
    writeFileSync(join(broken, 'models/intent/model.json'), '{ corrupted');
    writeFileSync(join(broken, 'models/student/model.json'), '{ corrupted');
    b = await launchWithExtension({ extensionDir: broken });
    const { panel, n } = await replayYoutube(b);
    const s = await waitForModels(panel.page);
    expect(s.state).toBe('failed');
    expect(s.text).toMatch(/Models unavailable — messages are kept unlabelled/);
    const { events } = await readStore(panel.page);
    expect(events.filter((e) => e.kind === 'comment')).toHaveLength(n);
    expect(events.filter((e) => e.labels)).toEqual([]);
    rmSync(broken, { recursive: true, force: true });
  });
});
