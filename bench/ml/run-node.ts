/**
 * Node benchmark of the shipped runtime on the frozen test lines, per backend available in Node.
 * Run: npx tsx bench/ml/run-node.ts   (the browser/webgl run is wired by the extension e2e harness)
 */
import '../../lib/ml/platform/node-quiet-console';
import { performance } from 'node:perf_hooks';
import { createMlRuntime } from '../../lib/ml/runtime';
import { nodeLoadAsset } from '../../lib/ml/platform/node-assets';
import { loadSplit } from '../../models/lib/data';
import { chunk, timeBatches } from './timing';

async function main(): Promise<void> {
  const texts = loadSplit('test').map((r) => r.text).slice(0, 512);
  for (const backend of ['wasm', 'cpu'] as const) {
    const rt = createMlRuntime({ loadAsset: nodeLoadAsset(process.cwd()), backend });
    const t0 = performance.now();
    const st = await rt.init();
    const loadMs = performance.now() - t0;
    const stats = await timeBatches((b: string[]) => rt.classify(b), chunk(texts, 64), () => performance.now());
    process.stdout.write(`${JSON.stringify({ backend: st.backend, loadMs: Math.round(loadMs), batch: 64, ...stats })}\n`);
    rt.dispose();
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
  process.exit(1);
});
