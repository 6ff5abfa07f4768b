/**
 * The transformers.js contender: a small transformer trained here from scratch (models/tjs/train_tiny.py;
 * its size is in the folder's config.json), run by @xenova/transformers (onnxruntime wasm) from a
 * local folder, fully offline. One model emits 14 logits: 11 intent then 3 sentiment (config.json
 * live_copilot slices).
 */
import { AutoModelForSequenceClassification, AutoTokenizer, env } from '@xenova/transformers';
import { INTENTS, SENTIMENTS } from './labels';
import { softmax } from './postprocess';
import type { HeadScores } from './runtime';

export const TINY_MODEL = 'chat-tiny';
export const TINY_MAX_LEN = 48;

export interface TinyOptions {
  /** Folder (URL in the extension, path in Node) holding `<name>/{config,tokenizer}.json, onnx/model.onnx`. */
  localModelPath: string;
  /** Where onnxruntime-web finds ort-wasm*.wasm (extension: runtime.getURL('ort/')). */
  wasmPaths?: string;
  /** Model folder name under localModelPath (default TINY_MODEL; the distilled one is 'chat-tiny-student'). */
  name?: string;
}

export interface TinyTransformer { scores(texts: string[]): Promise<HeadScores[]> }

interface LogitsOut { logits: { data: Float32Array; dims: number[] } }

export async function loadTinyTransformer(opts: TinyOptions): Promise<TinyTransformer> {
  env.allowRemoteModels = false;
  env.allowLocalModels = true;
  env.useBrowserCache = false;
  env.localModelPath = opts.localModelPath;
  if (opts.wasmPaths) env.backends.onnx.wasm.wasmPaths = opts.wasmPaths;
  env.backends.onnx.wasm.numThreads = 1;
  const tokenizer = await AutoTokenizer.from_pretrained(opts.name ?? TINY_MODEL);
  const model = await AutoModelForSequenceClassification.from_pretrained(opts.name ?? TINY_MODEL, { quantized: false });
  const ni = INTENTS.length;
  const ns = SENTIMENTS.length;
  return {
    async scores(texts: string[]): Promise<HeadScores[]> {
      if (texts.length === 0) return [];
      const inputs = tokenizer(texts, { padding: true, truncation: true, max_length: TINY_MAX_LEN });
      const out = (await model(inputs)) as LogitsOut;
      const k = out.logits.dims[1] ?? ni + ns;
      return texts.map((_t, i) => {
        const row = out.logits.data.subarray(i * k, (i + 1) * k);
        return { intent: softmax(row.subarray(0, ni)), sentiment: softmax(row.subarray(ni, ni + ns)) };
      });
    },
  };
}
