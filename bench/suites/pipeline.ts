/**
 * The load runs through the whole pipeline: capture bursts (stored, lost, duplicated), capture →
 * label latency at 100 msg/s per backend, and sustained throughput at 500 and 1,000 msg/s.
 */
import type { MlBackend } from '../../lib/ml/labels';
import { chatItems } from '../harness/chat-source';
import type { HeapMB } from '../harness/cdp-memory';
import { runLoad, type LoadRun } from '../harness/run-load';
import { modelsReady, settle, type BenchContext } from './context';
import { pipeProfiler } from './pipe-profile';
import type { Page } from 'playwright-core';

export interface CaptureRow { rate: number; seconds: number; sent: number; stored: number; lost: number; duplicated: number }
export interface LatencyRow { rate: number; backend: MlBackend; seconds: number; n: number; p50: number | null; p95: number | null; p99: number | null; max: number | null; unlabelled: number; modelLoadMs: number | null; note?: string }
export interface ThroughputRow extends LoadRun { seconds: number; labelledWithin2sOfEnd: boolean; memoryMB: HeapMB }

async function load(ctx: BenchContext, name: string, rate: number, seconds: number, drainCapMs: number, onTick?: () => Promise<void>, beforeStart?: (page: Page) => Promise<void>): Promise<LoadRun> {
  const room = ctx.room(name);
  const run = await runLoad(ctx.b, ctx.lab, { room, items: chatItems(room, Math.round(rate * seconds), rate), rate, drainCapMs, onTick, beforeStart });
  ctx.log(`${name}: ${JSON.stringify({ ...run, latency: run.latency && { p50: run.latency.p50, p95: run.latency.p95, p99: run.latency.p99 } })}`);
  return run;
}

export async function captureBursts(ctx: BenchContext, rates: number[], seconds: number): Promise<CaptureRow[]> {
  const out: CaptureRow[] = [];
  for (const rate of rates) {
    // Labelling of the previous burst may still run: capture must not depend on it.
    const r = await load(ctx, `capture${rate}`, rate, seconds, 0);
    out.push({ rate, seconds, sent: r.sent, stored: r.stored, lost: r.lost, duplicated: r.duplicated });
  }
  return out;
}

/** Capture → label at `rate` on a chosen backend (set as the options page does); slow backends run shorter. */
export async function latencyOn(ctx: BenchContext, backend: MlBackend, rate: number, seconds: number, drainCapMs: number): Promise<LatencyRow> {
  await settle(ctx, 120_000);
  await ctx.lab.call('setBackend', backend);
  const { status, perf } = await modelsReady(ctx);
  if (status.backend !== backend) return { rate, backend, seconds, n: 0, p50: null, p95: null, p99: null, max: null, unlabelled: 0, modelLoadMs: perf.loadMs, note: `did not start: ${status.message ?? status.backend}` };
  // BENCH_PIPE_PROFILE=dir: CPU profiles of the service worker and the chat page (its content script) during the run.
  const profiler = process.env.BENCH_PIPE_PROFILE && backend === 'wasm' ? pipeProfiler(ctx, process.env.BENCH_PIPE_PROFILE, seconds) : null;
  const r = await load(ctx, `latency-${backend}-`, rate, seconds, drainCapMs, undefined, profiler?.start);
  await profiler?.stop();
  return {
    rate,
    backend,
    seconds,
    n: r.latency?.n ?? 0,
    p50: r.latency?.p50 ?? null,
    p95: r.latency?.p95 ?? null,
    p99: r.latency?.p99 ?? null,
    max: r.latency?.max ?? null,
    unlabelled: r.unlabelled,
    modelLoadMs: perf.loadMs,
    ...(r.unlabelled ? { note: `${r.unlabelled} comments still unlabelled ${Math.round(drainCapMs / 1000)} s after the load ended (percentiles cover the labelled ones)` } : {}),
  };
}

/** Sustained load; the offscreen document's (and its model worker's) and the service worker's heaps are sampled during it (the largest kept). */
export async function sustained(ctx: BenchContext, rate: number, seconds: number, drainCapMs: number): Promise<ThroughputRow> {
  await settle(ctx, 120_000);
  const peak: HeapMB = { offscreen: null, modelWorker: null, worker: null, sidepanel: null };
  let lastSample = 0;
  const sample = async () => {
    if (Date.now() - lastSample < 5000) return;
    lastSample = Date.now();
    const h = await ctx.heaps();
    for (const k of ['offscreen', 'modelWorker', 'worker', 'sidepanel'] as const) if (h[k] !== null) peak[k] = Math.max(peak[k] ?? 0, h[k]!);
  };
  const r = await load(ctx, `sustained${rate}`, rate, seconds, drainCapMs, sample);
  return { ...r, seconds, labelledWithin2sOfEnd: r.drainMs !== null && r.drainMs <= 2000, memoryMB: peak };
}
