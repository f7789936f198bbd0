/**
 * The shared Vitest setup: tests live in test/, integration tests get time for databases to start,
 * and every run writes .test-results/vitest.json so `pnpm test` can add all suites into one line.
 */
import { defineConfig } from 'vitest/config';

export function motcuaVitestConfig(overrides = {}) {
  return defineConfig({
    test: {
      include: ['test/**/*.test.ts'],
      testTimeout: 60_000,
      hookTimeout: 180_000,
      // Suites start databases and servers; two cores are busy enough with one file at a time each.
      maxWorkers: 2,
      reporters: ['default', ['json', { outputFile: '.test-results/vitest.json' }]],
      ...overrides,
    },
  });
}
