/**
 * The baselines (remark-parse with micromark pinned, markdownlint-cli2) live in bench/baselines
 * with a lock of their own and are installed on demand into the cache folder with `npm ci`: the
 * product's install stays as it is, and the floor does not move when the product's dependencies do.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Baselines {
  /** Where they are installed: `node run.mjs remark <dir> …` resolves remark-parse from here. */
  dir: string;
  markdownlintBin: string;
  versions: Record<'micromark' | 'remark-parse' | 'markdownlint-cli2' | 'markdownlint', string>;
}

const versionOf = (dir: string, name: string): string =>
  (JSON.parse(readFileSync(join(dir, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;

/** npm run sets npm_* variables for its child; a nested npm must not inherit the outer one's settings. */
function cleanEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k)));
}

const installDir = (cacheDir: string) => join(cacheDir, 'baselines');
const stampOf = (cacheDir: string) => join(installDir(cacheDir), '.installed-lock');
const lockOf = (repo: string) => readFileSync(join(repo, 'bench', 'baselines', 'package-lock.json'), 'utf8');

/** Whether the baselines are installed from today's lock, so using them needs no network. */
export function baselinesInstalled(repo: string, cacheDir: string): boolean {
  const stamp = stampOf(cacheDir);
  return existsSync(stamp) && readFileSync(stamp, 'utf8') === lockOf(repo);
}

/** Installs the baselines when the lock changed since the last install; returns them or why they are missing. */
export function ensureBaselines(
  repo: string,
  cacheDir: string,
  log: (s: string) => void,
): Baselines | { skipped: string } {
  const source = join(repo, 'bench', 'baselines');
  const dir = installDir(cacheDir);
  const lock = lockOf(repo);
  const stamp = stampOf(cacheDir);
  if (!baselinesInstalled(repo, cacheDir)) {
    log('installing the baselines (npm ci in .bench-cache/baselines) …');
    mkdirSync(dir, { recursive: true });
    for (const f of ['package.json', 'package-lock.json']) copyFileSync(join(source, f), join(dir, f));
    const npm = spawnSync('npm', ['ci', '--ignore-scripts', '--no-audit', '--no-fund'], {
      cwd: dir,
      env: cleanEnv(),
      encoding: 'utf8',
      timeout: 600_000,
    });
    if (npm.status !== 0) {
      const why = (npm.error?.message ?? npm.stderr ?? '').trim().split('\n').slice(-3).join(' ');
      return { skipped: `baselines could not be installed (npm ci failed: ${why})` };
    }
    writeFileSync(stamp, lock);
  }
  const bin = (
    JSON.parse(readFileSync(join(dir, 'node_modules', 'markdownlint-cli2', 'package.json'), 'utf8')) as {
      bin: Record<string, string>;
    }
  ).bin['markdownlint-cli2']!;
  return {
    dir,
    markdownlintBin: join(dir, 'node_modules', 'markdownlint-cli2', bin),
    versions: {
      micromark: versionOf(dir, 'micromark'),
      'remark-parse': versionOf(dir, 'remark-parse'),
      'markdownlint-cli2': versionOf(dir, 'markdownlint-cli2'),
      markdownlint: versionOf(dir, 'markdownlint'),
    },
  };
}

/** The micromark versions the product bundles, from the root lock (npm may nest the package). */
export function productMicromark(repo: string): string {
  try {
    const lock = JSON.parse(readFileSync(join(repo, 'package-lock.json'), 'utf8')) as {
      packages: Record<string, { version?: string }>;
    };
    const versions = Object.entries(lock.packages)
      .filter(([path]) => path.endsWith('node_modules/micromark'))
      .map(([, p]) => p.version);
    return [...new Set(versions)].join(', ') || 'unknown';
  } catch {
    return 'unknown';
  }
}
