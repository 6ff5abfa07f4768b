import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from '../harness/launch';

export class PopupPage {
  private constructor(readonly page: Page) {}

  static async open(b: ExtensionBrowser): Promise<PopupPage> {
    const page = await b.context.newPage();
    await page.goto(`chrome-extension://${b.extensionId}/popup.html`);
    return new PopupPage(page);
  }

  streams(): Promise<{ platform: string; comments: number; text: string; id: number }[]> {
    return this.page.$$eval('[data-testid=stream-row]', (rows) =>
      rows.map((r) => ({
        platform: r.getAttribute('data-platform') ?? '',
        comments: Number(r.querySelector('[data-testid=stream-comments]')?.textContent),
        text: r.textContent ?? '',
        id: Number(r.getAttribute('data-stream-id')),
      })),
    );
  }

  /** Clicks a stream's Export and returns the downloaded event log. */
  async exportStream(streamId: number): Promise<{ name: string; text: string }> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.click(`[data-testid=stream-row][data-stream-id="${streamId}"] [data-testid=stream-export]`),
    ]);
    return { name: download.suggestedFilename(), text: readFileSync(await download.path(), 'utf8') };
  }

  /** Chooses an event-log file; the popup then shows what it found (nothing stored yet). */
  async chooseLog(name: string, text: string): Promise<void> {
    await this.page.setInputFiles('[data-testid=stream-import-file]', { name, mimeType: 'application/x-ndjson', buffer: Buffer.from(text, 'utf8') });
    await this.page.waitForSelector('[data-testid=stream-import-preview]');
  }

  logErrors(): Promise<{ line: number; text: string }[]> {
    return this.page.$$eval('[data-testid=stream-import-errors] [data-testid=row-error]', (rows) =>
      rows.map((r) => ({ line: Number(r.getAttribute('data-line')), text: r.textContent ?? '' })),
    );
  }

  commitLabel(): Promise<string | null> {
    return this.page.textContent('[data-testid=stream-import-commit]');
  }

  /** Presses Import and waits for the outcome line. */
  async commitLog(): Promise<string> {
    await this.page.click('[data-testid=stream-import-commit]');
    return (await (await this.page.waitForSelector('[data-testid=stream-import-outcome]')).textContent()) ?? '';
  }
}
