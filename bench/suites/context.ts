/** What every benchmark suite gets: the browser with the bench build, the lab page, the CDP port. */
import type { ExtensionBrowser } from '../../e2e/harness/launch';
import type { HeapMB } from '../harness/cdp-memory';
import { extensionHeaps } from '../harness/cdp-memory';
import type { Lab } from '../harness/lab';

export interface BenchContext {
  b: ExtensionBrowser;
  lab: Lab;
  /** Chromium's remote-debugging port (heap readings). */
  port: number;
  /** Shorter runs (a quick look while developing; results are marked quick). */
  quick: boolean;
  log(msg: string): void;
  /** A fresh room for a load run (each run is its own stream). */
  room(name: string): string;
  heaps(): Promise<HeapMB>;
}

export function makeContext(b: ExtensionBrowser, lab: Lab, port: number, quick: boolean): BenchContext {
  let n = 0;
  return {
    b,
    lab,
    port,
    quick,
    log: (msg) => process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${msg}\n`),
    room: (name) => `lcbench${name}${Date.now().toString(36)}${n++}`,
    heaps: () => extensionHeaps(port, b.extensionId),
  };
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Waits until the labeller has nothing waiting (or `capMs` passed); returns the backlog left. */
export async function settle(ctx: BenchContext, capMs: number): Promise<number> {
  const end = Date.now() + capMs;
  for (;;) {
    const s = await ctx.lab.call('labelling');
    if (s.backlog === 0 || Date.now() > end) return s.backlog;
    await sleep(500);
  }
}

/** Waits for the models' document to be ready; returns its status and load figures. */
export async function modelsReady(ctx: BenchContext, capMs = 300_000) {
  const end = Date.now() + capMs;
  for (;;) {
    const st = await ctx.lab.call('mlStatus').catch(() => null);
    if (st && st.state !== 'loading') return { status: st, perf: await ctx.lab.call('mlPerf') };
    if (Date.now() > end) throw new Error('the models did not start in time');
    await sleep(250);
  }
}
