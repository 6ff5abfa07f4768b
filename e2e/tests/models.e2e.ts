import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO, installDemoSite } from '../harness/demo-site';
import { EXTENSION_DIR, launchWithExtension, type ExtensionBrowser } from '../harness/launch';
import { readStore, tabIdOf } from '../pages/extension';
import { waitForModels } from '../pages/model-status';
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

describe('models in the real browser', () => {
  it('labels every comment of a demo replay on WebGL', async () => {
    b = await launchWithExtension();
    const { panel, n } = await replayYoutube(b);
    expect(await waitForModels(panel.page)).toMatchObject({ state: 'ready', backend: 'webgl' });
    await panel.page.waitForFunction(
      (want) => Array.from(document.querySelectorAll('[data-testid=feed-row]')).filter((r) => r.querySelector('[data-testid=feed-kind]')?.textContent === 'comment' && r.querySelector('[data-testid=feed-labels]')).length === want,
      n,
      { timeout: 120_000 },
    );
    const { events } = await readStore(panel.page);
    expect(events.filter((e) => e.kind === 'comment' && !e.labels)).toEqual([]);
  });

  it('falls back to WebAssembly when WebGL is unavailable, and says so', async () => {
    b = await launchWithExtension({ extraArgs: ['--disable-gpu', '--disable-software-rasterizer'] });
    const { panel } = await replayYoutube(b);
    const s = await waitForModels(panel.page);
    expect(s).toMatchObject({ state: 'ready', backend: 'wasm' });
    expect(s.text).toMatch(/webgl unavailable/i);
  });

  it('a model that fails to load gives a visible status and unlabelled, never lost, events', async () => {
    // An install whose intent-model file is corrupt.
    const broken = join(mkdtempSync(join(tmpdir(), 'lc-broken-')), 'ext');
    cpSync(EXTENSION_DIR, broken, { recursive: true });
    writeFileSync(join(broken, 'models/intent/model.json'), '{ corrupted');
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
