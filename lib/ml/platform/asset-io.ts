/**
 * tfjs IOHandlers over an injected asset loader, so the same code loads weights from the extension
 * package (fetch of runtime.getURL) and from disk (CLI, tests) and never from the network.
 */
import type { io } from '@tensorflow/tfjs';

/** Loads a file shipped under models/ (path relative to that folder). */
export type LoadAsset = (path: string) => Promise<ArrayBuffer | string>;

export async function loadText(loadAsset: LoadAsset, path: string): Promise<string> {
  const v = await loadAsset(path);
  return typeof v === 'string' ? v : new TextDecoder('utf-8').decode(v);
}

export async function loadJson<T>(loadAsset: LoadAsset, path: string): Promise<T> {
  return JSON.parse(await loadText(loadAsset, path)) as T;
}

export async function loadBinary(loadAsset: LoadAsset, path: string): Promise<ArrayBuffer> {
  const v = await loadAsset(path);
  if (typeof v === 'string') throw new Error(`${path}: expected binary data, got text`);
  return v;
}

interface ModelJson {
  modelTopology?: object;
  format?: string;
  generatedBy?: string;
  convertedBy?: string | null;
  weightsManifest: { paths: string[]; weights: io.WeightsManifestEntry[] }[];
  signature?: object;
  userDefinedMetadata?: Record<string, object>;
}

/** An IOHandler reading `<dir>/model.json` and the shards it lists, all through loadAsset. */
export function assetHandler(loadAsset: LoadAsset, dir: string): io.IOHandler {
  return {
    load: async (): Promise<io.ModelArtifacts> => {
      const json = await loadJson<ModelJson>(loadAsset, `${dir}/model.json`);
      const paths = json.weightsManifest.flatMap((g) => g.paths);
      const buffers = await Promise.all(paths.map((p) => loadBinary(loadAsset, `${dir}/${p}`)));
      const total = buffers.reduce((s, b) => s + b.byteLength, 0);
      const weightData = new Uint8Array(total);
      let off = 0;
      for (const b of buffers) {
        weightData.set(new Uint8Array(b), off);
        off += b.byteLength;
      }
      return {
        modelTopology: json.modelTopology,
        format: json.format,
        generatedBy: json.generatedBy,
        convertedBy: json.convertedBy ?? undefined,
        weightSpecs: json.weightsManifest.flatMap((g) => g.weights),
        weightData: weightData.buffer,
        signature: json.signature,
        userDefinedMetadata: json.userDefinedMetadata,
      };
    },
  };
}
