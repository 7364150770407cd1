/**
 * The packaged .vsix in a real VS Code workbench (code-server 4.139.1 = VS Code 1.139.1),
 * driven by Debian chromium through playwright-core: diagnostic squiggle, Problems row, code
 * lens, the outcome-rewrite quick fix applied through Ctrl+. and saved with Ctrl+S; the
 * saved file is checked on disk. All the work is in test/e2e/vscode/run.mjs (also
 * `npm run test:e2e`); its first run installs Node 24 and code-server (~800 MB, ~3 min) into
 * .e2e-cache/, and it needs `apt-get install -y chromium libkrb5-dev` (.ci/run does both).
 * Part of `npm test`; STORYLINT_E2E_VSCODE=0 skips it for a quick local run.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const repo = join(__dirname, '..', '..');
const enabled = process.env.STORYLINT_E2E_VSCODE !== '0';
if (!enabled)
  console.warn(
    '[e2e] SKIPPED: the VS Code workbench test (code-server + chromium) did not run, because STORYLINT_E2E_VSCODE=0',
  );

describe.runIf(enabled)('VS Code workbench (code-server + chromium)', () => {
  it(
    'shows the diagnostic and code lens, applies the outcome rewrite and saves it',
    () => {
      let output = '';
      try {
        output = execFileSync(process.execPath, [join(repo, 'test', 'e2e', 'vscode', 'run.mjs'), '--no-build'], {
          cwd: repo,
          encoding: 'utf8',
          stdio: ['ignore', 'pipe', 'pipe'],
          timeout: 15 * 60_000,
          killSignal: 'SIGTERM',
        });
      } catch (error) {
        const e = error as { status?: number | null; signal?: string | null; stdout?: string; stderr?: string };
        expect.fail(`run.mjs exited with status ${e.status ?? e.signal}:\n${e.stdout ?? ''}\n${e.stderr ?? ''}`);
      }
      expect(output).toContain('[e2e] PASS');
    },
    16 * 60_000,
  );
});
