/** Saves a tfjs LayersModel as model.json + weights.bin (tfjs-node cannot be installed here). */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { toFloat16 } from './float16';

/**
 * `float16`: float32 weights are stored as IEEE halves (tfjs decodes them on load; half the bytes —
 * the student ships in the extension and loads on every start).
 */
export async function saveLayersModel(model: tf.LayersModel, dir: string, meta: Record<string, object>, opts: { float16?: boolean } = {}): Promise<number> {
  mkdirSync(dir, { recursive: true });
  let bytes = 0;
  await model.save(
    tf.io.withSaveHandler(async (a) => {
      const data = a.weightData;
      if (!data || Array.isArray(data)) throw new Error('expected one weight buffer');
      let bin: Uint8Array = new Uint8Array(data);
      let specs = a.weightSpecs ?? [];
      if (opts.float16) {
        if (specs.some((w) => w.dtype !== 'float32')) throw new Error('float16 storage needs float32 weights');
        bin = new Uint8Array(toFloat16(new Float32Array(data)).buffer);
        specs = specs.map((w) => ({ ...w, quantization: { dtype: 'float16' as const } }));
      }
      writeFileSync(join(dir, 'weights.bin'), bin);
      bytes = bin.byteLength;
      const json = {
        format: 'layers-model',
        generatedBy: a.generatedBy,
        convertedBy: null,
        modelTopology: a.modelTopology,
        weightsManifest: [{ paths: ['weights.bin'], weights: specs }],
        userDefinedMetadata: meta,
      };
      writeFileSync(join(dir, 'model.json'), JSON.stringify(json));
      return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: 'JSON' } };
    }),
  );
  return bytes;
}
