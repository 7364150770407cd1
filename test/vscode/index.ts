/**
 * The test runner VS Code loads in its extension host (`--extensionTestsPath`): runs the
 * suites with Mocha, in the order below (activation must come first: it watches Storylint
 * start), and resolves only when every test passed. With $STORYLINT_VSCODE_TEST_RESULTS set
 * it also writes what happened there as JSON, for runners that cannot see the extension
 * host's console or exit code (test/vscode/harness.mjs reads it).
 * Its own environment: STORYLINT_VSCODE_TEST_RESULTS, STORYLINT_VSCODE_LOGS (the folder with
 * the extension host log), STORYLINT_VSCODE_GREP.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Mocha from 'mocha';
import { version as vscodeVersion } from 'vscode';

export const SUITES = [
  'activation',
  'diagnostics',
  'quick-fixes',
  'fix-all-on-save',
  'settings',
  'snippets',
  'commands',
  'completion',
  'extension-host-log',
];

interface TestRecord {
  fullTitle: string;
  state: 'passed' | 'failed' | 'pending';
  duration?: number;
  error?: string;
}

export function run(): Promise<void> {
  const resultsFile = process.env.STORYLINT_VSCODE_TEST_RESULTS;
  // STORYLINT_VSCODE_GREP runs only the tests whose full title matches (while working on one suite).
  const grep = process.env.STORYLINT_VSCODE_GREP;
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 60_000, reporter: 'spec', ...(grep ? { grep } : {}) });
  for (const name of SUITES) mocha.addFile(join(__dirname, 'suite', `${name}.test.js`));

  const tests: TestRecord[] = [];
  const stats = { passes: 0, failures: 0, pending: 0, duration: 0 };
  const started = Date.now();
  const write = (finished: boolean) => {
    stats.duration = Date.now() - started;
    if (resultsFile)
      writeFileSync(resultsFile, `${JSON.stringify({ finished, vscodeVersion, stats, tests }, null, 2)}\n`);
  };

  write(false); // tells the runner the suite has started
  return new Promise((resolve, reject) => {
    try {
      const runner = mocha.run((failures) => {
        write(true);
        if (failures > 0) reject(new Error(`${failures} of ${tests.length} VS Code API tests failed`));
        else if (stats.passes === 0) reject(new Error('no VS Code API test ran'));
        else resolve();
      });
      runner.on('pass', (test) => {
        stats.passes++;
        tests.push({ fullTitle: test.fullTitle(), state: 'passed', duration: test.duration ?? 0 });
        write(false);
      });
      runner.on('fail', (test, error: Error) => {
        stats.failures++;
        tests.push({
          fullTitle: test.fullTitle(),
          state: 'failed',
          duration: test.duration ?? 0,
          error: error.stack ?? String(error),
        });
        write(false);
      });
      runner.on('pending', (test) => {
        stats.pending++;
        tests.push({ fullTitle: test.fullTitle(), state: 'pending' });
        write(false);
      });
    } catch (error) {
      // A suite that throws while loading: report it as a failure rather than dying silently.
      stats.failures++;
      tests.push({ fullTitle: 'loading the suites', state: 'failed', error: (error as Error).stack ?? String(error) });
      write(true);
      reject(error);
    }
  });
}
