/**
 * Side panel frame times while its feed scrolls: the panel on main, opened as the host sees it
 * (a narrow, tall page following the stream's tab), with a requestAnimationFrame probe recording
 * the time between frames while the chat runs at `rate`. The probe is the panel's own
 * (`window.__panelProbe`, lib/panel/frame-probe.ts); it only runs when asked.
 */
import type { Page } from 'playwright-core';
import type { PanelProbe } from '../../lib/panel/frame-probe';
import { tabIdOf } from '../../e2e/pages/extension';
import { chatItems } from '../harness/chat-source';
import { loadUrl } from '../harness/load-page';
import { runLoad } from '../harness/run-load';
import { percentiles } from '../harness/stats';
import type { BenchContext } from './context';

export interface PanelResult { rate: number; seconds: number; frames: number; p50: number; p95: number; p99: number; max: number; sidepanelMB: number | null }

// The panel's own probe (lib/panel/frame-probe.ts, window.__panelProbe): the time between animation frames.
// The panel is the page in front (opened last): animation frames only run there.
type Probed = { __panelProbe: PanelProbe };
const startProbe = (page: Page) => page.evaluate(() => (window as unknown as Probed).__panelProbe.start());

const stopProbe = (page: Page): Promise<number[]> =>
  page.evaluate(() => {
    const probe = (window as unknown as Probed).__panelProbe;
    probe.stop();
    return probe.samples();
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
