#!/usr/bin/env node
// Runs the VS Code API suite (test/vscode/) offline, in the extension host of the VS Code
// server that code-server 4.139.1 bundles (VS Code 1.139), the way @vscode/test-electron runs
// it in VS Code desktop:
//
// - code-server starts with `--vscode-option enable-smoke-test-driver`. Only then does a built
//   workbench honour the development options in its URL;
// - headless chromium opens the workbench at
//   `/?folder=<workspace>&payload=[["extensionDevelopmentPath","vscode-remote://<host>/<repo>"],
//   ["extensionTestsPath","vscode-remote://<host>/<repo>/out/vscode-test/index.js"]]`;
// - the workbench passes both to the server's (remote) extension host, which loads Storylint
//   from the repository and then calls the suite's `run()`;
// - when `run()` settles, the workbench calls `window.codeAutomationExit(code)`, which this
//   script exposes to the page; the suite also writes its results to a JSON file
//   ($STORYLINT_VSCODE_TEST_RESULTS, set in code-server's environment, which the extension
//   host inherits). The run passes only with exit code 0 *and* results saying at least one
//   test passed and none failed or was skipped.
//
//   node test/vscode/run-code-server.mjs [--no-build]
//
// `--no-build`: dist/ and out/vscode-test/ are already built (the vitest wrapper's global
// setup builds them). Code-server, Node 24 and playwright-core are installed into .e2e-cache/
// on first use (see test/e2e/vscode/code-server.mjs).
//
// Environment: STORYLINT_E2E_KEEP=1 keeps the temp folder; STORYLINT_E2E_CACHE moves the cache.
// Exit 0 when the suite passed, 1 otherwise. The last line is `[vscode-api] RESULT {json}`.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  bounded,
  checkSystem,
  closeChromium,
  CodeServer,
  createClock,
  ensureTools,
  fail,
  Failure,
  freePort,
  launchChromium,
  secs,
  tail,
  until,
} from '../e2e/vscode/code-server.mjs';
import { buildSuite, formatResults, makeWorkspace, readResults, REPO, suiteEnv, TESTS_ENTRY } from './harness.mjs';

const TAG = 'vscode-api';
const RUN_TIMEOUT_MS = 11 * 60_000;
const SUITE_TIMEOUT_MS = 6 * 60_000;
/** From the workbench showing to the suite's first write of its results file. */
const START_TIMEOUT_MS = 2 * 60_000;

const clock = createClock(TAG);
const { log, mark } = clock;

let tmp;
let server;
let context;
let cleanupPromise;
let summary = { ran: false };

function build() {
  if (process.argv.includes('--no-build')) return;
  const result = spawnSync('npm', ['run', 'build', '--silent'], { cwd: REPO, encoding: 'utf8', timeout: 5 * 60_000 });
  if (result.status !== 0) fail(`npm run build failed:\n${result.stdout}${result.stderr}`);
  return buildSuite().then(() => mark('built dist/ and the suite'));
}

async function main() {
  checkSystem(TAG);
  await ensureTools(clock);
  await build();
  for (const needed of [join(REPO, 'dist', 'client.js'), join(REPO, 'dist', 'server.js'), TESTS_ENTRY]) {
    if (!existsSync(needed)) fail(`${needed} is missing: build first (npm run build, then node test/vscode/build.mjs), or drop --no-build`);
  }
  tmp = mkdtempSync(join(tmpdir(), 'storylint-vscode-api-'));
  log(`temp folder ${tmp}`);
  const workspace = makeWorkspace(tmp);
  const results = join(tmp, 'results.json');

  server = new CodeServer(tmp, log);
  const port = await freePort();
  await server.start(port, workspace, {
    vscodeOptions: ['enable-smoke-test-driver'],
    env: suiteEnv({ results, logs: join(server.dataDir, 'logs') }),
  });
  mark('code-server up');

  context = await launchChromium(tmp);
  const page = context.pages()[0] ?? (await context.newPage());
  let reported; // the exit code, once the workbench calls codeAutomationExit
  let onExit;
  const exited = new Promise((resolve) => {
    onExit = resolve;
  });
  await page.exposeFunction('codeAutomationExit', (code, logs) => {
    // The workbench's own logs (window.log …), kept for a failing run.
    writeFileSync(join(tmp, 'workbench-logs.json'), JSON.stringify(logs ?? [], null, 2));
    reported = code;
    onExit(code);
  });
  const pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  mark('chromium up');

  const authority = `127.0.0.1:${port}`;
  const payload = [
    ['extensionDevelopmentPath', `vscode-remote://${authority}${REPO}`],
    ['extensionTestsPath', `vscode-remote://${authority}${TESTS_ENTRY}`],
  ];
  await page.goto(`http://${authority}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
  await page.locator('.monaco-workbench').waitFor({ state: 'visible' });
  mark('workbench up');

  await until(
    'the extension host to start the suite (no results file yet: were the development options in the URL ignored, or did Storylint fail to load?)',
    () => existsSync(results) || reported !== undefined,
    START_TIMEOUT_MS,
    500,
  );
  mark('the suite started');
  const hostExit = await bounded(`the suite to finish in the extension host (results so far: ${results})`, exited, SUITE_TIMEOUT_MS);
  mark(`extension host reported exit code ${hostExit}`);

  const outcome = readResults(results);
  if (outcome.results) console.log(formatResults(outcome.results));
  const stats = outcome.results?.stats ?? {};
  summary = { ran: Boolean(outcome.results), hostExit, passes: stats.passes ?? 0, failures: stats.failures ?? 0, pending: stats.pending ?? 0, vscode: outcome.results?.vscodeVersion };
  if (!outcome.ok) fail(outcome.reason);
  if (hostExit !== 0) fail(`the extension host reported exit code ${hostExit} although the results say every test passed`);
  if (pageErrors.length) log(`page errors (not failing the run): ${pageErrors.slice(0, 5).join(' | ')}`);
}

function cleanup() {
  cleanupPromise ??= (async () => {
    await closeChromium(context, log);
    await server?.stop();
  })();
  return cleanupPromise;
}

let watchdog;
let stoppedBy;
const overall = new Promise((_, reject) => {
  watchdog = setTimeout(() => reject(new Failure(`the whole run took longer than ${secs(RUN_TIMEOUT_MS)}`)), RUN_TIMEOUT_MS);
});
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    stoppedBy = signal;
    console.error(`[${TAG}] ${signal}: stopping code-server and chromium`);
    cleanup().finally(() => process.exit(1));
  });
}

let exitCode = 0;
try {
  await Promise.race([main(), overall]);
} catch (error) {
  exitCode = 1;
  const detail = error instanceof Failure ? error.message : String(error?.stack ?? error).replace(/\nBrowser logs:[\s\S]*?(?=\n    at |$)/, '');
  console.error(`[${TAG}] FAIL: ${stoppedBy ? `stopped by ${stoppedBy}` : detail}`);
  if (server) {
    console.error(`[${TAG}] code-server log ${server.logFile}:\n${tail(server.logFile, 15)}`);
    console.error(`[${TAG}] extension host logs under ${join(server.dataDir, 'logs')}`);
  }
} finally {
  clearTimeout(watchdog);
  await cleanup();
}

clock.printTimings();
if (exitCode === 0) {
  if (tmp && process.env.STORYLINT_E2E_KEEP !== '1') rmSync(tmp, { recursive: true, force: true });
  console.log(`[${TAG}] PASS: ${summary.passes} tests passed in code-server's extension host (VS Code ${summary.vscode}) in ${secs(Date.now() - clock.started)}`);
} else if (tmp) {
  console.error(`[${TAG}] kept ${tmp} for inspection`);
}
console.log(`[${TAG}] RESULT ${JSON.stringify({ ok: exitCode === 0, ...summary })}`);
process.exit(exitCode);
