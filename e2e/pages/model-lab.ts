import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from '../harness/launch';

/** The frozen held-out chat lines (models/corpus/test.jsonl), as inputs for in-browser checks. */
export function heldOutTexts(n: number): string[] {
  return readFileSync('models/corpus/test.jsonl', 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => (JSON.parse(l) as { text: string }).text)
    .slice(0, n);
}

export async function openModelLab(b: ExtensionBrowser): Promise<Page> {
  const page = await b.context.newPage();
  await page.goto(`chrome-extension://${b.extensionId}/model-lab.html`);
  await page.waitForSelector('html[data-ready=true]', { state: 'attached' });
  // tsx (esbuild keepNames) wraps named functions in __name(): give evaluated code that helper.
  await page.evaluate('globalThis.__name = (f) => f');
  return page;
}
