import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import {
  buildReport,
  buildWorkspaceIndex,
  fixText,
  lintDocument,
  prepareDocument,
  renderReportJson,
  renderReportMarkdown,
  type LintResult,
  type StoryDocument,
} from '../engine/index.js';
import { discoverFiles, loadConfig, readStoryFile } from '../node/index.js';
import { formatJson } from './formatters/json.js';
import { formatSarif } from './formatters/sarif.js';
import { formatStylish } from './formatters/stylish.js';
import type { FileResult, Formatter } from './types.js';

declare const STORYLINT_VERSION: string;
const VERSION = typeof STORYLINT_VERSION === 'string' ? STORYLINT_VERSION : '0.0.0-dev';

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
  -c, --config <file>     use this configuration instead of the nearest .storylint.jsonc
      --max-warnings <n>  exit with 1 when there are more than n warnings
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

export function run(argv: readonly string[], io: Io): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        format: { type: 'string', short: 'f' },
        fix: { type: 'boolean' },
        config: { type: 'string', short: 'c' },
        'max-warnings': { type: 'string' },
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

  const loaded = loadConfig(io.cwd, values.config);
  for (const p of loaded.problems) io.stderr(`${relative(io.cwd, p.file) || p.file}:${p.line}:${p.column}: ${p.message}\n`);
  if (loaded.problems.length) io.stderr('storylint: configuration problems above; the rest of the configuration and the defaults apply.\n');

  const { files, unmatched } = discoverFiles(paths, io.cwd, loaded.config, loaded.root);
  for (const arg of unmatched) io.stderr(`storylint: no story files match "${arg}".\n`);
  if (unmatched.length) return EXIT.usage;

  // Parse every file once: the workspace index (personas, duplicates) needs them all before any lint.
  const docs: (StoryDocument | { uri: string; error: string })[] = files.map((file) => {
    const read = readStoryFile(file);
    if ('error' in read) return { uri: file, error: read.error };
    let text = read.text;
    if (values.fix) {
      const fixed = fixText(text, { uri: file, config: loaded.config });
      if (fixed.text !== text) {
        writeFileSync(file, fixed.text);
        text = fixed.text;
      }
    }
    return prepareDocument(text, file);
  });
  const parsedDocs = docs.filter((d): d is StoryDocument => 'stories' in d);
  const workspace = buildWorkspaceIndex(parsedDocs);
  const results: FileResult[] = [];
  const forReport: { file: string; text: string; result: LintResult }[] = [];
  for (const doc of docs) {
    const path = relative(io.cwd, doc.uri).split('\\').join('/');
    if ('error' in doc) {
      results.push({ path, absolutePath: doc.uri, text: '', findings: [], error: doc.error });
      continue;
    }
    const result = lintDocument(doc, { uri: doc.uri, config: loaded.config, workspace });
    results.push({ path, absolutePath: doc.uri, text: doc.text, findings: result.findings });
    forReport.push({ file: path, text: doc.text, result });
  }

  if (isReport) {
    const report = buildReport(forReport);
    io.stdout(format === 'json' ? renderReportJson(report) : renderReportMarkdown(report));
  } else {
    const color = values['no-color'] ? false : (values.color ?? (io.isTty && !io.env.NO_COLOR));
    const out = FORMATTERS[format]!(results, { color, version: VERSION, cwd: io.cwd });
    if (out) io.stdout(out.endsWith('\n') ? out : `${out}\n`);
  }
  if (loaded.problems.length) return EXIT.usage;
  const all = results.flatMap((r) => r.findings);
  const errors = all.filter((f) => f.severity === 'error').length + results.filter((r) => r.error).length;
  const warnings = all.filter((f) => f.severity === 'warning').length;
  if (isReport) return EXIT.ok;
  return errors > 0 || warnings > maxWarnings ? EXIT.problems : EXIT.ok;
}
