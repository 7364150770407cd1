import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['server/src/**/*.test.ts', 'test/**/*.test.ts'],
    // test/vscode/ holds Mocha suites for VS Code's extension host (they import `vscode`);
    // test/e2e/vscode-api.e2e.test.ts runs them there.
    exclude: [...configDefaults.exclude, 'test/vscode/**'],
    globalSetup: ['test/support/global-setup.ts'],
    // Property tests and CLI runs are CPU-bound; two workers match the CI machine.
    maxWorkers: 2,
    testTimeout: 60_000,
  },
});
