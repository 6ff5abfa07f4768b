import { defineConfig } from 'wxt';

// Content scripts declare their own matches; host permissions are the union of them (minimal set).
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // WXT_OUT_DIR lets parallel builds (several test runs on one machine) keep separate outputs.
  outDir: process.env.WXT_OUT_DIR ?? '.output',
  webExt: { disabled: true },
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
