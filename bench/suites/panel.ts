/**
 * Side panel frame times while its feed scrolls: the panel on main, opened as the host sees it
 * (a narrow, tall page following the stream's tab), with a requestAnimationFrame probe recording
 * the time between frames while the chat runs at `rate`. The probe is the panel's own
 * (`window.__panelProbe`, lib/panel/frame-probe.ts); it only runs when asked.
 */
import { writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type { PanelProbe } from '../../lib/panel/frame-probe';
import { tabIdOf } from '../../e2e/pages/extension';
import { chatItems } from '../harness/chat-source';
import { loadUrl } from '../harness/load-page';
import { runLoad } from '../harness/run-load';
import { longTasks, startCpuProfile, topSelf, type CpuProfile } from '../harness/cpu-profile';
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
  // BENCH_PANEL_PROFILE=file.cpuprofile: also profile the panel's renderer during the run (DevTools can open the file) and log where its time went.
  const profileTo = process.env.BENCH_PANEL_PROFILE;
  let stopProfile: (() => Promise<CpuProfile>) | null = null;
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
      if (profileTo) stopProfile = await startCpuProfile(ctx.b.context, panel);
      await startProbe(panel);
    },
  });
  if (!panel) return null;
  frames = await stopProbe(panel);
  if (stopProfile) {
    const prof = await (stopProfile as () => Promise<CpuProfile>)();
    writeFileSync(profileTo!, JSON.stringify(prof));
    ctx.log(`panel profile → ${profileTo}\nself time:\n${topSelf(prof).map((x) => `  ${x.ms} ms  ${x.fn}`).join('\n')}\nlong tasks:\n${longTasks(prof).map((l) => `  ${l.ms} ms at ${l.atMs}: ${l.top.map((x) => `${x.fn} ${x.ms}`).join(' | ')}`).join('\n')}`);
  }
  sidepanelMB = (await ctx.heaps()).sidepanel;
  await (panel as Page).close();
  const p = percentiles(frames, 1);
  if (!p) return null;
  return { rate, seconds, frames: p.n, p50: p.p50, p95: p.p95, p99: p.p99, max: p.max, sidepanelMB };
}
