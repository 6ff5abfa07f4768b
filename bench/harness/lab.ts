/** The benchmark's handle on the bench lab page (bench/lab/bench-lab.ts) inside the extension. */
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from '../../e2e/harness/launch';
import type { BenchLab } from '../lab/bench-lab';

type Fn = { [K in keyof BenchLab]: BenchLab[K] extends (...a: infer A) => infer R ? (...a: A) => R : never };

export interface Lab {
  page: Page;
  call<K extends keyof BenchLab>(name: K, ...args: Parameters<Fn[K]>): Promise<Awaited<ReturnType<Fn[K]>>>;
}

export async function openLab(b: ExtensionBrowser): Promise<Lab> {
  const page = await b.context.newPage();
  await page.goto(`chrome-extension://${b.extensionId}/bench-lab.html`);
  await page.waitForSelector('html[data-ready=true]', { state: 'attached' });
  // tsx (esbuild keepNames) wraps named functions in __name(): give evaluated code that helper.
  await page.evaluate('globalThis.__name = (f) => f');
  return {
    page,
    call: (name, ...args) =>
      page.evaluate(([n, a]) => {
        const lab = (window as unknown as { benchLab: Record<string, (...x: unknown[]) => unknown> }).benchLab;
        return lab[n as string]!(...(a as unknown[]));
      }, [name, args] as const) as never,
  };
}
