#!/usr/bin/env node
// End-to-end test of the packaged extension in a real VS Code workbench (code-server),
// driven by Debian chromium through playwright-core. Offline: code-server, Node 24 and
// playwright-core come from the npm registry once, into .e2e-cache/ (see
// test/e2e/vscode/package.json and node24/package.json, both with lock files).
//
//   node test/e2e/vscode/run.mjs          (npm run test:e2e)
//
// Environment:
//   STORYLINT_E2E_TIMEOUT_MS  bound on the whole run (default 13 minutes)
//   STORYLINT_E2E_KEEP=1      keep the temp folder even when the run passes
//   STORYLINT_E2E_CACHE       cache folder (default <repo>/.e2e-cache)
//
// Exit 0 when every check passed, 1 otherwise (with the reason and a screenshot path).

import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
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
  REPO,
  secs,
  STEP_TIMEOUT_MS,
  until,
} from './code-server.mjs';

const RUN_TIMEOUT_MS = Number(process.env.STORYLINT_E2E_TIMEOUT_MS || 13 * 60_000);
const SCREENSHOT = join(REPO, 'docs', 'images', 'vscode.png');

const FIX_TITLE = 'Rewrite as an outcome story (keep the request as the proposed solution)';
const REQUEST = 'add a dropdown to choose the pickup store';
const STORY = `## Pickup\n\n**Who:** returning shopper\n**Outcome:** ${REQUEST}\n**Why:** people pick the wrong store\n`;

const clock = createClock('e2e');
const { log, mark } = clock;

// State the cleanup needs.
let tmp;
let server; // the code-server (its own process group)
let context; // playwright browser context (persistent: owns the browser)
let page;
let cleanupPromise;

// ---------------------------------------------------------------------------------------
// Package and workspace

/**
 * `--no-build` (what the vitest wrapper passes): dist/ is already built by the test run's
 * global setup, and rebuilding it here would overwrite it under the other tests; vsce then
 * packages the existing bundles into a temp folder.
 */
function packageExtension(tmp) {
  const { version } = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8'));
  const noBuild = process.argv.includes('--no-build');
  const vsix = noBuild ? join(tmp, `storylint-${version}.vsix`) : join(REPO, `storylint-${version}.vsix`);
  rmSync(vsix, { force: true });
  const result = noBuild
    ? spawnSync(join(REPO, 'node_modules', '.bin', 'vsce'), ['package', '--no-dependencies', '--out', vsix], { cwd: REPO, encoding: 'utf8', timeout: 5 * 60_000 })
    : spawnSync('npm', ['run', 'package'], { cwd: REPO, encoding: 'utf8', timeout: 5 * 60_000 });
  if (result.status !== 0 || !existsSync(vsix)) {
    fail(`npm run package failed (status ${result.status}) or did not write ${vsix}:\n${(result.stdout + result.stderr).slice(-3000)}`);
  }
  return vsix;
}

function makeWorkspace() {
  const workspace = join(tmp, 'workspace');
  cpSync(join(REPO, 'examples'), workspace, { recursive: true });
  mkdirSync(join(workspace, 'stories'), { recursive: true });
  writeFileSync(join(workspace, 'stories', 'e2e.story.md'), STORY);
  return workspace;
}

// ---------------------------------------------------------------------------------------
// The workbench

async function drive(port, workspace) {
  context = await launchChromium(tmp);
  page = context.pages()[0] ?? (await context.newPage());
  const pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  mark('chromium up');

  await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}`, { timeout: STEP_TIMEOUT_MS });
  await page.locator('.monaco-workbench').waitFor({ state: 'visible' });
  mark('workbench up');

  // Open the file by clicking it in the Explorer (Quick Open was flaky).
  const explorerRow = (name) =>
    page.locator('.explorer-folders-view .monaco-list-row').filter({ has: page.locator('.label-name', { hasText: new RegExp(`^${name.replace(/\./g, '\\.')}$`) }) });
  const stories = explorerRow('stories');
  try {
    await stories.waitFor({ state: 'visible', timeout: 20_000 });
  } catch {
    await page.keyboard.press('Control+Shift+E'); // bring the Explorer forward
    await stories.waitFor({ state: 'visible' });
  }
  mark('Explorer shows stories/');
  const file = explorerRow('e2e.story.md');
  await until('stories/ expanded in the Explorer', async () => {
    if (await file.isVisible()) return true;
    if ((await stories.getAttribute('aria-expanded')) !== 'true') await stories.click();
    return false;
  }, STEP_TIMEOUT_MS, 500);
  await file.click();
  const editor = page.locator('.editor-instance .monaco-editor').first();
  await page.locator('.tabs-container .tab.active', { hasText: 'e2e.story.md' }).waitFor({ state: 'visible' });
  log('  tab open');
  await editor.locator('.view-line', { hasText: REQUEST }).waitFor({ state: 'visible' });
  mark('story opened from the Explorer');

  await editor.locator('.squiggly-warning').first().waitFor({ state: 'visible' });
  mark('warning squiggle in the editor');

  // Lenses are re-rendered as the server refreshes them (briefly blank while resolving), so
  // poll until one reads "Value n/m …".
  let lensesSeen = [];
  const lensText = await until('a visible code lens "Value n/m …"', async () => {
    lensesSeen = [];
    for (const lens of await editor.locator('.codelens-decoration').all()) {
      const text = ((await lens.textContent()) ?? '').replace(/\s+/g, ' ').trim();
      lensesSeen.push(text);
      if (/^Value \d+\/\d+/.test(text) && (await lens.isVisible())) return text;
    }
    return undefined;
  }).catch((error) => fail(`${error.message}; lenses seen: ${JSON.stringify(lensesSeen)}`));
  mark(`code lens "${lensText}"`);

  await page.keyboard.press('Control+Shift+M');
  // A Problems row's aria-label carries severity, message, position and source ("generated by
  // storylint"); VS Code 1.139 leaves the diagnostic code out of it and shows it in the row,
  // "storylint(output-focused)". Check both.
  const rows = page.locator('.markers-panel .monaco-list-row');
  let seen = [];
  const problem = await until('a Problems row for output-focused from storylint', async () => {
    seen = [];
    for (const row of await rows.all()) {
      const aria = (await row.getAttribute('aria-label')) ?? '';
      const text = (await row.innerText()).replace(/\s+/g, ' ').trim();
      seen.push(`aria-label=${JSON.stringify(aria)} text=${JSON.stringify(text)}`);
      const fromStorylint = /\bstorylint\b/.test(aria) && /\bstorylint\b/.test(text);
      const isOutputFocused = aria.includes('output-focused') || /\boutput-focused\b/.test(text);
      if (aria.startsWith('Warning:') && fromStorylint && isOutputFocused) return { aria, text };
    }
    return undefined;
  }).catch((error) => fail(`${error.message}; rows seen:\n  ${seen.join('\n  ')}`));
  mark('Problems row for storylint output-focused');
  log(`  row text:   ${problem.text}\n  aria-label: ${problem.aria}`);

  // Put the cursor on the output-focused squiggle: the one on the Outcome line.
  const line = await editor.locator('.view-line', { hasText: REQUEST }).boundingBox();
  const squiggle = await until('a warning squiggle on the Outcome line', async () => {
    for (const s of await editor.locator('.squiggly-warning').all()) {
      const box = await s.boundingBox();
      if (box && line && box.y < line.y + line.height && box.y + box.height > line.y) return box;
    }
    return undefined;
  });
  await page.mouse.click(squiggle.x + Math.min(40, squiggle.width / 2), line.y + line.height / 2);
  // The light bulb shows once the code actions at the cursor are known; Ctrl+. pressed before
  // that can come back empty, so wait for it and press again until the menu lists the fix.
  // (VS Code 1.139 draws it in the glyph margin: .glyph-margin-widgets .codicon-gutter-lightbulb*.)
  const lightBulb = editor.locator('.glyph-margin-widgets [class*="codicon-gutter-lightbulb"], .contentWidgets .lightBulbWidget[class*="codicon-"]');
  await lightBulb.first().waitFor({ state: 'visible', timeout: 15_000 }).catch(() => log('no light bulb seen; trying Ctrl+. anyway'));
  const action = page.locator('.action-widget .monaco-list-row').filter({ hasText: FIX_TITLE });
  let presses = 0;
  await until('the Quick Fix menu (Ctrl+.) listing the rewrite', async () => {
    if (presses > 0) await page.keyboard.press('Escape');
    presses++;
    await page.keyboard.press('Control+.');
    return action.first().waitFor({ state: 'visible', timeout: 5_000 }).then(() => true);
  }, STEP_TIMEOUT_MS, 0);
  if (presses > 1) log(`Quick Fix menu needed ${presses} presses of Ctrl+.`);
  // Evidence for the README: squiggle, code lens, Problems row, Quick Fix menu.
  await page.screenshot({ path: join(tmp, 'vscode.png') });
  mark('Quick Fix menu shows the rewrite');

  await action.first().click();
  await editor.locator('.view-line', { hasText: 'Proposed solution' }).first().waitFor({ state: 'visible' });
  mark('quick fix applied in the editor');

  await page.keyboard.press('Control+S');
  const saved = join(workspace, 'stories', 'e2e.story.md');
  const text = await until('the fixed story saved to disk', () => {
    const content = readFileSync(saved, 'utf8');
    return content.includes('Proposed solution') ? content : undefined;
  });
  await page.locator('.tabs-container .tab.active.dirty').waitFor({ state: 'hidden' });
  mark('saved');
  log(`saved file:\n${text.replace(/^/gm, '    | ')}`);
  const expected = `**Proposed solution:** ${REQUEST}`;
  if (!text.includes(expected)) fail(`saved file lacks ${JSON.stringify(expected)}`);
  if (text.includes('${')) fail('saved file contains "${": snippet tab stops leaked into the file');
  // The fix inserts several placeholders (Outcome, If we don't, a criterion), each its own tab
  // stop. Saved untouched, each must keep its own prompt: if the Outcome's prompt shows up
  // elsewhere, tab stops with the same number in different edits were linked (mirrored).
  const outcome = text.match(/^\*\*Outcome:\*\* (.+)$/m)?.[1]?.trim();
  if (!outcome || outcome === REQUEST) fail(`the Outcome line was not rewritten: ${JSON.stringify(outcome)}`);
  const copies = text.split(outcome).length - 1;
  if (copies !== 1) {
    fail(
      `the Outcome placeholder ${JSON.stringify(outcome)} appears ${copies} times in the saved file: distinct tab stops were mirrored ` +
        '(the same ${1:…} number used in several snippet edits of one workspace edit; VS Code links equal numbers across them)',
    );
  }
  if (pageErrors.length) log(`page errors (not failing the test): ${pageErrors.slice(0, 5).join(' | ')}`);
  await page.screenshot({ path: join(tmp, 'vscode-after-fix.png') });
}

// ---------------------------------------------------------------------------------------

/** Closes the browser and stops code-server; every caller shares one run of it. */
function cleanup() {
  cleanupPromise ??= (async () => {
    await closeChromium(context, log);
    await server?.stop();
  })();
  return cleanupPromise;
}

async function failureScreenshot() {
  if (!page || !tmp) return undefined;
  const path = join(tmp, 'failure.png');
  try {
    await bounded('failure screenshot', page.screenshot({ path }), 10_000);
    return path;
  } catch {
    return undefined;
  }
}

async function main() {
  checkSystem('e2e');
  mark('chromium and libkrb5-dev present');
  await ensureTools(clock);
  tmp = mkdtempSync(join(tmpdir(), 'storylint-e2e-'));
  log(`temp folder ${tmp}`);
  const vsix = packageExtension(tmp);
  mark(`packaged ${vsix}`);

  const workspace = makeWorkspace();
  server = new CodeServer(tmp, log);
  server.installExtension(vsix);
  mark('vsix installed into a throwaway extensions folder');

  const port = await freePort();
  await server.start(port, workspace);
  mark('code-server up');

  await drive(port, workspace);
  mkdirSync(dirname(SCREENSHOT), { recursive: true });
  copyFileSync(join(tmp, 'vscode.png'), SCREENSHOT);
  log(`screenshot ${SCREENSHOT}`);
}

// Bound the whole run (the synchronous steps — npm ci, npm run package, the vsix install —
// carry their own timeouts), and stop code-server and chromium on Ctrl+C or SIGTERM too.
let watchdog;
let stoppedBy;
const overall = new Promise((_, reject) => {
  watchdog = setTimeout(() => reject(new Failure(`the whole run took longer than ${secs(RUN_TIMEOUT_MS)}`)), RUN_TIMEOUT_MS);
});
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    stoppedBy = signal;
    console.error(`[e2e] ${signal}: stopping code-server and chromium`);
    cleanup().finally(() => process.exit(1));
  });
}

let exitCode = 0;
try {
  await Promise.race([main(), overall]);
} catch (error) {
  exitCode = 1;
  // Playwright appends the whole browser log to its errors; keep the message and the frames.
  const detail = error instanceof Failure ? error.message : String(error?.stack ?? error).replace(/\nBrowser logs:[\s\S]*?(?=\n    at |$)/, '');
  console.error(`[e2e] FAIL: ${stoppedBy ? `stopped by ${stoppedBy}` : detail}`);
  const shot = await failureScreenshot();
  if (shot) console.error(`[e2e] failure screenshot: ${shot}`);
  if (server) console.error(`[e2e] code-server log: ${server.logFile} (extension host logs under ${join(server.dataDir, 'logs')})`);
} finally {
  clearTimeout(watchdog);
  await cleanup();
}

clock.printTimings();
if (exitCode === 0) {
  if (tmp && process.env.STORYLINT_E2E_KEEP !== '1') rmSync(tmp, { recursive: true, force: true });
  console.log(`[e2e] PASS in ${secs(Date.now() - clock.started)}`);
} else if (tmp) {
  console.error(`[e2e] kept ${tmp} for inspection`);
}
process.exit(exitCode);
