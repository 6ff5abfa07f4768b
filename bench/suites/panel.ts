/**
 * Side panel frame times while its feed scrolls: the panel on main, opened as the host sees it
 * (a narrow, tall page following the stream's tab), with a requestAnimationFrame probe recording
 * the time between frames while the chat runs at `rate`.
 */
import type { Page } from 'playwright-core';
import { tabIdOf } from '../../e2e/pages/extension';
import { chatItems } from '../harness/chat-source';
import { loadUrl } from '../harness/load-page';
import { runLoad } from '../harness/run-load';
import { percentiles } from '../harness/stats';
import type { BenchContext } from './context';

export interface PanelResult { rate: number; seconds: number; frames: number; p50: number; p95: number; p99: number; max: number; sidepanelMB: number | null }

const startProbe = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __framesOn: boolean };
    w.__frames = [];
    w.__framesOn = true;
    let last = performance.now();
    const tick = (t: number) => {
      w.__frames.push(t - last);
      last = t;
      if (w.__framesOn) requestAnimationFrame(tick);
    };
    requestAnimationFrame((t) => {
      last = t;
      requestAnimationFrame(tick);
    });
  });

const stopProbe = (page: Page): Promise<number[]> =>
  page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __framesOn: boolean };
    w.__framesOn = false;
    return w.__frames;
  });

export async function panelFrames(ctx: BenchContext, rate: number, seconds: number): Promise<PanelResult | null> {
  const room = ctx.room('panel');
  let panel: Page | null = null;
  let frames: number[] = [];
  let sidepanelMB: number | null = null;
  await runLoad(ctx.b, ctx.lab, {
    room,
    items: chatItems(room, rate * seconds, rate),
    rate,
    drainCapMs: 0,
    beforeStart: async () => {
      const tab = await tabIdOf(ctx.b, loadUrl(room));
      panel = await ctx.b.context.newPage();
      await panel.setViewportSize({ width: 400, height: 900 });
      await panel.goto(`chrome-extension://${ctx.b.extensionId}/sidepanel.html?tab=${tab}`);
      await panel.waitForSelector('[data-testid=comment-count]');
      await startProbe(panel);
    },
  });
  if (!panel) return null;
  frames = await stopProbe(panel);
  sidepanelMB = (await ctx.heaps()).sidepanel;
  await (panel as Page).close();
  const p = percentiles(frames, 1);
  if (!p) return null;
  return { rate, seconds, frames: p.n, p50: p.p50, p95: p.p95, p99: p.p99, max: p.max, sidepanelMB };
}
