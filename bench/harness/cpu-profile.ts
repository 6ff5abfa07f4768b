/**
 * A CPU profile of one page over the DevTools protocol (Profiler domain), for finding what a long
 * frame is made of: `const stop = await startCpuProfile(context, page)` … `const p = await stop()`.
 * `topSelf` sums each function's self time (samples × interval) by name and script, and
 * `longTasks` lists the page's main-thread stretches without idle samples longer than a frame
 * budget, each with the functions that took most of it. Bench-only (npm run bench, BENCH_PANEL_PROFILE).
 */
import type { BrowserContext, Page } from 'playwright-core';

interface Node { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }
export interface CpuProfile { nodes: Node[]; startTime: number; endTime: number; samples: number[]; timeDeltas: number[] }
export interface SelfTime { fn: string; ms: number }
export interface LongTask { atMs: number; ms: number; top: SelfTime[] }

const IDLE = new Set(['(idle)', '(program)', '(garbage collector)']);
const label = (n: Node) => `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.split('/').pop() ?? ''}:${n.callFrame.lineNumber + 1}`;

function sumSelf(p: CpuProfile, from: number, to: number): SelfTime[] {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const ms = new Map<string, number>();
  for (let i = from; i < to; i++) {
    const n = byId.get(p.samples[i]!)!;
    const k = IDLE.has(n.callFrame.functionName) ? n.callFrame.functionName : label(n);
    ms.set(k, (ms.get(k) ?? 0) + (p.timeDeltas[i + 1] ?? 0) / 1000);
  }
  return [...ms].map(([fn, t]) => ({ fn, ms: Math.round(t * 10) / 10 })).sort((a, b) => b.ms - a.ms);
}

/** Self time by function over the whole profile, largest first. */
export const topSelf = (p: CpuProfile, n = 25): SelfTime[] => sumSelf(p, 0, p.samples.length).slice(0, n);

/** Busy stretches (consecutive non-idle samples) longer than `minMs`, longest first. */
export function longTasks(p: CpuProfile, minMs = 50, n = 10): LongTask[] {
  const byId = new Map(p.nodes.map((x) => [x.id, x]));
  const out: LongTask[] = [];
  let start = -1;
  let t = 0;
  let startT = 0;
  for (let i = 0; i <= p.samples.length; i++) {
    const idle = i === p.samples.length || byId.get(p.samples[i]!)!.callFrame.functionName === '(idle)';
    if (i < p.samples.length) t += p.timeDeltas[i]! / 1000;
    if (!idle && start < 0) [start, startT] = [i, t];
    if (idle && start >= 0) {
      if (t - startT >= minMs) out.push({ atMs: Math.round(startT), ms: Math.round(t - startT), top: sumSelf(p, start, i).slice(0, 6) });
      start = -1;
    }
  }
  return out.sort((a, b) => b.ms - a.ms).slice(0, n);
}

export async function startCpuProfile(context: BrowserContext, page: Page, intervalUs = 500): Promise<() => Promise<CpuProfile>> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: intervalUs });
  await cdp.send('Profiler.start');
  return async () => {
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
    await cdp.detach();
    return profile;
  };
}
