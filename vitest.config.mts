import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['server/src/**/*.test.ts', 'test/**/*.test.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    // Property tests and CLI runs are CPU-bound; two workers match the CI machine.
    maxWorkers: 2,
    testTimeout: 60_000,
  },
});
