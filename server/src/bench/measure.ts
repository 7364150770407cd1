/**
 * Whole-process timings: spawn `node …`, wait for it to exit, take the wall time and the peak
 * resident set size. Whole processes, because that is what a user waits for (start-up, module
 * loading and exit included) and what every tool pays alike.
 */
import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

export interface Timing {
  samples: number[];
  /** The highest peak RSS over the runs, in bytes (undefined when it could not be read). */
  peakRss?: number;
}

const GNU_TIME = '/usr/bin/time';

/**
 * Without GNU time, a preloaded script writes the child's own peak RSS when it exits.
 * (`maxRSS` is in kilobytes, as GNU time's %M.)
 */
const RSS_PRELOAD = `process.on('exit', () => {
  require('fs').writeFileSync(process.env.STORYLINT_BENCH_RSS_FILE, String(process.resourceUsage().maxRSS));
});
`;

let scratch: string | undefined;
export function scratchDir(): string {
  scratch ??= mkdtempSync(join(tmpdir(), 'storylint-bench-'));
  return scratch;
}

export function cleanUpScratch(): void {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
  scratch = undefined;
}

function hasGnuTime(): boolean {
  return existsSync(GNU_TIME);
}

/** One run of `node <args>` in `cwd`; throws when it exits with a code outside `okCodes`. */
export async function runNode(
  args: string[],
  cwd: string,
  okCodes: readonly number[] = [0, 1],
): Promise<{ ms: number; rss?: number }> {
  const rssFile = join(scratchDir(), 'rss');
  rmSync(rssFile, { force: true });
  const [command, argv, env] = hasGnuTime()
    ? [GNU_TIME, ['-f', '%M', '-o', rssFile, process.execPath, ...args], process.env]
    : [process.execPath, ['--require', preload(), ...args], { ...process.env, STORYLINT_BENCH_RSS_FILE: rssFile }];
  // stdout to /dev/null, stderr to a file: markdownlint-cli2 reports on stderr, Storylint on stdout,
  // and neither should pay more for its output than the other. The file explains a failure.
  const errFile = join(scratchDir(), 'stderr');
  const errFd = openSync(errFile, 'w');
  const t0 = performance.now();
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(command, argv, { cwd, env, stdio: ['ignore', 'ignore', errFd] });
    child.on('error', reject);
    child.on('close', resolve);
  }).finally(() => closeSync(errFd));
  const ms = performance.now() - t0;
  if (code === null || !okCodes.includes(code)) {
    const tail = readFileSync(errFile, 'utf8').trim().split('\n').slice(-5).join(' | ');
    throw new Error(`node ${args.join(' ')} exited with ${code}: ${tail}`);
  }
  const kb = existsSync(rssFile) ? Number(readFileSync(rssFile, 'utf8').trim().split('\n').pop()) : NaN;
  return { ms, ...(Number.isFinite(kb) ? { rss: kb * 1024 } : {}) };
}

function preload(): string {
  const file = join(scratchDir(), 'max-rss.cjs');
  if (!existsSync(file)) writeFileSync(file, RSS_PRELOAD);
  return file;
}

export const rssMethod = (): string =>
  hasGnuTime()
    ? 'peak RSS from /usr/bin/time (%M)'
    : "peak RSS from the child's process.resourceUsage().maxRSS at exit";
