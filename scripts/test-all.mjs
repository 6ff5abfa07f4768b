#!/usr/bin/env node
// `npm test`: type check, unit tests, production builds, then end-to-end tests in Debian's Chromium.
import { spawn } from 'node:child_process';
import { ensureSystemPackages } from './system-deps.mjs';

/**
 * Each step starts as soon as the steps it needs have passed. The end-to-end tests need only the
 * Chrome build, so they start a few seconds in and run beside the unit tests, the Firefox build and
 * the type check, which run at a lower priority (`nice`): the end-to-end tests replay chat in real
 * time and must not be starved, while the others only need to finish before them. The Firefox build
 * and the type check follow the Chrome build because a build rewrites .wxt/, which tsconfig.json
 * extends (each build empties only its own .output/<browser> folder).
 */
const STEPS = [
  { name: 'unit tests', cmd: 'npx vitest run', background: true },
  { name: 'build', cmd: 'npx wxt build' },
  { name: 'firefox build', cmd: 'npx wxt build -b firefox', after: ['build'], background: true },
  { name: 'type check', cmd: 'npx tsc --noEmit', after: ['firefox build'], background: true },
  { name: 'end-to-end tests', cmd: 'npx vitest run -c e2e/vitest.config.ts', after: ['build'], live: true },
];

/** Runs one step; all but the live one keep their output until the step ends (no interleaving). */
function step({ name, cmd, background, live }) {
  const started = Date.now();
  const full = background && process.platform !== 'win32' ? `nice -n 10 ${cmd}` : cmd;
  if (live) console.log(`\n── ${name}: ${full}`);
  return new Promise((resolve) => {
    const child = spawn(full, { shell: true, stdio: live ? 'inherit' : ['ignore', 'pipe', 'pipe'] });
    const out = [];
    child.stdout?.on('data', (d) => out.push(d));
    child.stderr?.on('data', (d) => out.push(d));
    child.on('close', (code) => {
      const s = ((Date.now() - started) / 1000).toFixed(1);
      if (!live) process.stdout.write(`\n── ${name}: ${full}\n${Buffer.concat(out).toString()}`);
      console.log(`${code === 0 ? '✓' : '✗'} ${name}: ${s} s${code === 0 ? '' : ` (exit ${code})`}`);
      resolve(code ?? 1);
    });
  });
}

if (!ensureSystemPackages('The end-to-end tests')) process.exit(1);
const t0 = Date.now();
const results = new Map();
/** A step's exit code; a step whose prerequisite failed does not run (undefined). */
function run(s) {
  if (!results.has(s.name))
    results.set(
      s.name,
      Promise.all((s.after ?? []).map((n) => run(STEPS.find((x) => x.name === n)))).then((codes) => (codes.every((c) => c === 0) ? step(s) : undefined)),
    );
  return results.get(s.name);
}
const codes = await Promise.all(STEPS.map(run));
const failed = STEPS.filter((s, i) => codes[i] !== 0);
if (failed.length) {
  for (const [i, s] of STEPS.entries()) if (codes[i] !== 0) console.error(`\n✗ ${s.name} ${codes[i] === undefined ? 'not run (a step it needs failed)' : `failed (exit ${codes[i]})`}`);
  process.exit(codes.find((c) => c) ?? 1);
}
console.log(`\n✓ all checks passed (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
