import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from '../harness/launch';

export const REPORT_CHARTS = ['chart-viewers-mood', 'chart-intents', 'chart-demand'] as const;

/** The report page of one stream (report.html?stream=ID). */
export class ReportPage {
  private constructor(readonly page: Page) {}

  static async open(b: ExtensionBrowser, streamId: number, compare?: number): Promise<ReportPage> {
    const page = await b.context.newPage();
    // Generous limits: on a loaded machine an extension page can take long to load.
    await page.goto(`chrome-extension://${b.extensionId}/report.html?stream=${streamId}${compare ? `&compare=${compare}` : ''}`, { timeout: 120_000 });
    await page.waitForSelector('[data-testid=report]', { timeout: 120_000 });
    return new ReportPage(page);
  }

  /** How many pixels of each chart's canvas are painted (a drawn chart has thousands). */
  async paintedPixels(testId: string, timeout = 60_000): Promise<number> {
    await this.page.waitForSelector(`[data-testid=${testId}] canvas`, { timeout });
    return this.page.$eval(`[data-testid=${testId}] canvas`, (c) => {
      const canvas = c as HTMLCanvasElement;
      const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
      let n = 0;
      for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) n++;
      return n;
    });
  }

  metric(key: string): Promise<string | null> {
    return this.page.textContent(`[data-testid=metrics] [data-metric=${key}] b`);
  }

  /** Clicks an export button and returns the downloaded file. */
  async download(testId: string): Promise<{ name: string; path: string }> {
    const [d] = await Promise.all([this.page.waitForEvent('download'), this.page.click(`[data-testid=${testId}]`)]);
    return { name: d.suggestedFilename(), path: (await d.path())! };
  }
}
