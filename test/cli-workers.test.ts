/**
 * The CLI's output does not depend on its worker threads (STORYLINT_WORKERS): the same bytes on
 * stdout and stderr, the same exit code, the same fixed files and the same cache file with 0, 1,
 * 2 or 3 workers, on generated multi-file backlogs (twins across files, suppressions, a notice,
 * an unreadable file) and on real documents. A worker that cannot start or dies on the way
 * loses nothing: the main thread does its work, silently.
 */
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backlogTexts, type BacklogSpec } from '../server/src/bench/generate.js';
import { runCli, type CliRun } from './support/cli-process.js';
import { CORPUS, corpusDocument, corpusFiles } from './support/corpus.js';

const repoRoot = resolve(__dirname, '..');
const dist = join(repoRoot, 'dist');
const COUNTS = [0, 1, 2, 3];

/** The CLI with a given number of worker threads. */
const storylint = (args: readonly string[], cwd: string, workers: number, cli = join(dist, 'cli.js')): CliRun =>
  runCli(cli, args, cwd, { STORYLINT_WORKERS: String(workers) });

let scratch: string;
beforeAll(() => {
  scratch = realpathSync(mkdtempSync(join(tmpdir(), 'storylint-workers-')));
});
afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

function write(dir: string, files: ReadonlyMap<string, string | Buffer>): string {
  for (const [path, content] of files) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

/** Every file under a folder, by relative path. */
function snapshot(dir: string): Map<string, string> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  return new Map(
    files.map((e) => [relative(dir, join(e.parentPath, e.name)), readFileSync(join(e.parentPath, e.name), 'latin1')]),
  );
}

const generated = (spec: BacklogSpec, under: string) =>
  [...backlogTexts(spec).texts].map(([path, text]): [string, string] => [
    join(under, path),
    spec.eol === 'CRLF' ? text.replace(/\n/g, '\r\n') : text,
  ]);

/** Templated stories repeat each other across files; the odd files cover suppressions, notices and errors. */
function generatedWorkspace(): Map<string, string | Buffer> {
  const nested = Array.from({ length: 120 }, (_, i) => `${'  '.repeat(i)}- level ${i}`).join('\n');
  return new Map<string, string | Buffer>([
    ...generated({ kind: 'varied', layout: 'file per story', eol: 'LF', size: 24 }, 'varied'),
    ...generated({ kind: 'templated', layout: 'file per story', eol: 'CRLF', size: 16 }, 'templated'),
    ...generated({ kind: 'varied', layout: 'one file', eol: 'LF', size: 12 }, 'one'),
    ...generated({ kind: 'templated', layout: 'one file', eol: 'LF', size: 8 }, 'two'),
    [
      'odd/suppressed.stories.md',
      '<!-- storylint-disable generic-who -->\n\n## Pay by card\n\nAs a user I want to pay by card.\n\n' +
        '<!-- storylint-disable-next-story duplicate-story -->\n## Pay by card again\n\n' +
        'As a user I want to pay by card.\n',
    ],
    ['odd/deep.stories.md', `## Deep\n\nAs a nurse I want to see results.\n\n${nested}\n`],
    ['odd/binary.stories.md', Buffer.from([0x23, 0x20, 0x00, 0x01, 0x02])],
  ]);
}

/** Real documents: every twentieth of the vendored corpora, as a team would keep them under backlog/. */
function corpusWorkspace(): Map<string, string> {
  return new Map(
    corpusFiles()
      .filter((_, i) => i % 20 === 0)
      .map((path) => [join('backlog', relative(CORPUS, path).replace(/\.txt$/, '.md')), corpusDocument(path)]),
  );
}

/**
 * Runs each command line in turn with every worker count, in a fresh copy of `files` at the same
 * place each time (JSON and SARIF name absolute paths), and expects the same output and files.
 */
function expectSameWithAnyWorkers(
  files: ReadonlyMap<string, string | Buffer>,
  commands: readonly string[][],
): CliRun[] {
  const dir = mkdtempSync(join(scratch, 'run-'));
  const outcomes = COUNTS.map((workers) => {
    rmSync(dir, { recursive: true, force: true });
    write(dir, files);
    const runs = commands.map((args) => storylint(args, dir, workers));
    return { workers, runs, files: snapshot(dir) };
  });
  const [first, ...others] = outcomes;
  for (const other of others) {
    expect({ workers: other.workers, runs: other.runs }).toEqual({ workers: other.workers, runs: first!.runs });
    expect(other.files).toEqual(first!.files);
  }
  return first!.runs;
}

// Each case starts the built CLI a score of times: on a busy two-core machine that alone may pass the default minute.
// The timeout only guards against a hang; nothing here measures speed.
describe('the CLI with worker threads', { timeout: 240_000 }, () => {
  const workspace = generatedWorkspace();

  it('prints the same stylish, JSON and SARIF output and reports with 0 to 3 workers', () => {
    const formats = ['stylish', 'json', 'sarif'].map((format) => ['--format', format]);
    const reports = ['markdown', 'json'].map((format) => ['report', '--format', format, '--fail-under', '50']);
    const [stylish, json, , markdown] = expectSameWithAnyWorkers(workspace, [...formats, ...reports]);
    // The run holds twins across files, a notice and an unreadable file: the cases threads could change.
    expect(json!.stdout).toContain('"ruleId":"duplicate-story"');
    expect(json!.stdout).toContain('File looks binary');
    expect(stylish!.stderr).toMatch(/deep\.stories\.md:\d+:\d+: Lists or quotes nested deeper/);
    expect(markdown!.stdout).toContain('templated/stories/story-');
    expect(markdown!.code).toBe(1);
  });

  it('fixes the same files the same way with 0 to 3 workers', () => {
    const [fixed] = expectSameWithAnyWorkers(workspace, [['--fix', '--format', 'json']]);
    expect(fixed!.stdout).toContain('"ruleId"');
  });

  it('writes the same cache, and reads it back the same, with 0 to 3 workers', () => {
    const lint = ['--cache', '--format', 'json'];
    // The second run reads the cache; the report needs the stories the lint left out, so it writes it again.
    expectSameWithAnyWorkers(workspace, [lint, lint, ['report', '--cache', '--format', 'json']]);
  });

  it('lints real documents the same with 0 to 3 workers, and fixes them the same with rewrites', () => {
    const corpus = corpusWorkspace();
    expect(corpus.size).toBeGreaterThan(25);
    expectSameWithAnyWorkers(corpus, [
      ['--format', 'json'],
      ['--fix', '--unsafe-fixes', '--format', 'sarif'],
    ]);
  });
});

describe('a worker that fails', () => {
  /**
   * dist/ with a lint-worker.js that loads the real one but fails: at start, on its first or third
   * message, or when asked to lint (its prepared documents are then lost with it).
   */
  function failingDist(mode: 'start' | 'first' | 'third' | 'lint' | 'mark'): string {
    const dir = mkdtempSync(join(scratch, `dist-${mode}-`));
    copyFileSync(join(dist, 'cli.js'), join(dir, 'cli.js'));
    const real = JSON.stringify(join(dist, 'lint-worker.js'));
    const listen = (body: string) => `require('node:worker_threads').parentPort.on('message', (m) => { ${body} });`;
    const fail = {
      // Not a failure: marks the findings of the files linted in a worker, to see the workers at work.
      mark:
        "const port = require('node:worker_threads').parentPort;\n" +
        'const post = port.postMessage.bind(port);\n' +
        "port.postMessage = (m) => { if (m.type === 'linted') for (const l of m.results) " +
        "for (const f of l.result?.findings ?? []) f.message = '[worker] ' + f.message; post(m); };",
      start: "throw new Error('no start');",
      first: listen('process.exit(1);'),
      third: `let seen = 0;\n${listen('if (++seen === 3) process.exit(1);')}`,
      lint: listen("if (m.type === 'lint') process.exit(1);"),
    }[mode];
    // Listening before the real worker does: the failure comes before it answers.
    writeFileSync(join(dir, 'lint-worker.js'), `${fail}\nrequire(${real});\n`);
    return dir;
  }

  const workspace = generatedWorkspace();
  let dir: string;
  let expected: CliRun;
  beforeAll(() => {
    dir = write(mkdtempSync(join(scratch, 'failing-')), workspace);
    expected = storylint(['--format', 'json'], dir, 0);
  });

  it.each([['start'], ['first'], ['third'], ['lint']] as const)(
    'loses no file when a worker fails (%s): the main thread does its work',
    (mode) => {
      const cli = join(failingDist(mode), 'cli.js');
      expect(storylint(['--format', 'json'], dir, 2, cli)).toEqual(expected);
    },
  );

  it('is not vacuous: the workers lint files whose findings reach the output', () => {
    const cli = join(failingDist('mark'), 'cli.js');
    for (const workers of [1, 3]) {
      const marked = storylint(['--format', 'json'], dir, workers, cli).stdout;
      expect(marked).toContain('[worker] ');
      expect(marked.replaceAll('[worker] ', '')).toBe(expected.stdout);
    }
  });

  it('fixes every file when a worker dies on the way', () => {
    const cli = join(failingDist('third'), 'cli.js');
    const fixed = mkdtempSync(join(scratch, 'fix-'));
    const here = storylint(['--fix'], write(fixed, workspace), 0);
    const files = snapshot(fixed);
    rmSync(fixed, { recursive: true });
    expect(storylint(['--fix'], write(fixed, workspace), 2, cli)).toEqual(here);
    expect(snapshot(fixed)).toEqual(files);
  });
});
