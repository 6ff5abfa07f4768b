/**
 * What the fast tier's first load spends, part by part, in Node on wasm (each part timed on its own,
 * in the order the runtime starts them; the runtime runs them concurrently, so its total is at most
 * their sum): the tfjs wasm backend, the student (model.json + float16 weights), each feature table
 * (read + parse), the encoder vocabulary and its tokenizer, the fastText language id. Prints ms.
 *   npx tsx models/student/load-parts.ts
 */
import '../../lib/ml/platform/node-quiet-console';
import * as tf from '@tensorflow/tfjs';
import { getLIDModel } from 'fasttext.wasm.js';
import { Tokenizer } from '@tensorflow-models/universal-sentence-encoder';
import { assetHandler, loadJson, loadText } from '../../lib/ml/platform/asset-io';
import { selectBackend } from '../../lib/ml/platform/backend';
import { nodeLoadAsset } from '../../lib/ml/platform/node-assets';
import { parseZhLexicon } from '../../lib/ml/features/zh-lexicon';
import { fastTextLid } from '../../lib/ml/features/lid';
import { FEATURE_ASSETS } from '../../lib/ml/heads';
import { STUDENT } from '../../lib/ml/student';

const load = nodeLoadAsset(process.cwd());
const ms: Record<string, number> = {};
async function part(name: string, fn: () => Promise<unknown>): Promise<void> {
  const t0 = performance.now();
  await fn();
  ms[name] = Math.round(performance.now() - t0);
}
await part('wasmBackend', () => selectBackend('wasm'));
await part('student', () => tf.loadLayersModel(assetHandler(load, STUDENT.dir)));
await part('emoji', () => loadJson(load, FEATURE_ASSETS.emoji));
await part('ccCedictGloss', () => loadJson(load, FEATURE_ASSETS.gloss));
await part('zhLexicon', async () => parseZhLexicon(await loadText(load, FEATURE_ASSETS.zhLexicon)));
await part('useVocabTokenizer', async () => new Tokenizer(await loadJson<[string, number][]>(load, 'use/vocab.json')));
await part('calibration', () => loadJson(load, FEATURE_ASSETS.calibration));
await part('fastTextLid', async () => fastTextLid(await getLIDModel()));
process.stdout.write(`${JSON.stringify({ ms, sum: Object.values(ms).reduce((a, b) => a + b, 0) })}\n`);
