/**
 * The VS Code API suite (test/vscode/: Mocha suites calling the `vscode` API) run offline in
 * the extension host of the VS Code server that code-server 4.139.1 bundles (VS Code 1.139.1).
 * All the work is in test/vscode/run-code-server.mjs (also `npm run test:vscode:code-server`);
 * it shares the cached install of Node 24 and code-server in .e2e-cache/ with the workbench
 * test (vscode.e2e.test.ts) and needs `apt-get install -y chromium libkrb5-dev`.
 * `npm run test:vscode` runs the same suite in VS Code desktop through @vscode/test-electron.
 * Part of `npm test`; STORYLINT_E2E_VSCODE=0 (every code-server test) or
 * STORYLINT_E2E_VSCODE_API=0 (this one) skips it, saying so.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const repo = join(__dirname, '..', '..');
const skippedBy = ['STORYLINT_E2E_VSCODE', 'STORYLINT_E2E_VSCODE_API'].find((name) => process.env[name] === '0');
if (skippedBy)
  console.warn(`[vscode-api] SKIPPED: the VS Code API suite (test/vscode/) did not run, because ${skippedBy}=0`);

interface Result {
  ok: boolean;
  ran: boolean;
  passes: number;
  failures: number;
  pending: number;
}

describe.skipIf(skippedBy)("VS Code API suite in code-server's extension host", () => {
  it(
    'runs every Mocha suite of test/vscode/ and all of them pass',
    () => {
      let output = '';
      try {
        output = execFileSync(process.execPath, [join(repo, 'test', 'vscode', 'run-code-server.mjs'), '--no-build'], {
          cwd: repo,
          encoding: 'utf8',
          stdio: ['ignore', 'pipe', 'pipe'],
          timeout: 12 * 60_000,
          killSignal: 'SIGTERM',
        });
      } catch (error) {
        const e = error as { status?: number | null; signal?: string | null; stdout?: string; stderr?: string };
        expect.fail(
          `run-code-server.mjs exited with status ${e.status ?? e.signal}:\n${e.stdout ?? ''}\n${e.stderr ?? ''}`,
        );
      }
      const line = /^\[vscode-api\] RESULT (.*)$/m.exec(output);
      expect(line, output).not.toBeNull();
      const result = JSON.parse(line![1]!) as Result;
      expect(result, output).toMatchObject({ ok: true, ran: true, failures: 0, pending: 0 });
      expect(result.passes, output).toBeGreaterThan(0);
      console.log(/^\[vscode-api\] PASS: .*$/m.exec(output)?.[0]);
    },
    13 * 60_000,
  );
});
