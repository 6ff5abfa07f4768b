#!/usr/bin/env node
// `npm test`: type check, unit tests, production builds, then end-to-end tests in Debian's Chromium.
import { spawn } from 'node:child_process';
import { ensureSystemPackages } from './system-deps.mjs';

/**
 * Lanes run side by side, the steps of a lane one after another. Vitest runs one worker on a
 * 2-core machine (cores − 1), so the builds and the type check take the other core meanwhile. The
 * type check follows the builds because a build rewrites .wxt/, which tsconfig.json extends. The
 * end-to-end tests run alone afterwards: they replay chat in real time and must not be starved.
 */
const phases = [
  [
    [['unit tests', 'npx vitest run']],
    [
      ['build', 'npx wxt build'],
      ['firefox build', 'npx wxt build -b firefox'],
      ['type check', 'npx tsc --noEmit'],
    ],
  ],
  [[['end-to-end tests', 'npx vitest run -c e2e/vitest.config.ts']]],
];

/** Runs one step; a lane other than the first keeps its output until the step ends (no interleaving). */
function step([name, cmd], live) {
  const started = Date.now();
  if (live) console.log(`\n── ${name}: ${cmd}`);
  return new Promise((resolve) => {
    const child = spawn(cmd, { shell: true, stdio: live ? 'inherit' : ['ignore', 'pipe', 'pipe'] });
    const out = [];
    child.stdout?.on('data', (d) => out.push(d));
    child.stderr?.on('data', (d) => out.push(d));
    child.on('close', (code) => {
      const s = ((Date.now() - started) / 1000).toFixed(1);
      if (!live) process.stdout.write(`\n── ${name}: ${cmd}\n${Buffer.concat(out).toString()}`);
      console.log(`${code === 0 ? '✓' : '✗'} ${name}: ${s} s${code === 0 ? '' : ` (exit ${code})`}`);
      resolve(code ?? 1);
    });
  });
}

async function lane(steps, live) {
  for (const s of steps) {
    const code = await step(s, live);
    if (code !== 0) return { name: s[0], code };
  }
  return undefined;
}

if (!ensureSystemPackages('The end-to-end tests')) process.exit(1);
const t0 = Date.now();
for (const lanes of phases) {
  const failed = (await Promise.all(lanes.map((l, i) => lane(l, i === 0)))).filter(Boolean);
  if (failed.length) {
    for (const f of failed) console.error(`\n✗ ${f.name} failed (exit ${f.code})`);
    process.exit(failed[0].code);
  }
}
console.log(`\n✓ all checks passed (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
