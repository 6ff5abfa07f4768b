/**
 * The shipped models for offline commands: the same lib/ml runtime the extension's offscreen
 * document runs (tfjs wasm in Node, cpu as fallback), fastText language id, weights from
 * public/models and node_modules. Progress and problems go to stderr only.
 */
import '../../lib/ml/platform/node-quiet-console';
import { getLIDModel } from 'fasttext.wasm.js';
import { fastTextLid } from '../../lib/ml/features/lid';
import type { MlBackendChoice } from '../../lib/ml/labels';
import { nodeLoadAsset } from '../../lib/ml/platform/node-assets';
import { createMlRuntime, type MlRuntime } from '../../lib/ml/runtime';

export async function nodeMlRuntime(backend: MlBackendChoice = 'auto', lid = true): Promise<MlRuntime> {
  const rt = createMlRuntime({
    loadAsset: nodeLoadAsset(process.cwd()),
    backend,
    createLid: lid ? async () => fastTextLid(await getLIDModel()) : undefined,
  });
  const status = await rt.init();
  process.stderr.write(`ml: ${status.state} on ${status.backend ?? 'none'}${status.message ? ` (${status.message})` : ''}\n`);
  return rt;
}
