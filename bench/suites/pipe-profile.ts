/** Where the pipeline's time goes during a load run: CPU profiles of the service worker and the chat page. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { startTargetProfile } from '../harness/cdp-profile';
import { longTasks, startCpuProfile, topSelf, type CpuProfile } from '../harness/cpu-profile';
import type { BenchContext } from './context';

export function pipeProfiler(ctx: BenchContext, dir: string, seconds: number) {
  const stops: [string, () => Promise<CpuProfile>][] = [];
  return {
    async start(page: Page) {
      stops.push(['worker', await startTargetProfile(ctx.port, (t) => t.type === 'service_worker' && t.url.includes(ctx.b.extensionId))]);
      stops.push(['offscreen', await startTargetProfile(ctx.port, (t) => t.url.startsWith(`chrome-extension://${ctx.b.extensionId}/offscreen.html`))]);
      // The run closes the chat page when it returns: its profile is taken as the load ends.
      const stopPage = await startCpuProfile(ctx.b.context, page);
      const pageProfile = new Promise<CpuProfile>((ok, fail) => setTimeout(() => stopPage().then(ok, fail), seconds * 1000));
      stops.push(['page', () => pageProfile]);
    },
    async stop() {
      mkdirSync(dir, { recursive: true });
      for (const [name, stop] of stops) {
        // A profile that could not be taken (a target gone early) is reported, not fatal to the run.
        const p = await stop().catch((e: unknown) => (ctx.log(`${name} profile lost: ${String(e).split('\n')[0]}`), null));
        if (!p) continue;
        writeFileSync(join(dir, `${name}.cpuprofile`), JSON.stringify(p));
        const busy = topSelf(p, 1000).filter((x) => !x.fn.startsWith('(idle)')).reduce((a, x) => a + x.ms, 0);
        ctx.log(`${name} profile (${Math.round(busy)} ms busy of ${Math.round((p.endTime - p.startTime) / 1000)}):\n${topSelf(p, 30).map((x) => `  ${x.ms} ms  ${x.fn}`).join('\n')}\nlong tasks:\n${longTasks(p, 30, 12).map((l) => `  ${l.ms} ms at ${l.atMs}: ${l.top.map((x) => `${x.fn} ${x.ms}`).join(' | ')}`).join('\n')}`);
      }
    },
  };
}
