import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'calendars/**/*.test.ts', 'db/**/*.test.ts', 'schemas/**/*.test.ts'],
    exclude: ['node_modules/**', 'test/bench/**'],
    globalSetup: ['./test/support/global-setup.ts'],
    reporters: ['default', './test/support/count-reporter.ts'],
    // Generous: CI machines have two cores, and browser and solve tests share them.
    testTimeout: 90_000,
    hookTimeout: 60_000,
    // Two cores: PGlite is CPU-heavy; two workers keep the machine responsive.
    pool: 'forks',
    maxWorkers: 2,
  },
});
