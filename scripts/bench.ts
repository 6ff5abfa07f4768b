// `npm run bench`: the shipped models in the real browser (Debian Chromium, the built extension's
// model-lab page): load time, latency per batch size and comments/s on webgl, wasm and cpu, memory,
// and the transformers.js contender side by side. Writes bench/results/models-<date>.{json,md}.
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, type as osType, release } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM, launchWithExtension } from '../e2e/harness/launch';
import { heldOutTexts, openModelLab } from '../e2e/pages/model-lab';
import type { BenchRow, ModelLab } from '../lib/offscreen/model-lab';

const BATCHES = [1, 8, 32, 64];
// A benchmark build: the product plus the transformers.js contender (see wxt.config.ts).
const OUT = '.output-bench';
if (!existsSync(join(OUT, 'chrome-mv3/manifest.json')) || !process.argv.includes('--no-build'))
  execSync('npx wxt build', { stdio: ['ignore', 2, 2], env: { ...process.env, WXT_OUT_DIR: OUT, LC_BENCH: '1' } });

const texts = heldOutTexts(256);
const b = await launchWithExtension({ extensionDir: join(OUT, 'chrome-mv3') });
const rows: BenchRow[] = [];
try {
  const lab = await openModelLab(b);
  for (const [backend, runs] of [['webgl', 4], ['wasm', 4], ['cpu', 2]] as const) {
    console.error(`[bench] tfjs on ${backend}…`);
    rows.push(...(await lab.evaluate(([be, t, bs, r]) => (window as unknown as { modelLab: ModelLab }).modelLab.benchTfjs(be, t, bs, r), [backend, texts, BATCHES, runs] as const)));
  }
  console.error('[bench] transformers.js…');
  rows.push(...(await lab.evaluate(([t, bs, r]) => (window as unknown as { modelLab: ModelLab }).modelLab.benchTransformersJs(t, bs, r), [texts, BATCHES, 4] as const)));
} finally {
  await b.close();
}

const machine = {
  cpu: `${cpus()[0]?.model ?? 'unknown'} × ${cpus().length}`,
  memoryGiB: Math.round(totalmem() / 2 ** 30),
  os: `${osType()} ${release()}`,
  browser: execSync(`${CHROMIUM} --version 2>/dev/null`).toString().trim(),
  gpu: 'none: WebGL runs on SwiftShader, a CPU rasteriser, so webgl figures here say nothing about a real GPU',
};
const date = new Date().toISOString().slice(0, 10);
mkdirSync('bench/results', { recursive: true });
writeFileSync(`bench/results/models-${date}.json`, `${JSON.stringify({ date, machine, texts: texts.length, rows }, null, 2)}\n`);
const r1 = (n: number | undefined) => (n === undefined ? '' : String(Math.round(n * 10) / 10));
const md = [
  `# Model benchmark ${date}`,
  '',
  `Machine: ${machine.cpu}, ${machine.memoryGiB} GiB, ${machine.os}; ${machine.browser}. GPU: ${machine.gpu}.`,
  `Inputs: the first ${texts.length} lines of the frozen held-out split. Reproduce: \`npm run bench\`.`,
  '',
  '| model | backend | batch | load ms | mean ms/batch | p95 ms | comments/s | JS heap MB | tensors MB | note |',
  '|---|---|---|---|---|---|---|---|---|---|',
  ...rows.map((r) => `| ${r.model} | ${r.backend} | ${r.batch} | ${r.loadMs} | ${r1(r.meanMs)} | ${r1(r.p95Ms)} | ${r1(r.itemsPerSec)} | ${r1(r.heapMB)} | ${r1(r.tensorMB)} | ${r.note ?? ''} |`),
  '',
].join('\n');
writeFileSync(`bench/results/models-${date}.md`, md);
process.stdout.write(md);
