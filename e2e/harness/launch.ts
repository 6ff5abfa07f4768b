import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const EXTENSION_DIR = resolve(process.env.EXTENSION_DIR ?? '.output/chrome-mv3');

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  serviceWorker(): Promise<Worker>;
  close(): Promise<void>;
}

/** Debian's Chromium with the built extension loaded, in a fresh profile. Never downloads a browser. */
export async function launchWithExtension(opts: { headless?: boolean; viewport?: { width: number; height: number } | null; extraArgs?: string[]; extensionDir?: string } = {}): Promise<ExtensionBrowser> {
  const dir = resolve(opts.extensionDir ?? EXTENSION_DIR);
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: run "apt-get install -y chromium" or set CHROMIUM_PATH.`);
  if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`No built extension in ${dir}: run "npm run build" first.`);
  const profile = mkdtempSync(join(tmpdir(), 'live-copilot-profile-'));
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
  return {
    context,
    extensionId: new URL(sw.url()).host,
    serviceWorker,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
