import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from '../harness/launch';

export type DataKind = 'catalog' | 'faq';

/** The options page: catalog and FAQ editors, imported through the file input a user would use. */
export class OptionsPage {
  private constructor(readonly page: Page) {}

  static async open(b: ExtensionBrowser): Promise<OptionsPage> {
    const page = await b.context.newPage();
    await page.goto(`chrome-extension://${b.extensionId}/options.html`);
    await page.waitForSelector('[data-testid=catalog-section]');
    return new OptionsPage(page);
  }

  /** Chooses a file in the import's file input; the page then shows what it found (nothing stored yet). */
  async chooseFile(kind: DataKind, name: string, text: string | Buffer, mode: 'merge' | 'replace' = 'merge'): Promise<void> {
    await this.page.check(`[data-testid=${kind}-mode-${mode}]`);
    const buffer = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
    const mimeType = name.endsWith('.json') ? 'application/json' : 'text/csv';
    await this.page.setInputFiles(`[data-testid=${kind}-file]`, { name, mimeType, buffer });
    await this.page.waitForSelector(`[data-testid=${kind}-preview], [data-testid=${kind}-fatal]`);
  }

  /** Presses "Import N rows" / "Import N good rows, skip M" and waits for the outcome line. */
  async commit(kind: DataKind): Promise<string> {
    await this.page.click(`[data-testid=${kind}-commit]`);
    const out = await this.page.waitForSelector(`[data-testid=${kind}-outcome]`);
    return (await out.textContent()) ?? '';
  }

  /** Chooses a file and imports it; throws if the file has any bad row. */
  async importFile(kind: DataKind, path: string, mode: 'merge' | 'replace' = 'merge'): Promise<string> {
    await this.chooseFile(kind, path.split('/').pop()!, readFileSync(path), mode);
    const errors = await this.rowErrors(kind);
    const fatal = await this.page.$(`[data-testid=${kind}-fatal]`);
    if (fatal || errors.length) throw new Error(`${path}: ${(await fatal?.textContent()) ?? JSON.stringify(errors)}`);
    return this.commit(kind);
  }

  rowErrors(kind: DataKind): Promise<{ line: number; text: string }[]> {
    return this.page.$$eval(`[data-testid=${kind}-errors] [data-testid=row-error]`, (rows) =>
      rows.map((r) => ({ line: Number(r.getAttribute('data-line')), text: r.textContent ?? '' })),
    );
  }

  async fatal(kind: DataKind): Promise<string | null> {
    return (await this.page.$(`[data-testid=${kind}-fatal]`))?.textContent() ?? null;
  }

  commitLabel(kind: DataKind): Promise<string | null> {
    return this.page.textContent(`[data-testid=${kind}-commit]`);
  }

  /** Clicks an export button and returns the downloaded file's text. */
  async export(kind: DataKind, format: 'csv' | 'json'): Promise<{ name: string; text: string }> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.page.click(`[data-testid=${kind}-export-${format}]`)]);
    const path = await download.path();
    return { name: download.suggestedFilename(), text: readFileSync(path, 'utf8') };
  }

  /** Chooses the models' backend (Models section) and waits until the models run on it. */
  async setBackend(choice: 'auto' | 'webgl' | 'wasm' | 'cpu', timeout = 120_000): Promise<void> {
    await this.page.selectOption('[data-testid=ml-backend]', choice);
    if (choice === 'auto') return;
    await this.page.waitForSelector(`[data-testid=model-status][data-state=ready][data-backend=${choice}]`, { timeout });
  }

  skus(): Promise<string[]> {
    return this.page.$$eval('[data-testid=product-row]', (rows) => rows.map((r) => r.getAttribute('data-sku') ?? ''));
  }
}
