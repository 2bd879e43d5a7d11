import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'calendars/**/*.test.ts', 'db/**/*.test.ts', 'schemas/**/*.test.ts'],
    exclude: ['node_modules/**', 'test/bench/**'],
    globalSetup: ['./test/support/global-setup.ts'],
    reporters: ['default', './test/support/count-reporter.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Two cores: PGlite is CPU-heavy; two workers keep the machine responsive.
    pool: 'forks',
    maxWorkers: 2,
  },
});
