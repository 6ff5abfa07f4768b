import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { MEASUREMENT_KEY, type BackendMeasurement } from '../../lib/realtime/backend-choice';
import { offscreenQuery } from '../../lib/realtime/offscreen-params';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const EXTENSION_DIR = resolve(process.env.EXTENSION_DIR ?? '.output/chrome-mv3');

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  serviceWorker(): Promise<Worker>;
  close(): Promise<void>;
}

/** Debian's Chromium with the built extension loaded, in a fresh profile. Never downloads a browser. */
export interface LaunchOptions {
  headless?: boolean;
  viewport?: { width: number; height: number } | null;
  extraArgs?: string[];
  extensionDir?: string;
  /**
   * 'auto' measures every backend the first time the models start (seconds of CPU, SwiftShader
   * WebGL included). Tests that are not about that start with this machine's pick (wasm) stored;
   * `measure: true` lets the extension measure as on a fresh install.
   */
  measure?: boolean;
  /** A profile folder to start in and keep (a browser restart); default: a fresh one, removed on close. */
  profile?: string;
}

/**
 * Stores 'auto''s pick as if measured, and restarts the models' document (created at worker start,
 * possibly measuring already) so that it loads the pick straight away.
 */
async function storePick(sw: Worker, picked: 'wasm' | 'webgl' | 'cpu'): Promise<void> {
  await sw.evaluate(
    async ([key, pick, query]) => {
      const m: BackendMeasurement = { picked: pick, reference: pick, key: { userAgent: navigator.userAgent, version: chrome.runtime.getManifest().version }, at: Date.now(), ms: 0, trials: [] };
      await chrome.storage.local.set({ [key]: m });
      for (let i = 0; i < 100; i += 1) {
        if ((await chrome.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] })).length) break;
        await new Promise((r) => setTimeout(r, 100));
      }
      await chrome.offscreen.closeDocument().catch(() => {});
      await chrome.offscreen.createDocument({ url: `offscreen.html${query}`, reasons: ['WORKERS'], justification: 'models' }).catch(() => {});
    },
    [MEASUREMENT_KEY, picked, offscreenQuery({ choice: 'auto', picked })] as const,
  );
}

export async function launchWithExtension(opts: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const dir = resolve(opts.extensionDir ?? EXTENSION_DIR);
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: run "apt-get install -y chromium" or set CHROMIUM_PATH.`);
  if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`No built extension in ${dir}: run "npm run build" first.`);
  const profile = opts.profile ?? mkdtempSync(join(tmpdir(), 'live-copilot-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: opts.headless ?? true,
    viewport: opts.viewport === undefined ? { width: 900, height: 900 } : opts.viewport,
    args: [
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      '--disable-default-apps',
      // Defence in depth: no host name resolves, so nothing can leave even if a route is missed.
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
      `--disable-extensions-except=${dir}`,
      `--load-extension=${dir}`,
      ...(opts.extraArgs ?? []),
    ],
  });
  const serviceWorker = async () => context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const sw = await serviceWorker();
  if (!opts.measure && existsSync(join(dir, 'offscreen.html'))) await storePick(sw, 'wasm');
  return {
    context,
    extensionId: new URL(sw.url()).host,
    serviceWorker,
    close: async () => {
      await context.close();
      if (!opts.profile) rmSync(profile, { recursive: true, force: true });
    },
  };
}
