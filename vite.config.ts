import { defineConfig } from 'vitest/config';

// One config for the test runner; the extension has its own build script (extension/build.ts)
// because each content script must be a self-contained IIFE bundle.
export default defineConfig({
  test: {
    include: ['**/*.test.ts'],
    exclude: ['node_modules/**', 'dist/**', 'schoolscan-out/**'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
