import { existsSync, statSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  buildReport,
  LineIndex,
  renderReportJson,
  renderReportMarkdown,
  type BacklogReport,
  type LintResult,
} from '../engine/index.js';
import { discoverFiles, loadConfig } from '../node/index.js';
import { ResultCache, resolveCacheFile } from './cache.js';
import { lintFiles } from './lint-files.js';
import { formatJson } from './formatters/json.js';
import { formatSarif } from './formatters/sarif.js';
import { formatStylish } from './formatters/stylish.js';
import type { FileResult, Formatter } from './types.js';

declare const STORYLINT_VERSION: string;
declare const STORYLINT_BUILD: string;
const VERSION = typeof STORYLINT_VERSION === 'string' ? STORYLINT_VERSION : '0.0.0-dev';
/** The version and a hash of the sources it was built from: what `--cache` results are only valid for. */
const BUILD = `${VERSION}+${typeof STORYLINT_BUILD === 'string' ? STORYLINT_BUILD : 'sources'}`;

/** Exit codes, as ESLint's. */
export const EXIT = { ok: 0, problems: 1, usage: 2 } as const;

const HELP = `storylint ${VERSION} — lint user stories for value, not output

Usage:
  storylint [options] [paths|globs...]     lint story files (default: story files under the current folder)
  storylint report [options] [paths...]    print the backlog value report
  storylint --stdio                        start the language server (for Neovim, Helix, Emacs, …)

Options:
  -f, --format <name>     stylish (default), json or sarif; for report: markdown (default) or json
      --fix               apply the safe fixes in place, then report what remains
      --unsafe-fixes      with --fix, also apply the rewrites (output-focused, non-atomic, criteria)
      --cache             keep the results in .storylintcache and re-lint only what changed since
      --cache-location <path>
                          with --cache: the cache file, or a folder to keep .storylintcache in
  -c, --config <file>     use this configuration instead of the nearest .storylint.jsonc
      --max-warnings <n>  exit with 1 when there are more than n warnings
      --fail-under <pct>  report: exit with 1 when a story's value score is below pct (0–100), listing
                          those stories on stderr (overrides "ready.failUnder" in .storylint.jsonc)
      --color, --no-color force colour on or off (default: on for a terminal, off when NO_COLOR is set)
  -h, --help              show this help
  -v, --version           print the version

Exit codes: 0 no errors and warnings within --max-warnings; 1 otherwise; 2 usage or configuration error.
Story files by default: **/*.story.md, **/*.stories.md, *.md under stories/ or backlog/, and Markdown with
front matter "storylint: true". Rules and configuration: docs/rules/README.md
`;

const FORMATTERS: Record<string, Formatter> = { stylish: formatStylish, json: formatJson, sarif: formatSarif };

export interface Io {
  cwd: string;
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  isTty: boolean;
  env: NodeJS.ProcessEnv;
}

export async function run(argv: readonly string[], io: Io): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        format: { type: 'string', short: 'f' },
        fix: { type: 'boolean' },
        'unsafe-fixes': { type: 'boolean' },
        cache: { type: 'boolean' },
        'cache-location': { type: 'string' },
        config: { type: 'string', short: 'c' },
        'max-warnings': { type: 'string' },
        'fail-under': { type: 'string' },
        color: { type: 'boolean' },
        'no-color': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    io.stderr(`storylint: ${(error as Error).message}\nRun "storylint --help" for usage.\n`);
    return EXIT.usage;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(HELP);
    return EXIT.ok;
  }
  if (values.version) {
    io.stdout(`${VERSION}\n`);
    return EXIT.ok;
  }
  if (values['unsafe-fixes'] && !values.fix) {
    io.stderr('storylint: --unsafe-fixes only makes sense with --fix.\n');
    return EXIT.usage;
  }
  if (values['cache-location'] !== undefined && !values.cache) {
    io.stderr('storylint: --cache-location only makes sense with --cache.\n');
    return EXIT.usage;
  }
  const isReport = positionals[0] === 'report';
  const paths = isReport ? positionals.slice(1) : positionals;
  const format = values.format ?? (isReport ? 'markdown' : 'stylish');
  const known = isReport ? ['markdown', 'json'] : Object.keys(FORMATTERS);
  if (!known.includes(format)) {
    io.stderr(`storylint: unknown format "${format}"; use ${known.join(', ')}.\n`);
    return EXIT.usage;
  }
  let maxWarnings = Number.POSITIVE_INFINITY;
  if (values['max-warnings'] !== undefined) {
    maxWarnings = Number(values['max-warnings']);
    if (!/^\d+$/.test(values['max-warnings'])) {
      io.stderr(`storylint: --max-warnings needs a whole number, got "${values['max-warnings']}".\n`);
      return EXIT.usage;
    }
  }
  let failUnder: number | undefined;
  if (values['fail-under'] !== undefined) {
    failUnder = Number(values['fail-under'].replace(/%$/, ''));
    if (!isReport || !/^\d+(\.\d+)?%?$/.test(values['fail-under']) || failUnder > 100) {
      io.stderr(
        isReport
          ? `storylint: --fail-under needs a percentage from 0 to 100, got "${values['fail-under']}".\n`
          : 'storylint: --fail-under only makes sense with report.\n',
      );
      return EXIT.usage;
    }
  }

  const loaded = loadConfig(io.cwd, values.config);
  for (const p of loaded.problems)
    io.stderr(`${relative(io.cwd, p.file) || p.file}:${p.line}:${p.column}: ${p.message}\n`);
  if (loaded.problems.length)
    io.stderr('storylint: configuration problems above; the rest of the configuration and the defaults apply.\n');

  const { files, unmatched } = discoverFiles(paths, io.cwd, loaded.config, loaded.root);
  for (const arg of unmatched) io.stderr(`storylint: ${unmatchedMessage(arg, io.cwd, loaded.config.files)}\n`);
  if (unmatched.length) return EXIT.usage;

  const cache = values.cache
    ? new ResultCache(resolveCacheFile(io.cwd, values['cache-location']), BUILD, loaded.config, (message) =>
        io.stderr(`storylint: ${message}\n`),
      )
    : undefined;
  const outcomes = await lintFiles(files, {
    config: loaded.config,
    workers: workerSetting(io),
    fix: values.fix === true,
    unsafe: values['unsafe-fixes'] === true,
    needStories: isReport,
    ...(cache ? { cache } : {}),
    warn: (message) => io.stderr(`storylint: ${message}\n`),
  });
  const results: FileResult[] = [];
  const forReport: { file: string; text: string; result: LintResult }[] = [];
  for (const outcome of outcomes) {
    const path = relative(io.cwd, outcome.file).split('\\').join('/');
    if ('error' in outcome) {
      results.push({ path, absolutePath: outcome.file, text: '', findings: [], error: outcome.error });
      continue;
    }
    const { text, result } = outcome;
    if (result.notices.length) {
      const lines = new LineIndex(text);
      for (const notice of result.notices) {
        const at = lines.positionAt(notice.span.start);
        io.stderr(`${path}:${at.line + 1}:${at.character + 1}: ${notice.message}\n`);
      }
    }
    results.push({ path, absolutePath: outcome.file, text, findings: result.findings });
    forReport.push({ file: path, text, result });
  }

  let belowBar = 0;
  if (isReport) {
    const ready = loaded.config.ready;
    const bar = failUnder ?? ready.failUnder;
    const report = buildReport(forReport, { failUnder: bar, require: ready.require });
    io.stdout(format === 'json' ? renderReportJson(report) : renderReportMarkdown(report));
    if (bar !== undefined) belowBar = reportBelowBar(report, io);
  } else {
    const color = values['no-color'] ? false : (values.color ?? (io.isTty && !io.env.NO_COLOR));
    const out = FORMATTERS[format]!(results, { color, version: VERSION, cwd: io.cwd });
    if (out) io.stdout(out.endsWith('\n') ? out : `${out}\n`);
  }
  if (loaded.problems.length) return EXIT.usage;
  const all = results.flatMap((r) => r.findings);
  const errors = all.filter((f) => f.severity === 'error').length + results.filter((r) => r.error).length;
  const warnings = all.filter((f) => f.severity === 'warning').length;
  if (isReport) return belowBar > 0 ? EXIT.problems : EXIT.ok;
  return errors > 0 || warnings > maxWarnings ? EXIT.problems : EXIT.ok;
}

/** STORYLINT_WORKERS: how many worker threads to lint with (0: none), instead of the default. */
function workerSetting(io: Io): number | undefined {
  const value = io.env.STORYLINT_WORKERS?.trim();
  if (value === undefined || value === '') return undefined;
  if (/^\d+$/.test(value)) return Number(value);
  io.stderr(`storylint: STORYLINT_WORKERS needs a whole number, got "${value}"; using the default.\n`);
  return undefined;
}

/** The readiness gate: every story below the bar on stderr, least ready first; returns how many. */
function reportBelowBar(report: BacklogReport, io: Io): number {
  const below = report.items.filter((i) => !i.ready);
  for (const item of below) {
    const missing = [...item.completeness.missing, ...item.completeness.weak.map((w) => `${w} (weak)`)];
    io.stderr(`${item.file}:${item.line}  ${item.score}%  ${item.title}  (missing: ${missing.join(', ') || '—'})\n`);
  }
  io.stderr(
    below.length
      ? `storylint: ${below.length} of ${report.stories} stories below ${report.readyBar}%.\n`
      : `storylint: all ${report.stories} stories at or above ${report.readyBar}%.\n`,
  );
  return below.length;
}

/**
 * Why a path or glob named nothing to lint. A folder of plain Markdown is the usual surprise: only
 * story files are linted in a folder, so the message says which those are and how to name the others.
 */
function unmatchedMessage(arg: string, cwd: string, storyFiles: readonly string[]): string {
  const full = resolve(cwd, arg);
  if (!existsSync(full) || !statSync(full).isDirectory()) return `no story files match "${arg}".`;
  const glob = `${arg.replace(/[\\/]+$/, '')}/**/*.md`;
  return (
    `no story files under "${arg}": in a folder, story files are ${storyFiles.join(', ')} and Markdown ` +
    `with "storylint: true" in its front matter. To lint other Markdown there, name it or a glob ("${glob}").`
  );
}
