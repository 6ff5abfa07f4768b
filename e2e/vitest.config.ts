import { defineConfig } from 'vitest/config';

// End-to-end tests drive Debian's Chromium with the built extension: one browser at a time.
export default defineConfig({
  test: {
    include: ['e2e/tests/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    maxWorkers: 1,
  },
});
