#!/usr/bin/env node
// `npm test`: type check, unit tests, production build, then end-to-end tests in Debian's Chromium.
import { spawnSync } from 'node:child_process';
import { ensureSystemPackages } from './system-deps.mjs';

const steps = [
  ['type check', 'npx tsc --noEmit'],
  ['unit tests', 'npx vitest run'],
  ['build', 'npx wxt build'],
  ['firefox build', 'npx wxt build -b firefox'],
  ['end-to-end tests', 'npx vitest run -c e2e/vitest.config.ts'],
];

if (!ensureSystemPackages('The end-to-end tests')) process.exit(1);
for (const [name, cmd] of steps) {
  console.log(`\n── ${name}: ${cmd}`);
  const r = spawnSync(cmd, { shell: true, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`\n✗ ${name} failed (exit ${r.status})`);
    process.exit(r.status ?? 1);
  }
}
console.log('\n✓ all checks passed');
