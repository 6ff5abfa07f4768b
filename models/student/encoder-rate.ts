/**
 * How fast the teacher's sentence encoder (USE-lite, wasm) embeds lines it has never seen: the cost of
 * adding new lines to the distillation pool (each needs the teacher's labels, hence its embedding).
 * Run: npx tsx models/student/encoder-rate.ts [N]   (N synthetic English review-style lines, default 256)
 */
import '../../lib/ml/platform/node-quiet-console';
import { createMlRuntime } from '../../lib/ml/runtime';
import { nodeLoadAsset } from '../../lib/ml/platform/node-assets';
import { ROOT } from '../lib/data';

async function main(): Promise<void> {
  const n = Number(process.argv[2] ?? '256');
  const rt = createMlRuntime({ loadAsset: nodeLoadAsset(ROOT), backend: 'wasm', batchSize: 128, fast: false, accurate: 'eager', blend: 0 });
  const st = await rt.init();
  if (st.state !== 'ready') throw new Error(st.message ?? 'teacher failed to load');
  const w = ['arrived', 'fits', 'battery', 'color', 'strap', 'box', 'sound', 'charger', 'fabric', 'zip'];
  // Numbered so that no line is in any cache.
  const texts = Array.from({ length: n }, (_, i) => `the ${w[i % 10]} ${i % 3 ? 'was fine after' : 'broke within'} ${i + 2} days, ${w[(i * 7) % 10]} review number ${i}`);
  const t0 = Date.now();
  await rt.embed(texts);
  const s = (Date.now() - t0) / 1000;
  process.stdout.write(`${n} lines in ${s.toFixed(1)} s = ${(n / s).toFixed(1)} lines/s\n`);
  rt.dispose();
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
  process.exit(1);
});
