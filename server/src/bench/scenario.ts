/** Measures one generated backlog: every tool as a whole process, then the server on the one-file layout. */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Baselines } from './baselines.js';
import { backlogName, type Backlog } from './generate.js';
import { ServerSession } from './lsp-session.js';
import { runNode, scratchDir, type Timing } from './measure.js';
import { isSkipped, type BacklogResult, type ServerResult, type Skipped, type Tool } from './results.js';

export interface Context {
  repo: string;
  baselines: Baselines | Skipped;
  /** undefined when the CLI has a `--cache` option; otherwise why the row is skipped. */
  noCache?: string;
  runs: number;
  edits: number;
  /** The typing stops at `edits` or after this many seconds, whichever comes first. */
  editSeconds: number;
  log: (s: string) => void;
}

/** Outside the backlog's folder, which holds nothing but the backlog; gone with the scratch folder. */
const cacheFile = (b: Backlog) => join(scratchDir(), `${backlogName(b.spec)}.storylintcache`);

/** The command line of each tool, on the backlog's file or story folder, run in the backlog's folder. */
function commands(b: Backlog, ctx: Context): Record<Tool, string[] | Skipped> {
  const run = join(ctx.repo, 'bench', 'baselines', 'run.mjs');
  const cli = join(ctx.repo, 'dist', 'cli.js');
  const base = ctx.baselines;
  // markdownlint-cli2 takes globs, not folders.
  const glob = b.spec.layout === 'one file' ? b.target : `${b.target}/**/*.md`;
  return {
    regex: [run, 'regex', b.target],
    'remark-parse': isSkipped(base) ? base : [run, 'remark', base.dir, b.target],
    'markdownlint-cli2': isSkipped(base) ? base : [base.markdownlintBin, glob],
    cli: [cli, b.target],
    'cli --cache': ctx.noCache
      ? { skipped: ctx.noCache }
      : [cli, '--cache', '--cache-location', cacheFile(b), b.target],
  };
}

/**
 * Runs the tools round-robin (run 1 of each, then run 2 of each, …) rather than all runs of one
 * tool in a row: load from elsewhere on the machine then falls on every tool alike.
 */
export async function measureBacklog(b: Backlog, ctx: Context): Promise<BacklogResult> {
  const planned = Object.entries(commands(b, ctx)) as [Tool, string[] | Skipped][];
  const tools = Object.fromEntries(
    planned.map(([tool, args]) => [tool, isSkipped(args) ? args : { samples: [] }]),
  ) as Record<Tool, Timing | Skipped>;
  for (let run = 1; run <= ctx.runs; run++) {
    ctx.log(`  run ${run}/${ctx.runs}`);
    for (const [tool, args] of planned) {
      const timing = tools[tool];
      if (isSkipped(args) || isSkipped(timing)) continue;
      try {
        // The cache has to exist before an "unchanged re-run" can be timed; this build writes it afresh.
        if (tool === 'cli --cache' && run === 1) {
          rmSync(cacheFile(b), { force: true });
          await runNode(args, b.dir);
        }
        const { ms, rss } = await runNode(args, b.dir);
        timing.samples.push(ms);
        if (rss !== undefined) timing.peakRss = Math.max(timing.peakRss ?? 0, rss);
      } catch (error) {
        // A tool that fails on one backlog is a finding to print, not a reason to lose the rest of the run.
        tools[tool] = { skipped: `failed: ${(error as Error).message}` };
      }
    }
  }
  if (b.spec.layout !== 'one file') return { backlog: b, tools };
  ctx.log(`  server: index, open, up to ${ctx.edits} edits or ${ctx.editSeconds} s`);
  return { backlog: b, tools, server: await measureServer(b, ctx) };
}

async function measureServer(b: Backlog, ctx: Context): Promise<ServerResult | Skipped> {
  const session = new ServerSession(join(ctx.repo, 'dist', 'server.js'));
  try {
    await session.initialize(b.dir);
    const indexMs = await session.initialized();
    const opened = await session.open(b.files[0]!);
    const edits = await session.type(b.files[0]!, b.editAt!, ctx.edits, ctx.editSeconds * 1000);
    const memory = session.memory();
    const { ms: openMs, diagnostics, bytes: diagnosticBytes } = opened;
    return { indexMs, openMs, diagnostics, diagnosticBytes, edits, ...(memory ? { memory } : {}) };
  } catch (error) {
    return { skipped: `server failed: ${(error as Error).message} ${session.lastStderr.trim()}`.trim() };
  } finally {
    await session.stop();
  }
}
