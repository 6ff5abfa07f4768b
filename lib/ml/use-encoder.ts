/**
 * Universal Sentence Encoder Lite (English, 512-d) run from shipped files: the graph model plus the
 * package's SentencePiece tokenizer, fed the same sparse inputs the upstream `embed` builds.
 */
import * as tf from '@tensorflow/tfjs';
import { Tokenizer } from '@tensorflow-models/universal-sentence-encoder';
import { assetHandler, loadJson, type LoadAsset } from './platform/asset-io';
import { Lru } from '../realtime/lru';

export interface UseEncoder {
  /** [texts.length, 512] embeddings as one row-major array. */
  embed(texts: string[]): Promise<Float32Array>;
  dispose(): void;
}

export const USE_DIR = 'use';
const DIM = 512;
/**
 * Sentences per graph call. The graph pads every sentence of a call to the longest one, so calls
 * are made of sentences of similar token length (sorted first): on the wasm backend this cuts the
 * encoder's CPU time per sentence by about a third against unsorted calls of 8–64, and 16 was the
 * cheapest size (measured in Node on corpus lines; the outputs differ by < 1e-6).
 */
export const USE_CALL = 16;

/** Indices of `lengths` in calls of at most `size`, each call holding sentences of similar length. */
export function lengthBuckets(lengths: readonly number[], size = USE_CALL): number[][] {
  const order = lengths.map((_l, i) => i).sort((a, b) => (lengths[a] ?? 0) - (lengths[b] ?? 0) || a - b);
  const calls: number[][] = [];
  for (let i = 0; i < order.length; i += size) calls.push(order.slice(i, i + size));
  return calls;
}

export async function loadUseEncoder(loadAsset: LoadAsset, dir = USE_DIR): Promise<UseEncoder> {
  const [model, vocab] = await Promise.all([
    tf.loadGraphModel(assetHandler(loadAsset, dir)),
    loadJson<[string, number][]>(loadAsset, `${dir}/vocab.json`),
  ]);
  const tokenizer = new Tokenizer(vocab);
  async function call(encodings: number[][]): Promise<Float32Array> {
    const flatIdx: number[] = [];
    encodings.forEach((enc, i) => enc.forEach((_v, j) => flatIdx.push(i, j)));
    const indices = tf.tensor2d(flatIdx, [flatIdx.length / 2, 2], 'int32');
    const values = tf.tensor1d(encodings.flat(), 'int32');
    const out = (await model.executeAsync({ indices, values })) as tf.Tensor;
    indices.dispose();
    values.dispose();
    const data = (await out.data()) as Float32Array;
    out.dispose();
    return data;
  }
  return {
    async embed(texts: string[]): Promise<Float32Array> {
      const result = new Float32Array(texts.length * DIM);
      if (texts.length === 0) return result;
      const encodings = texts.map((t) => tokenizer.encode(t));
      for (const idx of lengthBuckets(encodings.map((e) => e.length))) {
        const data = await call(idx.map((i) => encodings[i] as number[]));
        idx.forEach((i, j) => result.set(data.subarray(j * DIM, (j + 1) * DIM), i * DIM));
      }
      return result;
    },
    dispose: () => model.dispose(),
  };
}

/**
 * Remembers the embeddings of the last `capacity` distinct encoder inputs. Labelling embeds every
 * line, and the question queue asks for the questions' embeddings right after: those come from
 * here instead of a second pass through the encoder. Repeats within one call are encoded once.
 */
export function withEmbeddingCache(enc: UseEncoder, capacity: number): UseEncoder {
  const cache = new Lru<string, Float32Array>(capacity);
  return {
    async embed(texts: string[]): Promise<Float32Array> {
      const out = new Float32Array(texts.length * DIM);
      const wanted = new Map<string, number[]>();
      texts.forEach((t, i) => {
        const hit = cache.get(t);
        if (hit) out.set(hit, i * DIM);
        else wanted.set(t, [...(wanted.get(t) ?? []), i]);
      });
      if (!wanted.size) return out;
      const missing = [...wanted.keys()];
      const data = await enc.embed(missing);
      missing.forEach((t, j) => {
        const v = data.slice(j * DIM, (j + 1) * DIM);
        cache.set(t, v);
        for (const i of wanted.get(t) ?? []) out.set(v, i * DIM);
      });
      return out;
    },
    dispose: () => {
      cache.clear();
      enc.dispose();
    },
  };
}
