import type { Page } from 'playwright-core';

export async function modelStatus(page: Page): Promise<{ state: string | null; backend: string | null; text: string }> {
  const el = page.locator('[data-testid=model-status]');
  return { state: await el.getAttribute('data-state'), backend: await el.getAttribute('data-backend'), text: (await el.textContent()) ?? '' };
}

/** Waits until the models settle (ready or failed); SwiftShader WebGL compiles shaders slowly. */
export async function waitForModels(page: Page, timeout = 90_000) {
  await page.waitForFunction(() => ['ready', 'failed'].includes(document.querySelector('[data-testid=model-status]')?.getAttribute('data-state') ?? ''), null, { timeout });
  return modelStatus(page);
}
