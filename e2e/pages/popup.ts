import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from '../harness/launch';

export class PopupPage {
  private constructor(readonly page: Page) {}

  static async open(b: ExtensionBrowser): Promise<PopupPage> {
    const page = await b.context.newPage();
    await page.goto(`chrome-extension://${b.extensionId}/popup.html`);
    return new PopupPage(page);
  }

  streams(): Promise<{ platform: string; comments: number; text: string }[]> {
    return this.page.$$eval('[data-testid=stream-row]', (rows) =>
      rows.map((r) => ({
        platform: r.getAttribute('data-platform') ?? '',
        comments: Number(r.querySelector('[data-testid=stream-comments]')?.textContent),
        text: r.textContent ?? '',
      })),
    );
  }
}
