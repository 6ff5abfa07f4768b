/**
 * A disk cache of USE-lite embeddings for distillation: the sentence encoder is the teacher's
 * costliest part and does not change when a head is retrained, so the pool is embedded once and a
 * new teacher relabels it by running its heads alone. Keyed by the exact encoder input string and by
 * the encoder's own files (a different USE-lite gets a different cache). Appended as it is computed,
 * so an interrupted run keeps what it had.
 */
import { createHash } from 'node:crypto';
import { appendFileSync, existsSync, readFileSync, truncateSync } from 'node:fs';
import { join } from 'node:path';
import { USE_DIM } from '../../lib/ml/features/head-input';
import type { UseEncoder } from '../../lib/ml/use-encoder';

export interface EmbeddingStore { wrap(enc: UseEncoder): UseEncoder; size(): number; has(input: string): boolean }

/** sha256 prefix of the encoder's graph and vocabulary files. */
export function encoderId(files: Buffer[]): string {
  const h = createHash('sha256');
  for (const f of files) h.update(f);
  return h.digest('hex').slice(0, 12);
}

/** One record per text: u32 byte length, the UTF-8 key, then 512 float32 (little-endian). */
function encodeRecords(keys: string[], data: Float32Array): Buffer {
  const parts: Buffer[] = [];
  keys.forEach((k, j) => {
    const key = Buffer.from(k, 'utf8');
    const head = Buffer.alloc(4);
    head.writeUInt32LE(key.length, 0);
    const vec = Buffer.alloc(USE_DIM * 4);
    for (let d = 0; d < USE_DIM; d += 1) vec.writeFloatLE(data[j * USE_DIM + d] ?? 0, d * 4);
    parts.push(head, key, vec);
  });
  return Buffer.concat(parts);
}

/**
 * `shared`: the models' training cache (models/lib/embed-cache.ts: sha1 of the encoder input ->
 * embedding rounded to 1e-6), consulted after this store's own records.
 */
export function openEmbeddingStore(dir: string, id: string, shared?: string): EmbeddingStore {
  const file = join(dir, `use-${id}.emb`);
  const cache = new Map<string, Float32Array>();
  const bySha1 = new Map<string, Float32Array>();
  if (shared && existsSync(shared)) {
    for (const [k, v] of Object.entries(JSON.parse(readFileSync(shared, 'utf8')) as Record<string, number[]>)) {
      if (v.length === USE_DIM) bySha1.set(k, Float32Array.from(v));
    }
  }
  const get = (t: string): Float32Array | undefined => cache.get(t) ?? bySha1.get(createHash('sha1').update(t).digest('hex'));
  if (existsSync(file)) {
    const buf = readFileSync(file);
    let at = 0;
    while (at + 4 <= buf.length) {
      const len = buf.readUInt32LE(at);
      const end = at + 4 + len + USE_DIM * 4;
      if (end > buf.length) break;
      const key = buf.toString('utf8', at + 4, at + 4 + len);
      const vec = new Float32Array(USE_DIM);
      for (let d = 0; d < USE_DIM; d += 1) vec[d] = buf.readFloatLE(at + 4 + len + d * 4);
      cache.set(key, vec);
      at = end;
    }
    // A write cut short leaves a partial record: drop it so the next append starts on a boundary.
    if (at < buf.length) truncateSync(file, at);
  }
  return {
    size: () => cache.size + bySha1.size,
    has: (input) => get(input) !== undefined,
    wrap: (enc) => ({
      async embed(texts: string[]): Promise<Float32Array> {
        const out = new Float32Array(texts.length * USE_DIM);
        const todo = [...new Set(texts.filter((t) => get(t) === undefined))];
        if (todo.length) {
          const data = await enc.embed(todo);
          appendFileSync(file, encodeRecords(todo, data));
          todo.forEach((t, j) => cache.set(t, data.slice(j * USE_DIM, (j + 1) * USE_DIM)));
        }
        texts.forEach((t, i) => out.set(get(t) as Float32Array, i * USE_DIM));
        return out;
      },
      dispose: () => enc.dispose(),
    }),
  };
}
