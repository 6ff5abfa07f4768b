import type { Page } from 'playwright-core';

export interface CardItem { sku: string; reasons: { key: string; text: string }[] }

/** The side panel's "Pitch next" card (components/sidepanel/next-product-card.tsx). */
export class NextProductCard {
  constructor(readonly page: Page) {}

  items(): Promise<CardItem[]> {
    return this.page.$$eval('[data-testid=next-product-item]', (els) =>
      els.map((el) => ({
        sku: el.getAttribute('data-sku') ?? '',
        reasons: [...el.querySelectorAll('[data-testid=reason]')].map((r) => ({ key: r.getAttribute('data-key') ?? '', text: r.textContent ?? '' })),
      })),
    );
  }

  /** Waits until the top item is `sku` and its reasons include `reason` (exact text). */
  async waitForTop(sku: string, reason: string, timeout = 90_000): Promise<void> {
    await this.page.waitForFunction(([s, r]) => {
      const top = document.querySelector('[data-testid=next-product-item]');
      return top?.getAttribute('data-sku') === s && [...top.querySelectorAll('[data-testid=reason]')].some((x) => x.textContent === r);
    }, [sku, reason] as const, { timeout, polling: 250 });
  }

  async pitch(sku: string): Promise<void> {
    await this.page.click(`[data-testid=next-product-item][data-sku="${sku}"] [data-testid=now-pitching]`);
  }
}
