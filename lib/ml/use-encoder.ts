/**
 * Universal Sentence Encoder Lite (English, 512-d) run from shipped files: the graph model plus the
 * package's SentencePiece tokenizer, fed the same sparse inputs the upstream `embed` builds.
 */
import * as tf from '@tensorflow/tfjs';
import { Tokenizer } from '@tensorflow-models/universal-sentence-encoder';
import { assetHandler, loadJson, type LoadAsset } from './asset-io';

export interface UseEncoder {
  /** [texts.length, 512] embeddings as one row-major array. */
  embed(texts: string[]): Promise<Float32Array>;
  dispose(): void;
}

export const USE_DIR = 'use';

export async function loadUseEncoder(loadAsset: LoadAsset, dir = USE_DIR): Promise<UseEncoder> {
  const [model, vocab] = await Promise.all([
    tf.loadGraphModel(assetHandler(loadAsset, dir)),
    loadJson<[string, number][]>(loadAsset, `${dir}/vocab.json`),
  ]);
  const tokenizer = new Tokenizer(vocab);
  return {
    async embed(texts: string[]): Promise<Float32Array> {
      if (texts.length === 0) return new Float32Array(0);
      const encodings = texts.map((t) => tokenizer.encode(t));
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
    },
    dispose: () => model.dispose(),
  };
}
