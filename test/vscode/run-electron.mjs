#!/usr/bin/env node
// Runs the VS Code API suite (test/vscode/) in VS Code desktop with @vscode/test-electron:
//
//   npm run test:vscode
//
// VS Code comes from VSCODE_EXECUTABLE_PATH when set (a VS Code already on the machine), or is
// downloaded into .vscode-test/ (VSCODE_TEST_VERSION picks the version: `stable` by default,
// `insiders`, or a number such as `1.91.0`, the oldest engines.vscode allows). The download
// needs the network: without it this fails saying so; offline, `npm test` runs the same suite
// in code-server's extension host instead (test/vscode/run-code-server.mjs).
//
// On Linux without a display, run it under a virtual one: `xvfb-run -a npm run test:vscode`.
// Exit 0 when the suite passed, 1 otherwise.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSuite, formatResults, makeWorkspace, readResults, REPO, suiteEnv } from './harness.mjs';

const TAG = 'vscode-api';

function build() {
  const result = spawnSync('npm', ['run', 'build', '--silent'], { cwd: REPO, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('npm run build failed');
  return buildSuite();
}

async function main() {
  const started = Date.now();
  const extensionTestsPath = await build();
  const { runTests } = await import('@vscode/test-electron');

  const tmp = mkdtempSync(join(tmpdir(), 'storylint-vscode-electron-'));
  const workspace = makeWorkspace(tmp);
  const userData = join(tmp, 'user-data');
  const results = join(tmp, 'results.json');
  const vscodeExecutablePath = process.env.VSCODE_EXECUTABLE_PATH || undefined;
  if (vscodeExecutablePath && !existsSync(vscodeExecutablePath)) throw new Error(`VSCODE_EXECUTABLE_PATH=${vscodeExecutablePath} does not exist`);
  const version = process.env.VSCODE_TEST_VERSION || 'stable';
  console.log(`[${TAG}] VS Code ${vscodeExecutablePath ? `at ${vscodeExecutablePath}` : `${version} (downloaded into .vscode-test/ when missing)`}; workspace ${workspace}`);

  let exitCode = 0;
  let error;
  try {
    exitCode = await runTests({
      ...(vscodeExecutablePath ? { vscodeExecutablePath } : { version }),
      extensionDevelopmentPath: REPO,
      extensionTestsPath,
      extensionTestsEnv: suiteEnv({ results, logs: join(userData, 'logs') }),
      launchArgs: [
        workspace,
        '--disable-extensions', // other installed extensions stay out; the built-in ones (Markdown) stay in
        `--user-data-dir=${userData}`,
        `--extensions-dir=${join(tmp, 'extensions')}`,
        '--disable-telemetry',
      ],
    });
  } catch (e) {
    error = e;
  }

  const outcome = readResults(results);
  if (outcome.results) console.log(formatResults(outcome.results));
  const ok = !error && exitCode === 0 && outcome.ok;
  if (ok) {
    rmSync(tmp, { recursive: true, force: true });
    const { passes } = outcome.results.stats;
    console.log(`[${TAG}] PASS: ${passes} tests passed in VS Code ${outcome.results.vscodeVersion} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return 0;
  }
  if (error && !vscodeExecutablePath && !existsSync(userData)) {
    // VS Code never started: the download (or the version lookup) failed.
    rmSync(tmp, { recursive: true, force: true });
    console.error(
      `[${TAG}] FAIL: could not get VS Code ${version} (${error.message ?? error}). Set VSCODE_EXECUTABLE_PATH to a VS Code on this machine, ` +
        "or run the same suite offline in code-server's extension host: npm run test:vscode:code-server (part of npm test).",
    );
    return 1;
  }
  console.error(`[${TAG}] FAIL: ${error ? `${error.message ?? error}; ` : ''}${outcome.ok ? `VS Code exited with ${exitCode}` : outcome.reason}`);
  console.error(`[${TAG}] kept ${tmp} for inspection (logs under ${join(userData, 'logs')})`);
  return 1;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`[${TAG}] FAIL: ${error?.stack ?? error}`);
    process.exit(1);
  },
);
