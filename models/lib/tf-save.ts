/** Saves a tfjs LayersModel as model.json + weights.bin (tfjs-node cannot be installed here). */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as tf from '@tensorflow/tfjs';

export async function saveLayersModel(model: tf.LayersModel, dir: string, meta: Record<string, object>): Promise<number> {
  mkdirSync(dir, { recursive: true });
  let bytes = 0;
  await model.save(
    tf.io.withSaveHandler(async (a) => {
      const data = a.weightData;
      if (!data || Array.isArray(data)) throw new Error('expected one weight buffer');
      writeFileSync(join(dir, 'weights.bin'), new Uint8Array(data));
      bytes = data.byteLength;
      const json = {
        format: 'layers-model',
        generatedBy: a.generatedBy,
        convertedBy: null,
        modelTopology: a.modelTopology,
        weightsManifest: [{ paths: ['weights.bin'], weights: a.weightSpecs }],
        userDefinedMetadata: meta,
      };
      writeFileSync(join(dir, 'model.json'), JSON.stringify(json));
      return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: 'JSON' } };
    }),
  );
  return bytes;
}
