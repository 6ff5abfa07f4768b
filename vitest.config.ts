import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    environment: 'happy-dom',
    setupFiles: ['fake-indexeddb/auto'],
    include: ['lib/**/__tests__/**/*.test.{ts,tsx}', 'components/**/__tests__/**/*.test.{ts,tsx}', 'models/**/__tests__/**/*.test.ts', 'scripts/**/__tests__/**/*.test.ts', 'e2e/fixtures/**/__tests__/**/*.test.ts'],
  },
});
