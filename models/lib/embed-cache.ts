/**
 * USE embeddings for training/eval, cached on disk so re-running training does not re-embed
 * thousands of lines on a 2-core CPU. One store for training and distillation: the binary
 * append-only records of models/student/embedding-store.ts (keyed by the exact encoder input and the
 * encoder's own files), which also reads the older JSON cache (models/.cache/use-embeddings.json).
 * The JSON cache was rewritten whole after every run; at ≈ 100k lines it outgrew what one JS string
 * can hold, so nothing is written to it any more.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { UseEncoder } from '../../lib/ml/use-encoder';
import { englishForEncoder } from '../../lib/ml/features/encoder-input';
import type { GlossDict } from '../../lib/ml/features/zh-gloss';
import { USE_DIM } from '../../lib/ml/features/head-input';
import { VENDORED_ASSETS } from '../../lib/ml/platform/node-assets';
import { encoderId, openEmbeddingStore, type EmbeddingStore } from '../student/embedding-store';
import { ROOT } from './data';

/** The sentence encoder's files (vendored from npm): they key the cache. */
const USE_FILES = ['model.json', 'vocab.json'];

/** The disk cache of sentence embeddings (models/.cache/student's records, then the older JSON cache). */
export function embeddingStore(): EmbeddingStore {
  const dir = join(ROOT, 'models', '.cache', 'student');
  mkdirSync(dir, { recursive: true });
  const id = encoderId(USE_FILES.map((f) => readFileSync(join(ROOT, 'node_modules', VENDORED_ASSETS['use/'] ?? '', f))));
  return openEmbeddingStore(dir, id, join(ROOT, 'models', '.cache', 'use-embeddings.json'));
}

export async function embedAll(enc: UseEncoder, texts: string[], gloss: GlossDict | null = null, batch = 64): Promise<(Float32Array | null)[]> {
  const store = embeddingStore();
  const cached = store.wrap(enc);
  const inputs = texts.map((t) => englishForEncoder(t, gloss));
  const unique = [...new Set(inputs.filter((t): t is string => t !== null))];
  const todo = unique.filter((t) => !store.has(t)).length;
  if (todo) process.stderr.write(`embedding ${todo} new lines (${unique.length - todo} cached)\n`);
  const byInput = new Map<string, Float32Array>();
  let fresh = 0;
  for (let i = 0; i < unique.length; i += batch) {
    const chunk = unique.slice(i, i + batch);
    const missing = chunk.filter((t) => !store.has(t)).length;
    const data = await cached.embed(chunk);
    chunk.forEach((t, j) => byInput.set(t, data.slice(j * USE_DIM, (j + 1) * USE_DIM)));
    fresh += missing;
    if (missing && Math.floor(fresh / 640) !== Math.floor((fresh - missing) / 640)) process.stderr.write(`embedded ${fresh}/${todo}\n`);
  }
  return inputs.map((t) => (t === null ? null : byInput.get(t) ?? null));
}
