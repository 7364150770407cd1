// What both runners of the VS Code API suite share: building the suite, the workspace it opens,
// the environment it reads, and reading back what it reported.
//
//   test/vscode/run-electron.mjs     (npm run test:vscode)  VS Code desktop via @vscode/test-electron
//   test/vscode/run-code-server.mjs  (npm test, offline)    code-server's extension host
//
// The suite (test/vscode/index.ts, suite/*.test.ts) runs inside the extension host; it writes
// its results as JSON to $STORYLINT_VSCODE_TEST_RESULTS and looks for the extension host log
// under $STORYLINT_VSCODE_LOGS.

import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
export const REPO = resolve(HERE, '../..');
/** Where the bundled suite goes: inside the repository, so the extension host maps it to Storylint. */
export const OUT = join(REPO, 'out', 'vscode-test');
export const TESTS_ENTRY = join(OUT, 'index.js');

/** Bundles test/vscode/index.ts and each suite with esbuild; `vscode` and `mocha` stay external. */
export async function buildSuite() {
  const { build } = await import('esbuild');
  const suites = readdirSync(join(HERE, 'suite')).filter((f) => f.endsWith('.test.ts'));
  await build({
    entryPoints: [join(HERE, 'index.ts'), ...suites.map((f) => join(HERE, 'suite', f))],
    outdir: OUT,
    outbase: HERE,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    external: ['vscode', 'mocha'],
    sourcemap: 'inline',
    logLevel: 'warning',
  });
  return TESTS_ENTRY;
}

/** A fresh copy of examples/ with the suite's own story files (test/vscode/workspace/) over it. */
export function makeWorkspace(tmp) {
  const workspace = join(tmp, 'workspace');
  mkdirSync(workspace, { recursive: true });
  cpSync(join(REPO, 'examples'), workspace, { recursive: true });
  const overlay = join(HERE, 'workspace');
  cpSync(overlay, workspace, { recursive: true, filter: (path) => relative(overlay, path) !== 'README.md' });
  return workspace;
}

/** The environment the suite reads in the extension host. */
export function suiteEnv({ results, logs }) {
  return { STORYLINT_VSCODE_TEST_RESULTS: results, STORYLINT_VSCODE_LOGS: logs };
}

/**
 * The results the suite wrote, or a reason why there are none. `ok` only when the suite ran,
 * at least one test passed, and none failed or was skipped.
 */
export function readResults(file) {
  if (!existsSync(file)) return { ok: false, reason: `the suite never reported (no ${file}): it did not run, or the extension host died first` };
  let results;
  try {
    results = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    return { ok: false, reason: `unreadable results ${file}: ${error.message}` };
  }
  const { passes = 0, failures = 0, pending = 0 } = results.stats ?? {};
  if (!results.finished) return { ok: false, results, reason: `the suite stopped before its end (${passes} passed, ${failures} failed so far)` };
  if (failures > 0) return { ok: false, results, reason: `${failures} of ${passes + failures + pending} tests failed` };
  if (pending > 0) return { ok: false, results, reason: `${pending} tests were skipped` };
  if (passes === 0) return { ok: false, results, reason: 'no test ran' };
  return { ok: true, results };
}

/** The suite's tests one a line, failures with their message. */
export function formatResults(results) {
  const lines = [];
  for (const t of results.tests ?? []) {
    const mark = t.state === 'passed' ? '✓' : t.state === 'failed' ? '✗' : '-';
    lines.push(`  ${mark} ${t.fullTitle} (${t.duration ?? 0} ms)`);
    if (t.error) lines.push(...t.error.split('\n').slice(0, 30).map((l) => `      ${l}`));
  }
  const { passes = 0, failures = 0, pending = 0, duration = 0 } = results.stats ?? {};
  lines.push(`  ${passes} passed, ${failures} failed, ${pending} skipped in ${(duration / 1000).toFixed(1)} s (VS Code ${results.vscodeVersion ?? '?'})`);
  return lines.join('\n');
}
