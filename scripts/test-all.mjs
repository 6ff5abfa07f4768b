#!/usr/bin/env node
// `npm test`: type check, unit tests, production build, then end-to-end tests in Debian's Chromium.
import { execSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function ensureChromium() {
  if (existsSync(chromium)) return;
  const root = process.getuid?.() === 0;
  const apt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (!root || !apt) {
    console.error(`End-to-end tests need Chromium at ${chromium}. Install it with:  sudo apt-get install -y chromium  (or set CHROMIUM_PATH).`);
    process.exit(1);
  }
  console.log('Installing Debian chromium (needed by the end-to-end tests)…');
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null', { stdio: 'inherit' });
}

const steps = [
  ['type check', 'npx tsc --noEmit'],
  ['unit tests', 'npx vitest run'],
  ['build', 'npx wxt build'],
  ['firefox build', 'npx wxt build -b firefox'],
  ['end-to-end tests', 'npx vitest run -c e2e/vitest.config.ts'],
];

ensureChromium();
for (const [name, cmd] of steps) {
  console.log(`\n── ${name}: ${cmd}`);
  const r = spawnSync(cmd, { shell: true, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`\n✗ ${name} failed (exit ${r.status})`);
    process.exit(r.status ?? 1);
  }
}
console.log('\n✓ all checks passed');
