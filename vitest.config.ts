import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    // Most tests are pure logic: setting up a DOM (happy-dom) for every file was the largest share of
    // the suite's time. Tests that need one say so in their first line: `// @vitest-environment happy-dom`.
    environment: 'node',
    // Vitest's default (cores − 1) is a single worker on a 2-core machine; most of a file's time is
    // setting up its environment and imports, which a second worker halves.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // Vitest's 5 s default is a timing threshold on this shared 2-core machine: under load a
    // database-heavy test (lib/background refiner) ran 5.4 s in the clean-clone CI and failed.
    testTimeout: 30_000,
    setupFiles: ['fake-indexeddb/auto'],
    include: ['lib/**/__tests__/**/*.test.{ts,tsx}', 'components/**/__tests__/**/*.test.{ts,tsx}', 'models/**/__tests__/**/*.test.ts', 'scripts/**/__tests__/**/*.test.ts', 'e2e/fixtures/**/__tests__/**/*.test.ts'],
  },
});
