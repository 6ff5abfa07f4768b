/**
 * Experiment helper: the cached USE-lite sentence embeddings of each line of a fit data dir's sets,
 * in the order dump-tokens.ts wrote their texts (<set>.texts.json), as <set>.use.f32 ([n, 512]
 * float32; zeros where a line has no encoder input or no cached embedding — <set>.usemask.u8).
 * Reads the disk cache only; runs no encoder. Run after dump-tokens.ts:
 *   npx tsx models/student/dump-use.ts models/.cache/student/fit-XXXX
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { englishForEncoder } from '../../lib/ml/features/encoder-input';
import { FEATURE_ASSETS } from '../../lib/ml/heads';
import { USE_DIM } from '../../lib/ml/features/head-input';
import type { GlossDict } from '../../lib/ml/features/zh-gloss';
import { ROOT } from '../lib/data';
import { embeddingStore } from './teacher';

async function main(): Promise<void> {
  const dir = process.argv[2] ?? '';
  const gloss = JSON.parse(readFileSync(join(ROOT, 'public', 'models', FEATURE_ASSETS.gloss), 'utf8')) as GlossDict;
  const store = embeddingStore();
  const missing = new Float32Array(0);
  const enc = store.wrap({ embed: async () => missing, dispose: () => {} });
  for (const name of ['pool', 'dev', 'ucidev']) {
    const texts = JSON.parse(readFileSync(join(dir, `${name}.texts.json`), 'utf8')) as string[];
    const inputs = texts.map((t) => englishForEncoder(t, gloss));
    const mask = Uint8Array.from(inputs, (x) => (x !== null && store.has(x) ? 1 : 0));
    const keep = inputs.filter((x, i): x is string => x !== null && mask[i] === 1);
    const vecs = await enc.embed(keep);
    const out = new Float32Array(texts.length * USE_DIM);
    let j = 0;
    mask.forEach((m, i) => {
      if (!m) return;
      out.set(vecs.subarray(j * USE_DIM, (j + 1) * USE_DIM), i * USE_DIM);
      j += 1;
    });
    writeFileSync(join(dir, `${name}.use.f32`), Buffer.from(out.buffer));
    writeFileSync(join(dir, `${name}.usemask.u8`), Buffer.from(mask.buffer));
    process.stderr.write(`${name}: ${texts.length} lines, ${keep.length} with an embedding\n`);
  }
}
main().catch((e: unknown) => { process.stderr.write(`${String(e)}\n`); process.exit(1); });
