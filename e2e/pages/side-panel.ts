import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from '../harness/launch';

export interface FeedRowView {
  id: string;
  kind: string;
  author: string | null;
  text: string;
  labelled: boolean;
}

/** The host's side panel, opened as a tab that follows a given browser tab. */
export class SidePanelPage {
  private constructor(readonly page: Page) {}

  static async open(b: ExtensionBrowser, tabId?: number): Promise<SidePanelPage> {
    const page = await b.context.newPage();
    // Tall enough that the virtualised feed renders every row of a demo replay.
    await page.setViewportSize({ width: 520, height: 9000 });
    await page.goto(`chrome-extension://${b.extensionId}/sidepanel.html${tabId === undefined ? '' : `?tab=${tabId}`}`);
    return new SidePanelPage(page);
  }

  async waitForComments(n: number, timeout = 60_000): Promise<void> {
    await this.page.waitForFunction((want) => document.querySelector('[data-testid=comment-count]')?.textContent === `${want} comments`, n, { timeout });
  }

  async waitForRows(n: number, timeout = 30_000): Promise<void> {
    await this.page.waitForFunction((want) => document.querySelectorAll('[data-testid=feed-row]').length >= want, n, { timeout });
  }

  rows(): Promise<FeedRowView[]> {
    return this.page.$$eval('[data-testid=feed-row]', (els) =>
      els.map((el) => ({
        id: el.getAttribute('data-event-id') ?? '',
        kind: el.querySelector('[data-testid=feed-kind]')?.textContent ?? '',
        author: el.querySelector('[data-testid=feed-author]')?.textContent ?? null,
        text: el.querySelector('[data-testid=feed-text]')?.textContent ?? '',
        labelled: !!el.querySelector('[data-testid=feed-labels]'),
      })),
    );
  }

  async viewers(): Promise<number> {
    return Number(await this.page.getAttribute('[data-testid=viewer-count]', 'data-viewers'));
  }

  async health(): Promise<{ state: string | null; text: string }> {
    const el = this.page.locator('[data-testid=capture-health]');
    return { state: await el.getAttribute('data-state'), text: (await el.textContent()) ?? '' };
  }

  title(): Promise<string | null> {
    return this.page.textContent('[data-testid=stream-title]');
  }
}
