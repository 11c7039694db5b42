import { defineConfig } from 'vitest/config';

/**
 * Three tiers (ARCHITECTURE.md): unit tests of pure code, integration tests against a real
 * PostgreSQL (embedded by default, external when TEST_DB=external), and browser journeys.
 * `npm test` (scripts/test.mjs) runs each tier and prints one summary.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: [
            'server/src/**/*.test.ts',
            'contracts/src/**/*.test.ts',
            'web/src/**/*.test.ts',
            'scripts/**/*.test.ts',
          ],
          exclude: ['**/*.int.test.ts'],
        },
      },
      {
        test: {
          name: 'int',
          include: ['server/src/**/*.int.test.ts', 'server/test/**/*.int.test.ts'],
          globalSetup: ['server/test/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          // Runs the built server and CLI as real processes: kill -9, a second Corium, signals.
          name: 'process',
          include: ['server/test/process/**/*.process.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['e2e/**/*.e2e.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
