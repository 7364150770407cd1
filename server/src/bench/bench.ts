/**
 * `npm run bench`: Storylint's CLI and server against baselines measured in the same run, on
 * generated backlogs (10 to 10,000 stories; one file or one file per story; LF and CRLF;
 * templated and varied stories) and on hostile shapes (hostile.ts). Ratios, not absolute times,
 * carry the conclusion: a slow or busy machine moves both sides. Tables go to stdout, progress to stderr.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, platform, arch, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { clientRequire, serverInitialize } from './activation.js';
import { ensureBaselines, productMicromark, type Baselines } from './baselines.js';
import { backlogName, ensureBacklog, type BacklogSpec, type Eol, type Layout } from './generate.js';
import { cleanUpScratch, rssMethod } from './measure.js';
import { hostileTable, measureHostile } from './hostile.js';
import { HELP, parseOptions, runsFor, type BenchOptions } from './options.js';
import { activationTable, backlogTables } from './report.js';
import { isSkipped, type ActivationResult, type BacklogResult, type Skipped } from './results.js';
import { measureBacklog } from './scenario.js';
import type { StoryKind } from './stories.js';
import { targetsTable } from './targets.js';

const log = (s: string) => process.stderr.write(`${s}\n`);

function specs(sizes: readonly number[]): BacklogSpec[] {
  const out: BacklogSpec[] = [];
  for (const size of sizes)
    for (const kind of ['templated', 'varied'] as StoryKind[])
      for (const layout of ['one file', 'file per story'] as Layout[])
        for (const eol of ['LF', 'CRLF'] as Eol[]) out.push({ kind, layout, eol, size });
  return out;
}

/** The CLI's `--cache` row runs only if the CLI has the option; today's help text says whether. */
function cacheSupport(repo: string): string | undefined {
  const help = spawnSync(process.execPath, [join(repo, 'dist', 'cli.js'), '--help'], { encoding: 'utf8' }).stdout ?? '';
  return /--cache\b/.test(help) ? undefined : 'the CLI has no --cache option (not in `storylint --help`)';
}

function header(options: BenchOptions, baselines: Baselines | Skipped, repo: string, load: number[]): string {
  const cpu = cpus();
  const memory = `${(totalmem() / 2 ** 30).toFixed(1)} GB`;
  const machine = `${platform()} ${arch()} · ${cpu.length} × ${cpu[0]?.model.trim()} · ${memory}`;
  const date = new Date().toISOString().slice(0, 10);
  const loads = load.map((l) => l.toFixed(1)).join(' → ');
  const product = productMicromark(repo);
  const v = isSkipped(baselines) ? undefined : baselines.versions;
  const runs = options.runs
    ? `${options.runs} run${options.runs === 1 ? '' : 's'}`
    : '5 runs up to 100 stories, 3 up to 1,000, 2 above';
  const lines = [
    '## Storylint benchmark',
    '',
    `${date} · Node ${process.version} · ${machine} · load average ${loads} (start → end)`,
    '',
    v
      ? `Baselines (bench/baselines, own lock): remark-parse ${v['remark-parse']}, markdownlint-cli2 ` +
        `${v['markdownlint-cli2']} (markdownlint ${v.markdownlint}), micromark ${v.micromark} for both ` +
        `(pinned: 4.0.3 is superlinear). The product bundles micromark ${product}.`
      : `Baselines: ${(baselines as Skipped).skipped}. The product bundles micromark ${product}.`,
    `Whole processes (spawn node → exit), ${runs} each, tools taking turns; time = min · median; ` +
      `ratios compare minimum times; RSS = ${rssMethod()}.`,
    'Server: dist/server.js over stdio with pull diagnostics (no debounce); an edit = didChange of one ' +
      'typed character in the middle story → its textDocument/diagnostic answered (asked with the last ' +
      'result id, as VS Code asks: an unchanged report is an answer).',
  ];
  if (product.includes('4.0.3')) {
    lines.push('', '**Warning: the product bundles micromark 4.0.3, which is superlinear on large pieces.**');
  }
  return lines.join('\n');
}

async function activation(repo: string, runs: number): Promise<ActivationResult> {
  const empty = mkdtempSync(join(tmpdir(), 'storylint-bench-ws-'));
  try {
    const server = await serverInitialize(join(repo, 'dist', 'server.js'), empty, runs);
    const client = clientRequire(join(repo, 'dist', 'client.js'), runs);
    return { server, ...(client ? { client } : {}) };
  } finally {
    rmSync(empty, { recursive: true, force: true });
  }
}

async function main(): Promise<number> {
  let options;
  try {
    options = parseOptions(process.argv.slice(2));
  } catch (error) {
    log(`bench: ${(error as Error).message}\n\n${HELP}`);
    return 2;
  }
  if (options === 'help') {
    process.stdout.write(HELP);
    return 0;
  }
  // dist/bench.js → the repository.
  const repo = resolve(__dirname, '..');
  for (const bundle of ['cli.js', 'server.js']) {
    if (!existsSync(join(repo, 'dist', bundle))) throw new Error(`dist/${bundle} is missing: run npm run build`);
  }
  const cacheDir = join(repo, '.bench-cache');
  const load = [loadavg()[0]!];
  const started = Date.now();
  const baselines = options.baselines ? ensureBaselines(repo, cacheDir, log) : { skipped: 'not run (--no-baselines)' };
  const noCache = cacheSupport(repo);
  const results: BacklogResult[] = [];
  const all = specs(options.sizes);
  for (const [i, spec] of all.entries()) {
    log(`[${i + 1}/${all.length}] ${backlogName(spec)}`);
    const backlog = ensureBacklog(spec, cacheDir);
    const runs = runsFor(options, spec.size);
    results.push(
      await measureBacklog(backlog, {
        repo,
        baselines,
        runs,
        edits: options.edits,
        editSeconds: options.editSeconds,
        log,
        ...(noCache ? { noCache } : {}),
      }),
    );
  }
  const hostile = await measureHostile(
    repo,
    baselines,
    join(cacheDir, 'hostile'),
    options.hostileLines,
    options.runs ?? 2,
    log,
  );
  log('activation: server initialize, client load');
  const act = await activation(repo, options.quick ? 3 : 10);
  load.push(loadavg()[0]!);
  cleanUpScratch();
  process.stdout.write(
    [
      header(options, baselines, repo, load),
      targetsTable(results, act, options.edits),
      activationTable(act),
      backlogTables(results),
      hostileTable(hostile),
    ].join('\n\n') + '\n',
  );
  log(`done in ${((Date.now() - started) / 60000).toFixed(1)} min`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    log(`bench: ${(error as Error).stack ?? String(error)}`);
    process.exit(1);
  },
);
