// `npm run bench`: every benchmark in the real browser (Debian Chromium, the built extension with its
// bench-only lab page), through the real pipeline where it says so: the backend 'auto' picks, the
// models per backend and batch size, IndexedDB writes, summary, capture → label latency per backend,
// the side panel's frame times, capture bursts and sustained load. Writes bench/results/latest.json
// and latest.md (and dated copies). Options: --quick (short runs, written to bench/results/quick/),
// --no-build (reuse .output-bench), --only SUITE,… (run only these of: models, idb, summary, latency,
// panel, capture, sustained, slow — the webgl/cpu latency; written to bench/results/only/, never over
// latest), --settings JSON (saved as the options page would before anything runs, e.g.
// '{"questionWaitS":3600}': experiments; written to bench/results/only/ too). A full run takes
// about 8 minutes on a 2-core machine.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { installDemoSite } from '../e2e/harness/demo-site';
import { launchWithExtension } from '../e2e/harness/launch';
import { freePort } from '../bench/harness/cdp-memory';
import { openLab } from '../bench/harness/lab';
import { serveLoadPages } from '../bench/harness/load-page';
import { loadNow, machine } from '../bench/harness/machine';
import { writeResults, type BenchResults } from '../bench/harness/results';
import { makeContext, modelsReady } from '../bench/suites/context';
import { modelSpeeds } from '../bench/suites/models';
import { panelFrames } from '../bench/suites/panel';
import { captureBursts, latencyOn, sustained, type LatencyRow, type ThroughputRow } from '../bench/suites/pipeline';

const { values: args } = parseArgs({ options: { quick: { type: 'boolean', default: false }, 'no-build': { type: 'boolean', default: false }, only: { type: 'string' }, settings: { type: 'string' } } });
const quick = args.quick === true;
const SUITES = ['models', 'idb', 'summary', 'latency', 'panel', 'capture', 'sustained', 'slow'] as const;
const only = args.only ? new Set(args.only.split(',').map((x) => x.trim())) : null;
for (const x of only ?? []) if (!(SUITES as readonly string[]).includes(x)) {
  process.stderr.write(`unknown suite "${x}" (one of: ${SUITES.join(', ')})\n`);
  process.exit(2);
}
const want = (suite: (typeof SUITES)[number]) => !only || only.has(suite);
const OUT = '.output-bench';
const EXPERIMENT_ENV = ['LC_NO_MINIFY', 'BENCH_PIPE_PROFILE', 'BENCH_LOAD_PAGE_CSS', 'BENCH_PANEL_PROFILE', 'BENCH_LATENCY_RATE'];
const t0 = Date.now();
const m = machine();

if (!existsSync(join(OUT, 'chrome-mv3/manifest.json')) || !args['no-build'])
  execSync('npx wxt build', { stdio: ['ignore', 2, 2], env: { ...process.env, WXT_OUT_DIR: OUT, LC_BENCH: '1' } });

const port = await freePort();
// A fresh profile: 'auto' measures the backends on this first load, as on a new install.
const b = await launchWithExtension({ extensionDir: join(OUT, 'chrome-mv3'), measure: true, extraArgs: ['--enable-precise-memory-info', `--remote-debugging-port=${port}`] });
const errors: string[] = [];
let results: BenchResults | undefined;
try {
  await installDemoSite(b.context, 1);
  await serveLoadPages(b.context);
  const ctx = makeContext(b, await openLab(b), port, quick);
  const step = async <T>(name: string, run: () => Promise<T>, fallback: T): Promise<T> => {
    ctx.log(`${name}…`);
    try {
      return await run();
    } catch (e) {
      const msg = e instanceof Error ? e.message.split('\n')[0]! : String(e);
      errors.push(`${name}: ${msg}`);
      ctx.log(`${name} failed: ${msg}`);
      return fallback;
    }
  };

  // --settings '{"questionWaitS":3600}': saved as the options page would, before anything runs (experiments).
  if (args.settings) await ctx.lab.call('settings', JSON.parse(args.settings) as Record<string, unknown>);
  const first = await step('auto backend', () => modelsReady(ctx), null);
  const measurement = await ctx.lab.call('measurement');
  const models = want('models') ? await step('models', () => modelSpeeds(ctx), []) : [];
  const idb = want('idb') ? await step('idb writes', () => ctx.lab.call('idbWrites', { events: quick ? 2000 : 10_000, batch: 50, labelBatch: 64 }), null) : null;
  const summary = want('summary') ? await step('summary', () => ctx.lab.call('summary', [10_000, 100_000]), { missing: 'failed' }) : { missing: 'not run (--only)' };
  const latency: LatencyRow[] = [];
  // BENCH_LATENCY_RATE: the wasm latency run at another chat rate (experiments: a quiet chat).
  const latencyRate = Number(process.env.BENCH_LATENCY_RATE ?? 100);
  const wasm = want('latency') ? await step('latency wasm', () => latencyOn(ctx, 'wasm', latencyRate, quick ? 10 : 30, 30_000), null) : null;
  if (wasm) latency.push(wasm);
  const panel = want('panel') ? await step('panel frames', () => panelFrames(ctx, 200, quick ? 5 : 10), null) : null;
  const capture = want('capture') ? await step('capture bursts', () => captureBursts(ctx, [50, 200, 500, 1000], quick ? 2 : 5), []) : [];
  const throughput: ThroughputRow[] = [];
  for (const [rate, secs, cap] of !want('sustained') ? [] : quick ? [[500, 10, 30_000], [1000, 5, 30_000]] : [[500, 60, 150_000], [1000, 30, 90_000]]) {
    const r = await step(`sustained ${rate}/s`, () => sustained(ctx, rate!, secs!, cap!), null);
    if (r) throughput.push(r);
  }
  // Slow backends last: at 100 msg/s their backlog only grows, so they run briefly and drain for a while.
  for (const backend of want('slow') ? (['webgl', 'cpu'] as const) : []) {
    const r = await step(`latency ${backend}`, () => latencyOn(ctx, backend, 100, quick ? 2 : 5, quick ? 30_000 : 90_000), null);
    if (r) latency.push(r);
  }
  const perf = await ctx.lab.call('mlPerf').catch(() => null);
  const peak = (k: 'offscreen' | 'modelWorker' | 'worker') => throughput.reduce<number | null>((a, t) => (t.memoryMB[k] === null ? a : Math.max(a ?? 0, t.memoryMB[k]!)), null);
  results = {
    date: new Date(t0).toISOString(),
    // Experiment switches (bench/harness, bench/suites) are part of what was run.
    command: `${EXPERIMENT_ENV.filter((k) => process.env[k]).map((k) => `${k}='${process.env[k]}' `).join('')}npm run bench${quick || only || args.settings ? ' --' : ''}${quick ? ' --quick' : ''}${only ? ` --only ${[...only].join(',')}` : ''}${args.settings ? ` --settings '${args.settings}'` : ''}`,
    quick,
    durationS: Math.round((Date.now() - t0) / 1000),
    machine: { ...m, loadAvg: { start: m.loadAvg.start, end: loadNow() } },
    autoBackend: measurement ? { picked: measurement.picked, reference: measurement.reference, ms: measurement.ms, trials: measurement.trials } : null,
    modelLoadMs: { firstLoad: first?.perf.loadMs ?? null, byBackend: Object.fromEntries(latency.map((l) => [l.backend, l.modelLoadMs])) },
    capture,
    latency,
    throughput,
    models,
    idbWritesPerSec: idb?.eventsPerSec ?? null,
    idb,
    panelFrameMs: panel,
    summary,
    memoryMB: { offscreen: peak('offscreen'), modelWorker: peak('modelWorker'), worker: peak('worker'), sidepanel: panel?.sidepanelMB ?? null },
    labelCache: perf?.labels ?? null,
    errors,
  };
} finally {
  await b.close();
}
if (results) {
  const files = writeResults(results, only || args.settings ? 'bench/results/only' : undefined);
  process.stderr.write(`[bench] wrote ${files.join(', ')}\n`);
}
