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

  /** The listed streams, once every row shows its numbers (the summary's: lib/summary). */
  async streams(): Promise<{ platform: string; comments: number; text: string; id: number; durationMs: number; peak: number | null; mood: number | null }[]> {
    await this.page.waitForFunction(() => [...document.querySelectorAll('[data-testid=stream-row]')].every((r) => r.hasAttribute('data-comments')));
    return this.page.$$eval('[data-testid=stream-row]', (rows) =>
      // No helper functions in here: the page runs this code as written (no bundler helpers).
      rows.map((r) => ({
        platform: r.getAttribute('data-platform') ?? '',
        comments: Number(r.getAttribute('data-comments')),
        text: r.textContent ?? '',
        id: Number(r.getAttribute('data-stream-id')),
        durationMs: Number(r.getAttribute('data-duration-ms')),
        peak: r.getAttribute('data-peak') ? Number(r.getAttribute('data-peak')) : null,
        mood: r.getAttribute('data-mood') ? Number(r.getAttribute('data-mood')) : null,
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

  /** Opens a stream's summary and waits until the worker has summarised every stored event; returns the metrics it shows. */
  async openSummary(streamId: number, timeout = 120_000): Promise<Record<string, unknown>> {
    await this.page.click(`[data-testid=stream-row][data-stream-id="${streamId}"] [data-testid=stream-open]`);
    const el = await this.page.waitForSelector(`[data-testid=stream-summary][data-stream-id="${streamId}"][data-behind="0"]`, { timeout });
    return JSON.parse((await el.getAttribute('data-summary')) ?? 'null') as Record<string, unknown>;
  }

  /** From an open summary: Delete, then confirm; waits for the list to come back. */
  async deleteOpenStream(): Promise<void> {
    await this.page.click('[data-testid=stream-delete]');
    await this.page.click('[data-testid=stream-delete-yes]');
    await this.page.waitForSelector('[data-testid=stream-summary]', { state: 'detached' });
  }
}
