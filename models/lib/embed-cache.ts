/**
 * USE embeddings for training/eval, cached on disk by text hash (models/.cache, not committed) so
 * re-running training does not re-embed thousands of lines on a 2-core CPU.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { UseEncoder } from '../../lib/ml/use-encoder';
import { englishForEncoder } from '../../lib/ml/features/encoder-input';
import type { GlossDict } from '../../lib/ml/features/zh-gloss';
import { USE_DIM } from '../../lib/ml/features/head-input';
import { ROOT } from './data';

const DIR = join(ROOT, 'models', '.cache');
const keyOf = (t: string): string => createHash('sha1').update(t).digest('hex');

export async function embedAll(enc: UseEncoder, texts: string[], gloss: GlossDict | null = null, batch = 64): Promise<(Float32Array | null)[]> {
  mkdirSync(DIR, { recursive: true });
  const file = join(DIR, 'use-embeddings.json');
  const cache: Record<string, number[]> = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, number[]>) : {};
  const inputs = texts.map((t) => englishForEncoder(t, gloss));
  const todo = [...new Set(inputs.filter((t): t is string => t !== null && !cache[keyOf(t)]))];
  for (let i = 0; i < todo.length; i += batch) {
    const chunk = todo.slice(i, i + batch);
    const data = await enc.embed(chunk);
    chunk.forEach((t, j) => {
      cache[keyOf(t)] = Array.from(data.subarray(j * USE_DIM, (j + 1) * USE_DIM), (v) => Math.round(v * 1e6) / 1e6);
    });
    if ((i / batch) % 10 === 0) process.stderr.write(`embedded ${Math.min(i + batch, todo.length)}/${todo.length}\n`);
  }
  if (todo.length) writeFileSync(file, JSON.stringify(cache));
  return inputs.map((t) => (t === null ? null : Float32Array.from(cache[keyOf(t)] ?? [])));
}
