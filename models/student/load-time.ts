/**
 * How long the fast tier takes to become ready in Node on wasm: createMlRuntime({ fast, accurate:
 * 'off' }).init() — the student, the feature tables and the encoder vocabulary (the extension's
 * offscreen document loads the same files; `npm run bench` measures it there). Prints ms per run.
 *   npx tsx models/student/load-time.ts [runs]
 */
import '../../lib/ml/platform/node-quiet-console';
import { createMlRuntime } from '../../lib/ml/runtime';
import { nodeLoadAsset } from '../../lib/ml/platform/node-assets';
import { ROOT } from '../lib/data';

const runs = Number(process.argv[2] ?? 3);
const ms: number[] = [];
for (let i = 0; i < runs; i += 1) {
  const rt = createMlRuntime({ loadAsset: nodeLoadAsset(ROOT), backend: 'wasm', fast: true, accurate: 'off' });
  const t0 = performance.now();
  const st = await rt.init();
  ms.push(Math.round(performance.now() - t0));
  if (st.state !== 'ready' || !rt.has('fast')) throw new Error(`not ready: ${st.message ?? ''}`);
  rt.dispose();
}
process.stdout.write(`${JSON.stringify({ initMs: ms })}\n`);
