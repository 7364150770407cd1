import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  realpathSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import Ajv from 'ajv';
import type * as Sarif from 'sarif';
import { afterEach, describe, expect, it } from 'vitest';
import { lostWords } from '../../../test/support/words.js';
import { RULES, docsUrl } from '../engine/index.js';
import { run } from './main.js';
import { GOOD_STORY } from '../../../test/support/stories.js';

const repoRoot = resolve(__dirname, '../../..');
const examplesDir = join(repoRoot, 'examples');
const ANSI = /\u001b\[/;

interface JsonMessage {
  ruleId: string;
  severity: 'error' | 'warning' | 'info' | 'hint';
  line: number;
  column: number;
}
interface JsonFile {
  filePath: string;
  errorCount: number;
  warningCount: number;
  infoCount: number;
  hintCount: number;
  fixableCount: number;
  messages: JsonMessage[];
  error?: string;
}

interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process, as a terminal-less CI job would unless told otherwise. */
async function runCli(
  argv: readonly string[],
  cwd: string,
  options: { isTty?: boolean; env?: NodeJS.ProcessEnv } = {},
): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, {
    cwd,
    stdout: (s) => (stdout += s),
    stderr: (s) => (stderr += s),
    isTty: options.isTty ?? false,
    env: options.env ?? {},
  });
  return { code, stdout, stderr };
}

async function runJson(
  argv: readonly string[],
  cwd: string,
): Promise<{ code: number; files: JsonFile[]; stderr: string }> {
  const { code, stdout, stderr } = await runCli(['--format', 'json', ...argv], cwd);
  return { code, files: JSON.parse(stdout) as JsonFile[], stderr };
}

const temps: string[] = [];
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A fresh folder under the OS temp folder, removed after the test. */
function makeTempDir(): string {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'storylint-cli-')));
  temps.push(dir);
  return dir;
}

/** A temp folder holding the given files (paths relative to it). */
function makeWorkspace(files: Record<string, string | Buffer>): string {
  const dir = makeTempDir();
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

/** A copy of the example backlog; the repository's own examples are never touched. */
function copyExamples(): string {
  const dir = makeTempDir();
  cpSync(examplesDir, dir, { recursive: true });
  return dir;
}

/** Every file under a folder, by relative path, as bytes. */
function snapshot(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = join(entry.parentPath, entry.name);
    files.set(relative(dir, full), readFileSync(full));
  }
  return files;
}

const paths = (files: readonly JsonFile[]) => files.map((f) => f.filePath).sort();
const ruleIds = (files: readonly JsonFile[]) => files.flatMap((f) => f.messages.map((m) => m.ruleId));
const totalOf = (
  files: readonly JsonFile[],
  key: 'errorCount' | 'warningCount' | 'infoCount' | 'hintCount' | 'fixableCount',
) => files.reduce((n, f) => n + f[key], 0);

// An output-focused one-line story: linted, it always yields findings.
const ONE_LINER = 'As a user, I want a button to export my receipts.\n';
// A story with a who and a why but no outcome: `missing-outcome` is an error by default.
const NO_OUTCOME = [
  '## Refill the night shelf',
  '',
  '**Who:** Pharmacist on the night shift',
  '',
  '**Why:** Night pharmacists lose 20 minutes a shift hunting for stock.',
  '',
].join('\n');

describe('finding the files to lint', () => {
  it('with no path, lints story files, stories/, backlog/ and opted-in Markdown, but not a plain README', async () => {
    const dir = makeWorkspace({
      'pay.story.md': ONE_LINER,
      'plans/onboarding.stories.md': ONE_LINER,
      'stories/refill.md': ONE_LINER,
      'team/backlog/q3/notify.md': ONE_LINER,
      'docs/opted-in.md': `---\ntitle: Opted in\nstorylint: true\n---\n\n${ONE_LINER}`,
      'docs/opted-out.md': `---\ntitle: Not a backlog\nstorylint: false\n---\n\n${ONE_LINER}`,
      'docs/guide.md': `# Guide\n\n${ONE_LINER}`,
      'README.md': `# Readme\n\n${ONE_LINER}`,
      'notes.txt': ONE_LINER,
    });
    const { code, files } = await runJson([], dir);
    expect(paths(files)).toEqual([
      'docs/opted-in.md',
      'pay.story.md',
      'plans/onboarding.stories.md',
      'stories/refill.md',
      'team/backlog/q3/notify.md',
    ]);
    for (const file of files) expect(file.messages.map((m) => m.ruleId)).toContain('output-focused');
    expect(code).toBe(0);
  });

  it('recognises the storylint: true opt-in in front matter with a BOM and CRLF line breaks', async () => {
    const dir = makeWorkspace({
      'docs/crlf.md': `\uFEFF---\r\ntitle: Windows\r\nstorylint: true\r\n---\r\n\r\n${ONE_LINER.replace('\n', '\r\n')}`,
    });
    expect(paths((await runJson([], dir)).files)).toEqual(['docs/crlf.md']);
  });

  it('skips the folders the configuration ignores', async () => {
    const dir = copyExamples();
    writeFileSync(join(dir, '.storylint.jsonc'), '{ "ignores": ["backlog/**"] }\n');
    expect(paths((await runJson([], dir)).files)).toEqual([
      'stories/checkout.story.md',
      'stories/onboarding.stories.md',
    ]);
  });

  it('lints a file named on the command line whatever its name or folder', async () => {
    const dir = makeWorkspace({ 'notes/ideas.txt': ONE_LINER, 'README.md': ONE_LINER, 'pay.story.md': ONE_LINER });
    const { code, files } = await runJson(['notes/ideas.txt', 'README.md'], dir);
    expect(paths(files)).toEqual(['README.md', 'notes/ideas.txt']);
    for (const file of files) expect(file.messages.map((m) => m.ruleId)).toContain('output-focused');
    expect(code).toBe(0);
  });

  it('lints a folder named on the command line by the default story-file rules', async () => {
    const dir = copyExamples();
    const { files } = await runJson(['.'], dir);
    expect(paths(files)).toEqual([
      'backlog/azure-devops-item.md',
      'backlog/collection-lockers.md',
      'backlog/delivery-slots.md',
      'backlog/jira-export.md',
      'backlog/notifications.md',
      'backlog/prescription-transfer.md',
      'backlog/refill-reminders.spec.md',
      'backlog/requirements-page.md',
      'stories/checkout.story.md',
      'stories/onboarding.stories.md',
    ]);
  });

  it('lints every Markdown file in a stories/ or backlog/ folder named on the command line', async () => {
    const dir = makeWorkspace({
      'stories/refill.md': ONE_LINER,
      'team/backlog/notify.md': ONE_LINER,
      'team/backlog/q3/remind.md': ONE_LINER,
    });
    for (const [arg, expected] of [
      ['stories', ['stories/refill.md']],
      ['stories/', ['stories/refill.md']],
      ['team/backlog', ['team/backlog/notify.md', 'team/backlog/q3/remind.md']],
      ['team', ['team/backlog/notify.md', 'team/backlog/q3/remind.md']],
    ] as const) {
      const { code, stdout, stderr } = await runCli(['--format', 'json', arg], dir);
      expect(stderr, arg).toBe('');
      expect(code, arg).toBe(0);
      expect(paths(JSON.parse(stdout) as JsonFile[]), arg).toEqual(expected);
    }
  });

  it('expands a glob itself, so a shell that does not expand it still works', async () => {
    const dir = makeWorkspace({
      'ideas/a.md': ONE_LINER,
      'ideas/b.md': ONE_LINER,
      'ideas/c.txt': ONE_LINER,
      'other/d.md': ONE_LINER,
    });
    const { code, files } = await runJson(['ideas/*.md'], dir);
    expect(paths(files)).toEqual(['ideas/a.md', 'ideas/b.md']);
    expect(code).toBe(0);
  });

  it('exits with 2 and names each path or glob that matches nothing', async () => {
    const dir = makeWorkspace({ 'pay.story.md': ONE_LINER, 'empty/notes.txt': 'nothing here\n' });
    for (const arg of ['missing.story.md', 'nowhere/**/*.md', 'empty']) {
      const { code, stderr } = await runCli(['pay.story.md', arg], dir);
      expect(code, arg).toBe(2);
      expect(stderr).toContain(`"${arg}"`);
    }
  });

  it('says which files are story files when a folder named holds only other Markdown, and how to lint it', async () => {
    const dir = makeWorkspace({ 'docs/specs/search.md': ONE_LINER });
    const { code, stderr } = await runCli(['docs'], dir);
    expect(code).toBe(2);
    expect(stderr).toContain('no story files under "docs"');
    expect(stderr).toContain('**/*.story.md');
    expect(stderr).toContain('"docs/**/*.md"');
    const named = await runJson(['docs/**/*.md'], dir);
    expect(paths(named.files)).toEqual(['docs/specs/search.md']);
  });
});

describe('exit codes', () => {
  it('exits with 0 when the findings are only warnings and infos', async () => {
    const dir = copyExamples();
    const { code, files } = await runJson([], dir);
    expect(totalOf(files, 'errorCount')).toBe(0);
    expect(totalOf(files, 'warningCount')).toBeGreaterThan(0);
    expect(code).toBe(0);
    expect((await runCli([], dir)).code).toBe(0);
  });

  it('exits with 0 when nothing is found and prints nothing', async () => {
    const dir = makeWorkspace({ 'pay.story.md': GOOD_STORY });
    expect(await runCli([], dir)).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('exits with 1 when a finding has error severity, as missing-outcome has by default', async () => {
    const dir = makeWorkspace({ 'refill.story.md': NO_OUTCOME });
    const { code, files } = await runJson([], dir);
    expect(files[0]!.messages).toContainEqual(
      expect.objectContaining({ ruleId: 'missing-outcome', severity: 'error' }),
    );
    expect(code).toBe(1);
    const stylish = await runCli([], dir);
    expect(stylish.code).toBe(1);
    const { line, column } = files[0]!.messages.find((m) => m.ruleId === 'missing-outcome')!;
    expect(stylish.stdout).toMatch(
      new RegExp(`(^|\\n)refill\\.story\\.md:${line}:${column} {2,}error {2,}.+ {2}missing-outcome\\n`),
    );
  });

  it('exits with 1 when the warnings exceed --max-warnings and with 0 when they stay within it', async () => {
    const dir = copyExamples();
    const warnings = totalOf((await runJson([], dir)).files, 'warningCount');
    expect(warnings).toBeGreaterThan(1);
    expect((await runCli(['--max-warnings', String(warnings)], dir)).code).toBe(0);
    expect((await runCli([`--max-warnings=${warnings + 5}`], dir)).code).toBe(0);
    expect((await runCli(['--max-warnings', String(warnings - 1)], dir)).code).toBe(1);
    expect((await runCli(['--max-warnings', '0'], dir)).code).toBe(1);
  });

  it('does not count infos against --max-warnings', async () => {
    const dir = makeWorkspace({ 'pay.story.md': GOOD_STORY.replace('returning shopper with a saved card', 'user') });
    const { files } = await runJson([], dir);
    expect(files[0]!.messages.map((m) => m.severity)).toEqual(['info']);
    expect((await runCli(['--max-warnings', '0'], dir)).code).toBe(0);
  });

  it('exits with 2 when --max-warnings is not a whole number', async () => {
    const dir = copyExamples();
    for (const value of ['many', '1.5', '-1']) {
      const { code, stdout, stderr } = await runCli([`--max-warnings=${value}`], dir);
      expect(code, value).toBe(2);
      expect(stderr).toContain(`"${value}"`);
      expect(stdout).toBe('');
    }
  });

  it('exits with 2 when --max-warnings is given an empty value, as an unset CI variable would give', async () => {
    const dir = copyExamples();
    const { code, stdout, stderr } = await runCli(['--max-warnings='], dir);
    expect(stderr).toContain('--max-warnings');
    expect(stdout).toBe('');
    expect(code).toBe(2);
  });

  it('exits with 2 for an unknown --format and names it', async () => {
    const dir = copyExamples();
    const { code, stderr } = await runCli(['--format', 'xml'], dir);
    expect(code).toBe(2);
    expect(stderr).toContain('"xml"');
    expect(stderr).toMatch(/stylish.*json.*sarif/);
  });

  it('exits with 2 for a report format other than markdown or json', async () => {
    const dir = copyExamples();
    const { code, stderr } = await runCli(['report', '--format', 'sarif'], dir);
    expect(code).toBe(2);
    expect(stderr).toContain('"sarif"');
  });

  it('exits with 2 for an unknown option and names it', async () => {
    const dir = copyExamples();
    const { code, stdout, stderr } = await runCli(['--frobnicate'], dir);
    expect(code).toBe(2);
    expect(stderr).toContain('--frobnicate');
    expect(stderr).toContain('--help');
    expect(stdout).toBe('');
  });
});

describe('help and version', () => {
  it('prints usage with every option and exits with 0 for --help and -h', async () => {
    const dir = makeTempDir();
    for (const flag of ['--help', '-h']) {
      const { code, stdout, stderr } = await runCli([flag], dir);
      expect(code).toBe(0);
      expect(stderr).toBe('');
      expect(stdout).toContain('Usage:');
      for (const option of ['--format', '--fix', '--config', '--max-warnings', '--no-color', '--version', 'report'])
        expect(stdout).toContain(option);
    }
  });

  it('prints the version alone on a line and exits with 0 for --version and -v', async () => {
    const dir = makeTempDir();
    for (const flag of ['--version', '-v']) {
      const { code, stdout } = await runCli([flag], dir);
      expect(code).toBe(0);
      expect(stdout).toMatch(/^\d+\.\d+\.\d+(?:-[\w.]+)?\n$/);
    }
  });
});

describe('output formats', () => {
  it('prints JSON whose per-file counts match its messages and the stylish summary', async () => {
    const dir = copyExamples();
    const { code, files } = await runJson([], dir);
    expect(code).toBe(0);
    expect(files).toHaveLength(10);
    for (const file of files) {
      const count = (severity: string) => file.messages.filter((m) => m.severity === severity).length;
      expect(file.errorCount).toBe(count('error'));
      expect(file.warningCount).toBe(count('warning'));
      expect(file.infoCount).toBe(count('info'));
      expect(file.hintCount).toBe(count('hint'));
    }
    const total = files.reduce((n, f) => n + f.messages.length, 0);
    const summary =
      `✖ ${total} problems (${totalOf(files, 'errorCount')} errors, ` +
      `${totalOf(files, 'warningCount')} warnings, ${totalOf(files, 'infoCount')} infos)`;
    const stylish = (await runCli([], dir)).stdout;
    expect(stylish).toContain(summary);
    expect(stylish).toContain(`${totalOf(files, 'fixableCount')} of them can be fixed with the --fix option.`);
  });

  it('prints stylish rows as path:line:col, severity, message and rule id, one block per file', async () => {
    const dir = copyExamples();
    const { files } = await runJson([], dir);
    const { stdout } = await runCli([], dir);
    const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    // Files are separated by a blank line, and the summary follows another.
    const blocks = stdout.split('\n\n');
    expect(blocks.pop()).toMatch(/^✖ /);
    const withMessages = files.filter((f) => f.messages.length > 0);
    expect(blocks).toHaveLength(withMessages.length);
    for (const [i, file] of withMessages.entries()) {
      const rows = blocks[i]!.replace(/\n$/, '').split('\n');
      expect(rows).toHaveLength(file.messages.length);
      for (const row of rows) expect(row.startsWith(`${file.filePath}:`)).toBe(true);
      for (const m of file.messages) {
        const row = `^${escape(file.filePath)}:${m.line}:${m.column} {2,}${m.severity} {2,}.+ {2}${escape(m.ruleId)}$`;
        expect(blocks[i]).toMatch(new RegExp(row, 'm'));
      }
    }
  });

  describe('SARIF', () => {
    const schema = JSON.parse(readFileSync(join(repoRoot, 'test/fixtures/sarif-schema-2.1.0.json'), 'utf8'));
    // ajv-formats is not a dependency, and the official schema's `language` pattern is invalid under the `u` flag.
    const validate = new Ajv({ strict: false, allErrors: true, validateFormats: false, unicodeRegExp: false }).compile(
      schema,
    );

    async function lintSarif(): Promise<{ code: number; log: Sarif.Log; dir: string }> {
      const dir = copyExamples();
      const { code, stdout } = await runCli(['--format', 'sarif'], dir);
      return { code, log: JSON.parse(stdout) as Sarif.Log, dir };
    }

    it('validates against the official SARIF 2.1.0 schema', async () => {
      const { code, log } = await lintSarif();
      const valid = validate(log);
      if (!valid) console.error(JSON.stringify(validate.errors, null, 2));
      expect(valid).toBe(true);
      expect(code).toBe(0);
    });

    it('describes all 16 rules, each with a help URI', async () => {
      const { log } = await lintSarif();
      const rules = log.runs[0]!.tool.driver.rules!;
      expect(rules).toHaveLength(16);
      expect(rules.map((r) => r.id)).toEqual(RULES.map((r) => r.id));
      for (const rule of rules) expect(rule.helpUri).toBe(docsUrl(rule.id));
    });

    it('has one result per finding the JSON format reports', async () => {
      const { log, dir } = await lintSarif();
      const { files } = await runJson([], dir);
      expect(log.runs[0]!.results!.map((r) => r.ruleId).sort()).toEqual(ruleIds(files).sort());
    });

    it("points a duplicate story's related location at its twin in the other file, with a region", async () => {
      const { log, dir } = await lintSarif();
      const results = log.runs[0]!.results!;
      const uriOf = (loc: Sarif.Location) => loc.physicalLocation!.artifactLocation!.uri;
      const lineOf = (file: string, text: string) =>
        readFileSync(join(dir, file), 'utf8')
          .split('\n')
          .findIndex((l) => l.includes(text)) + 1;
      const twins = [
        {
          file: 'backlog/notifications.md',
          twin: 'stories/checkout.story.md',
          heading: '## Know the order is ready before setting off',
        },
        { file: 'stories/checkout.story.md', twin: 'backlog/notifications.md', heading: '## Ready-to-collect message' },
      ];
      for (const { file, twin, heading } of twins) {
        const dup = results.find((r) => r.ruleId === 'duplicate-story' && uriOf(r.locations![0]!) === file);
        expect(dup, file).toBeDefined();
        const related = dup!.relatedLocations!;
        expect(related.length).toBeGreaterThan(0);
        const [first] = related;
        expect(first!.physicalLocation!.artifactLocation).toMatchObject({ uri: twin, uriBaseId: '%SRCROOT%' });
        expect(first!.physicalLocation!.region).toMatchObject({
          startLine: lineOf(twin, heading),
          startColumn: expect.any(Number),
        });
      }
    });
  });

  describe('colour', () => {
    it('prints no escape codes when stdout is not a terminal', async () => {
      const dir = copyExamples();
      const { stdout } = await runCli([], dir, { isTty: false });
      expect(stdout).toContain('warning');
      expect(stdout).not.toMatch(ANSI);
    });

    it('colours the output on a terminal', async () => {
      const dir = copyExamples();
      const { stdout } = await runCli([], dir, { isTty: true });
      expect(stdout).toMatch(ANSI);
      expect(stdout.replace(/\u001b\[\d+m/g, '')).toBe((await runCli([], dir)).stdout);
    });

    it('prints no escape codes on a terminal when NO_COLOR is set', async () => {
      const dir = copyExamples();
      expect((await runCli([], dir, { isTty: true, env: { NO_COLOR: '1' } })).stdout).not.toMatch(ANSI);
    });

    it('prints no escape codes on a terminal with --no-color, and colours off a terminal with --color', async () => {
      const dir = copyExamples();
      expect((await runCli(['--no-color'], dir, { isTty: true })).stdout).not.toMatch(ANSI);
      expect((await runCli(['--color'], dir, { isTty: false })).stdout).toMatch(ANSI);
    });

    it('never colours JSON or SARIF, even on a terminal', async () => {
      const dir = copyExamples();
      for (const format of ['json', 'sarif']) {
        const { stdout } = await runCli(['--format', format], dir, { isTty: true });
        expect(stdout).not.toMatch(ANSI);
        expect(() => JSON.parse(stdout)).not.toThrow();
      }
    });
  });
});

describe('configuration', () => {
  it('applies the nearest .storylint.jsonc, comments and all: a rule turned off finds nothing', async () => {
    const dir = copyExamples();
    const before = (await runJson([], dir)).files;
    expect(ruleIds(before)).toContain('generic-who');
    writeFileSync(
      join(dir, '.storylint.jsonc'),
      '{\n  // Personas are reviewed by hand.\n  "rules": { "generic-who": "off", },\n}\n',
    );
    const { code, files, stderr } = await runJson([], dir);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(ruleIds(files)).not.toContain('generic-who');
    expect(ruleIds(files).sort()).toEqual(
      ruleIds(before)
        .filter((id) => id !== 'generic-who')
        .sort(),
    );
  });

  it("reads the team's own section names from the configuration, in the CLI too", async () => {
    const story =
      '## Pay by card\n\nAs a shopper, I want to pay fast, so that I buy.\n\n### Verification\n\n- 9 in 10 pay\n';
    const dir = makeWorkspace({ 'pay.story.md': story });
    expect(ruleIds((await runJson([], dir)).files)).toContain('missing-success');
    writeFileSync(join(dir, '.storylint.jsonc'), '{ "vocabulary": { "successLabels": ["verification"] } }\n');
    const { stderr, files } = await runJson([], dir);
    expect(stderr).toBe('');
    expect(ruleIds(files)).not.toContain('missing-success');
  });

  it('finds .storylint.jsonc in a parent folder', async () => {
    const dir = makeWorkspace({
      '.storylint.jsonc': '{ "rules": { "missing-outcome": "warning" } }\n',
      'team/refill.story.md': NO_OUTCOME,
    });
    const { code, files } = await runJson([], join(dir, 'team'));
    expect(files[0]!.messages).toContainEqual(
      expect.objectContaining({ ruleId: 'missing-outcome', severity: 'warning' }),
    );
    expect(code).toBe(0);
  });

  it('uses the file given with --config instead', async () => {
    const dir = makeWorkspace({
      'config/strict.jsonc': '{ "rules": { "missing-why": "error" } }\n',
      'pay.story.md': ONE_LINER,
    });
    const { code, files } = await runJson(['--config', 'config/strict.jsonc'], dir);
    expect(files[0]!.messages).toContainEqual(expect.objectContaining({ ruleId: 'missing-why', severity: 'error' }));
    expect(code).toBe(1);
  });

  it('names file:line:col of a JSONC syntax error, still lints with the defaults and exits with 2', async () => {
    const dir = copyExamples();
    writeFileSync(join(dir, '.storylint.jsonc'), '{\n  "rules": {\n    "generic-who" "off"\n  }\n}\n');
    const { code, stdout, stderr } = await runCli([], dir);
    expect(stderr).toMatch(/^\.storylint\.jsonc:3:19: .+/m);
    expect(stdout).toContain('problems');
    expect(stdout).toContain('generic-who');
    expect(code).toBe(2);
  });

  it('names file:line:col of an unknown rule, applies the rest of the configuration and exits with 2', async () => {
    const dir = copyExamples();
    writeFileSync(
      join(dir, '.storylint.jsonc'),
      '{\n  "rules": {\n    "no-such-rule": "warning",\n    "generic-who": "off"\n  }\n}\n',
    );
    const { code, stdout, stderr } = await runCli([], dir);
    expect(stderr).toMatch(/^\.storylint\.jsonc:3:5: .*no-such-rule/m);
    expect(stdout).toContain('problems');
    expect(stdout).toContain('duplicate-story');
    expect(stdout).not.toContain('generic-who');
    expect(code).toBe(2);
  });

  it('exits with 2 even when the configuration problem is in a JSON report run', async () => {
    const dir = copyExamples();
    writeFileSync(join(dir, '.storylint.jsonc'), '{ "rules": { "generic-who": "sometimes" } }\n');
    const { code, files, stderr } = await runJson([], dir);
    expect(stderr).toMatch(/^\.storylint\.jsonc:1:\d+: .*generic-who/m);
    expect(files).toHaveLength(10);
    expect(code).toBe(2);
  });

  it('says so and exits with 2 when --config names a missing file', async () => {
    const dir = copyExamples();
    const { code, stderr } = await runCli(['--config', 'no/such.jsonc'], dir);
    expect(stderr).toContain('no/such.jsonc');
    expect(stderr).toMatch(/not found/);
    expect(code).toBe(2);
  });
});

describe('input that is not a story file', () => {
  it('reports a binary file named on the command line as an error row and exits with 1', async () => {
    const binary = Buffer.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52,
    ]);
    const dir = makeWorkspace({ 'logo.story.md': binary, 'pay.story.md': GOOD_STORY });
    const { code, stdout } = await runCli(['logo.story.md', 'pay.story.md'], dir);
    expect(stdout).toMatch(/^logo\.story\.md:0:0 {2}error {2}.*binary.*\n/m);
    expect(stdout).toContain('✖ 1 problem (1 error, 0 warnings, 0 infos)');
    expect(code).toBe(1);
    const json = await runJson(['logo.story.md', 'pay.story.md'], dir);
    expect(json.files.find((f) => f.filePath === 'logo.story.md')).toMatchObject({
      errorCount: 1,
      messages: [],
      error: expect.any(String),
    });
    expect(json.code).toBe(1);
  });

  it('lints empty and whitespace-only files without crashing', async () => {
    const dir = makeWorkspace({ 'empty.story.md': '', 'blank.story.md': ' \n\t\r\n\n' });
    const { code, stderr } = await runCli([], dir);
    expect(stderr).toBe('');
    expect([0, 1]).toContain(code);
  });
});

describe('report', () => {
  it('prints the backlog value report as Markdown with a table row per story', async () => {
    const dir = copyExamples();
    const { code, stdout } = await runCli(['report'], dir);
    expect(code).toBe(0);
    expect(stdout.startsWith('# Backlog value report\n')).toBe(true);
    const stories = (JSON.parse((await runCli(['report', '--format', 'json'], dir)).stdout) as { stories: number })
      .stories;
    // One table per file: a row per story, each linking to its line.
    const rows = stdout.split('\n').filter((l) => /^\| \[.*\]\(.*#L\d+\) \| \d+% \|/.test(l));
    expect(rows).toHaveLength(stories);
    expect(rows.find((r) => r.includes('Pickup store dropdown'))).toContain('stories/checkout.story.md#L');
  });

  it('prints the report as JSON with the 32 stories of the example backlog, its bug, task and spec apart', async () => {
    const dir = copyExamples();
    const { code, stdout } = await runCli(['report', '--format', 'json'], dir);
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as {
      files: number;
      stories: number;
      items: unknown[];
      nonStories: { kind: string; title: string }[];
    };
    expect(report.files).toBe(10);
    expect(report.stories).toBe(32);
    expect(report.items).toHaveLength(report.stories);
    // The spec-kit specification is the container of its stories: its own Success Criteria a criteria list.
    expect(report.nonStories.map((n) => n.kind)).toEqual(['bug', 'task', 'criteria']);
  });

  it('reports only the paths given', async () => {
    const dir = copyExamples();
    const report = JSON.parse(
      (await runCli(['report', '--format', 'json', 'backlog/notifications.md'], dir)).stdout,
    ) as {
      files: number;
      stories: number;
    };
    expect(report).toMatchObject({ files: 1, stories: 3 });
  });
});

describe('report --fail-under (the readiness gate)', () => {
  const READY = '- As a tenant, I want to submit my meter reading, so that my bill is not estimated.\n';
  const NOT_READY = '- As a tenant, I want a dashboard.\n';

  it('exits with 1 and lists every story below the bar on stderr: file:line, score, title, what it lacks', async () => {
    const dir = makeWorkspace({ 'backlog/b.md': `${READY}${NOT_READY}` });
    const { code, stdout, stderr } = await runCli(['report', '--fail-under', '80'], dir);
    expect(code).toBe(1);
    expect(stdout.startsWith('# Backlog value report\n')).toBe(true);
    expect(stderr).toContain('backlog/b.md:2  50%  a dashboard  (missing: Why, Outcome (weak))\n');
    expect(stderr).not.toContain('submit my meter reading');
    expect(stderr).toContain('1 of 2 stories below 80%');
  });

  it('exits with 0 when every story reaches the bar, and prints the report as JSON with --format json', async () => {
    const dir = makeWorkspace({ 'backlog/b.md': `${READY}${NOT_READY}` });
    const { code, stdout } = await runCli(['report', '--fail-under', '50', '--format', 'json'], dir);
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as { readyBar: number; ready: number; items: { score: number }[] };
    expect(report).toMatchObject({ readyBar: 50, ready: 2 });
    expect(report.items.map((i) => i.score)).toEqual([50, 100]);
  });

  it('reads the bar and the required elements from "ready" in .storylint.jsonc', async () => {
    const config = '{ "ready": { "failUnder": 100, "require": ["who", "outcome"] } }';
    const dir = makeWorkspace({
      '.storylint.jsonc': config,
      'backlog/b.md': '- As a tenant, I want to submit my meter reading.\n',
    });
    expect((await runCli(['report'], dir)).code).toBe(0);
    const noWhy = makeWorkspace({
      '.storylint.jsonc': '{ "ready": { "failUnder": 100 } }',
      'backlog/b.md': '- As a tenant, I want to submit my meter reading.\n',
    });
    const { code, stderr } = await runCli(['report'], noWhy);
    expect(code).toBe(1);
    expect(stderr).toContain('backlog/b.md:1  67%  submit my meter reading  (missing: Why)');
  });

  it('lets --fail-under on the command line override the configuration', async () => {
    const dir = makeWorkspace({ '.storylint.jsonc': '{ "ready": { "failUnder": 90 } }', 'backlog/b.md': NOT_READY });
    expect((await runCli(['report'], dir)).code).toBe(1);
    expect((await runCli(['report', '--fail-under', '40'], dir)).code).toBe(0);
  });

  it('exits with 2 for a percentage that is not one, and for --fail-under without report', async () => {
    const dir = makeWorkspace({ 'backlog/b.md': READY });
    for (const bad of ['101', 'eighty', '-5', '']) {
      const { code, stderr } = await runCli(['report', `--fail-under=${bad}`], dir);
      expect(code, bad).toBe(2);
      expect(stderr).toContain('--fail-under needs a percentage from 0 to 100');
    }
    expect((await runCli(['--fail-under', '80'], dir)).code).toBe(2);
  });

  it('exits with 2 for a "ready" configuration out of range, with its line and column', async () => {
    const config = '{\n  "ready": { "failUnder": 120, "require": ["who", "vision"] }\n}\n';
    const dir = makeWorkspace({ '.storylint.jsonc': config, 'backlog/b.md': READY });
    const { code, stderr } = await runCli(['report'], dir);
    expect(code).toBe(2);
    expect(stderr).toMatch(/\.storylint\.jsonc:2:27: "ready\.failUnder" must be <= 100/);
    expect(stderr).toMatch(/\.storylint\.jsonc:2:\d+: "ready\.require\.1" must be equal to one of the allowed values/);
  });
});

describe('--fix', () => {
  it('rewrites the files in place, loses no word, changes nothing when run again and prints what remains', async () => {
    const dir = copyExamples();
    const before = snapshot(dir);
    const fixableBefore = totalOf((await runJson([], dir)).files, 'fixableCount');
    expect(fixableBefore).toBeGreaterThan(0);

    const first = await runCli(['--fix'], dir);
    const afterFirst = snapshot(dir);
    expect([...afterFirst.keys()].sort()).toEqual([...before.keys()].sort());
    const changed = [...before].filter(([path, bytes]) => !bytes.equals(afterFirst.get(path)!)).map(([path]) => path);
    expect(changed).toEqual(expect.arrayContaining(['stories/checkout.story.md', 'stories/onboarding.stories.md']));
    expect(changed).not.toContain('README.md');
    for (const [path, bytes] of before) {
      // The non-atomic split repeats the who and why but drops the "and"/"or" joining the goals.
      expect(lostWords(bytes.toString('utf8'), afterFirst.get(path)!.toString('utf8'), ['and', 'or']), path).toEqual(
        [],
      );
    }

    // What --fix prints is what a plain lint of the fixed files finds: placeholders still ask to be filled in.
    const relint = await runCli([], dir);
    expect(first.stdout).toBe(relint.stdout);
    expect(first.code).toBe(relint.code);
    expect(first.stdout).toContain('problems');

    const second = await runCli(['--fix'], dir);
    const afterSecond = snapshot(dir);
    for (const [path, bytes] of afterFirst) expect(afterSecond.get(path)!.equals(bytes), path).toBe(true);
    expect(second.stdout).toBe(first.stdout);
  });

  it('applies only safe fixes: rewrites wait for --unsafe-fixes, and the summary says how many there are', async () => {
    const story =
      '## Pickup\n\n**Who:** returning shopper\n**Outcome:** add a dropdown to choose the store\n' +
      '**Why:** people pick the wrong store\n';
    const dir = makeWorkspace({ 'pickup.story.md': story });
    const safe = await runCli(['--fix'], dir);
    const afterSafe = readFileSync(join(dir, 'pickup.story.md'), 'utf8');
    expect(afterSafe).toContain('**Outcome:** add a dropdown to choose the store');
    expect(afterSafe).not.toContain('Proposed solution');
    expect(safe.stdout).toContain('1 rewrite available with --fix --unsafe-fixes');
    const unsafe = await runCli(['--fix', '--unsafe-fixes'], dir);
    const afterUnsafe = readFileSync(join(dir, 'pickup.story.md'), 'utf8');
    expect(afterUnsafe).toContain('**Proposed solution:** add a dropdown to choose the store');
    expect(unsafe.stdout).not.toContain('--unsafe-fixes');
    expect((await runCli(['--unsafe-fixes'], dir)).code).toBe(2);
  });

  it('reports a file it cannot read as an error and lints the others', async () => {
    const dir = makeWorkspace({
      'good.story.md': GOOD_STORY,
      'deep.story.md': `${'> - '.repeat(5000)}As a nurse, I want x\n`,
    });
    writeFileSync(join(dir, 'binary.story.md'), Buffer.from([0x23, 0x20, 0, 1, 2]));
    const result = await runCli(['--format', 'json'], dir);
    const files = JSON.parse(result.stdout) as { filePath: string; error?: string }[];
    expect(files.map((f) => f.filePath).sort()).toEqual(['binary.story.md', 'deep.story.md', 'good.story.md']);
    expect(files.find((f) => f.filePath === 'binary.story.md')!.error).toMatch(/binary/);
    expect(result.stderr).toMatch(/deep\.story\.md:1:\d+: Lists or quotes nested deeper than 100 levels/);
    expect(result.code).toBe(1);
  });

  it('says a file in another language was not checked, and lints the others (the cache remembers it)', async () => {
    const dir = makeWorkspace({
      'good.story.md': GOOD_STORY,
      'commandes.story.md':
        '## Filtrer\n\nEn tant que client, je veux filtrer les commandes par date afin de retrouver une commande.\n',
    });
    for (const run of [1, 2]) {
      const result = await runCli(['--cache'], dir);
      expect(result.stderr, `run ${run}`).toBe(
        'commandes.story.md:1:1: Not checked: this document looks written in French, and Storylint reads English.\n',
      );
      expect(result.stdout, `run ${run}`).toBe('');
      expect(result.code, `run ${run}`).toBe(0);
    }
  });

  it('leaves files without fixable findings byte-for-byte alone', async () => {
    const dir = makeWorkspace({ 'pay.story.md': GOOD_STORY.replace(/\n/g, '\r\n') });
    const before = readFileSync(join(dir, 'pay.story.md'));
    expect(await runCli(['--fix'], dir)).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(readFileSync(join(dir, 'pay.story.md')).equals(before)).toBe(true);
  });
});

describe('--cache', () => {
  const CACHE = '.storylintcache';
  // Two stories that say the same thing, in two files: duplicate-story links them.
  const TWIN = '## Reorder stock\n\nAs a night pharmacist, I want to reorder stock before the shelf runs empty.\n';
  const PLANTED = 'This finding was planted in the cache.';

  interface CacheOnDisk {
    version: string;
    files: Record<string, { hash: string; findings: { ruleId: string; message: string }[] }>;
  }
  const readCache = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as CacheOnDisk;

  /**
   * Adds a finding to a file's cached results that no lint would ever produce: it shows up in a
   * later run exactly when that run reuses the cache for the file.
   */
  function plant(cacheFile: string, file: string, edit: (cache: CacheOnDisk) => void = () => {}): void {
    const cache = readCache(cacheFile);
    cache.files[file]!.findings.push({
      ruleId: 'missing-who',
      severity: 'warning',
      message: PLANTED,
      span: { start: 0, end: 1 },
      storyIndex: 0,
    } as CacheOnDisk['files'][string]['findings'][number]);
    edit(cache);
    writeFileSync(cacheFile, JSON.stringify(cache));
  }

  it('writes .storylintcache in the working folder, and a re-run reuses it with the same output', async () => {
    const dir = copyExamples();
    const fresh = await runCli(['--format', 'json'], dir);
    const cold = await runCli(['--cache', '--format', 'json'], dir);
    expect(cold).toEqual(fresh);
    const cache = readCache(join(dir, CACHE));
    expect(Object.keys(cache.files).length).toBe(JSON.parse(fresh.stdout).length);

    plant(join(dir, CACHE), join(dir, 'stories/checkout.story.md'));
    const written = readFileSync(join(dir, CACHE), 'utf8');
    const warm = await runCli(['--cache', '--format', 'json'], dir);
    expect(warm.stdout).toContain(PLANTED);
    expect(warm.stderr).toBe('');
    // Nothing changed, so the cache is not written again: the planted entry is still there, as it was.
    expect(readFileSync(join(dir, CACHE), 'utf8')).toBe(written);
    expect(await runCli(['--format', 'json'], dir)).toEqual(fresh);
  });

  it('gives the same backlog report from the cache as without it', async () => {
    const dir = copyExamples();
    const fresh = await runCli(['report', '--format', 'json'], dir);
    await runCli(['--cache'], dir);
    // A lint run keeps no stories (only the report reads them), so this report lints afresh…
    expect(await runCli(['report', '--cache', '--format', 'json'], dir)).toEqual(fresh);
    // …and this one reads everything from the cache.
    plant(join(dir, CACHE), join(dir, 'stories/checkout.story.md'));
    const cached = await runCli(['report', '--cache', '--format', 'json'], dir);
    expect(cached.stdout).toContain(PLANTED);
    const titles = (stdout: string) => (JSON.parse(stdout) as { items: { title: string }[] }).items.map((i) => i.title);
    expect(titles(cached.stdout).sort()).toEqual(titles(fresh.stdout).sort());
  });

  it('lints a changed file afresh, and with workspace rules on every other file too', async () => {
    const dir = makeWorkspace({ 'a.story.md': TWIN, 'b.story.md': ONE_LINER });
    await runCli(['--cache'], dir);
    plant(join(dir, CACHE), join(dir, 'a.story.md'));
    writeFileSync(join(dir, 'b.story.md'), TWIN);
    const { stdout } = await runCli(['--cache', '--format', 'json'], dir);
    expect(stdout).not.toContain(PLANTED);
    // b's new story is a's twin: a's findings had to change although a did not.
    const files = JSON.parse(stdout) as JsonFile[];
    expect(files.map((f) => f.messages.filter((m) => m.ruleId === 'duplicate-story').length)).toEqual([1, 1]);
    expect(stdout).toBe((await runCli(['--format', 'json'], dir)).stdout);
  });

  it('keeps the results of an unchanged file when another changes and no workspace rule is on', async () => {
    const config = '{ "rules": { "duplicate-story": "off", "generic-who": "off" } }';
    const dir = makeWorkspace({ '.storylint.jsonc': config, 'a.story.md': TWIN, 'b.story.md': ONE_LINER });
    await runCli(['--cache'], dir);
    plant(join(dir, CACHE), join(dir, 'a.story.md'));
    plant(join(dir, CACHE), join(dir, 'b.story.md'));
    writeFileSync(join(dir, 'b.story.md'), TWIN);
    const { stdout } = await runCli(['--cache', '--format', 'json'], dir);
    const planted = (JSON.parse(stdout) as JsonFile[]).map((f) => JSON.stringify(f).includes(PLANTED));
    expect(planted).toEqual([true, false]);
  });

  it('ignores the cache when the configuration changes', async () => {
    const dir = makeWorkspace({ 'a.story.md': TWIN });
    await runCli(['--cache'], dir);
    plant(join(dir, CACHE), join(dir, 'a.story.md'));
    writeFileSync(join(dir, '.storylint.jsonc'), '{ "rules": { "missing-success": "off" } }');
    const { stdout } = await runCli(['--cache', '--format', 'json'], dir);
    expect(stdout).not.toContain(PLANTED);
    expect(ruleIds(JSON.parse(stdout))).not.toContain('missing-success');
    expect(stdout).toBe((await runCli(['--format', 'json'], dir)).stdout);
  });

  it('ignores a cache written by another version of Storylint', async () => {
    const dir = makeWorkspace({ 'a.story.md': TWIN });
    await runCli(['--cache'], dir);
    plant(join(dir, CACHE), join(dir, 'a.story.md'), (cache) => (cache.version = '0.0.0-another'));
    const { stdout, stderr } = await runCli(['--cache'], dir);
    expect(stdout).not.toContain(PLANTED);
    expect(stderr).toBe('');
  });

  it('drops a deleted file, and the duplicate-story finding that pointed at it', async () => {
    const dir = makeWorkspace({ 'a.story.md': TWIN, 'b.story.md': TWIN });
    expect(ruleIds((await runJson(['--cache'], dir)).files)).toContain('duplicate-story');
    rmSync(join(dir, 'b.story.md'));
    const { files } = await runJson(['--cache'], dir);
    expect(paths(files)).toEqual(['a.story.md']);
    expect(ruleIds(files)).not.toContain('duplicate-story');
    expect(Object.keys(readCache(join(dir, CACHE)).files)).toEqual([join(dir, 'a.story.md')]);
  });

  it('warns about a corrupted cache, lints without it and writes a good one', async () => {
    const dir = copyExamples();
    const fresh = await runCli([], dir);
    for (const garbage of ['{"format": 1, "files": ', '[1, 2, 3]', '\u0000\u0001binary']) {
      writeFileSync(join(dir, CACHE), garbage);
      const { code, stdout, stderr } = await runCli(['--cache'], dir);
      expect(stderr).toMatch(/^storylint: ignoring the cache .*\.storylintcache: it is corrupted/);
      expect({ code, stdout }).toEqual({ code: fresh.code, stdout: fresh.stdout });
      expect(Object.keys(readCache(join(dir, CACHE)).files).length).toBeGreaterThan(0);
    }
  });

  it('lints the whole run afresh when a cached entry is damaged: the workspace rules need every story', async () => {
    const dir = makeWorkspace({ 'a.story.md': TWIN, 'b.story.md': ONE_LINER });
    await runCli(['--cache'], dir);
    plant(join(dir, CACHE), join(dir, 'a.story.md'), (cache) => {
      (cache.files[join(dir, 'b.story.md')] as { findings: unknown }).findings = 'not a list';
    });
    const { stdout, stderr } = await runCli(['--cache', '--format', 'json'], dir);
    // b's generic-who suggests the personas of a: a's stories were in the index although a came from the cache.
    expect(stdout).toContain('night pharmacist');
    expect(stdout).toBe((await runCli(['--format', 'json'], dir)).stdout);
    expect(stderr).toBe('');
  });

  it('warns when the cache cannot be read or written, and the run goes on', async () => {
    const dir = makeWorkspace({ 'a.story.md': TWIN });
    const fresh = await runCli([], dir);
    // A cache "inside" a regular file can be neither read nor written.
    const { code, stdout, stderr } = await runCli(['--cache', '--cache-location', 'a.story.md/cache'], dir);
    expect(stderr).toMatch(/storylint: cannot read the cache .*a\.story\.md\/cache/);
    expect(stderr).toMatch(/storylint: cannot write the cache .*a\.story\.md\/cache/);
    expect({ code, stdout }).toEqual({ code: fresh.code, stdout: fresh.stdout });
  });

  it('puts the cache where --cache-location says: a file, or .storylintcache in a folder', async () => {
    const dir = makeWorkspace({ 'a.story.md': TWIN });
    mkdirSync(join(dir, 'tmp'));
    await runCli(['--cache', '--cache-location', 'tmp'], dir);
    await runCli(['--cache', '--cache-location', 'new/'], dir);
    await runCli(['--cache', '--cache-location', 'tmp/results.json'], dir);
    for (const file of ['tmp/.storylintcache', 'new/.storylintcache', 'tmp/results.json'])
      expect(Object.keys(readCache(join(dir, file)).files), file).toEqual([join(dir, 'a.story.md')]);
    expect(readdirSync(dir).sort()).toEqual(['a.story.md', 'new', 'tmp']);
  });

  it('exits with 2 for --cache-location without --cache', async () => {
    const { code, stderr } = await runCli(['--cache-location', 'x'], makeTempDir());
    expect(code).toBe(2);
    expect(stderr).toContain('--cache-location only makes sense with --cache');
  });

  it('with --fix, fixes what the cache says is fixable, and a re-run changes nothing and prints the same', async () => {
    const dir = copyExamples();
    await runCli(['--cache'], dir);
    const before = snapshot(dir);
    const fixed = await runCli(['--fix', '--cache'], dir);
    const afterFix = snapshot(dir);
    expect([...before].some(([path, bytes]) => !bytes.equals(afterFix.get(path)!))).toBe(true);
    expect(fixed.stdout).toBe((await runCli([], dir)).stdout);

    const again = await runCli(['--fix', '--cache'], dir);
    for (const [path, bytes] of snapshot(dir))
      if (path !== CACHE) expect(bytes.equals(afterFix.get(path)!), path).toBe(true);
    expect(again.stdout).toBe(fixed.stdout);
    expect((await runCli(['--cache'], dir)).stdout).toBe(fixed.stdout);
  });

  it('with --fix --unsafe-fixes, applies the rewrites a cached safe-only run left', async () => {
    const story =
      '## Pickup\n\n**Who:** returning shopper\n**Outcome:** add a dropdown to choose the store\n' +
      '**Why:** people pick the wrong store\n';
    const dir = makeWorkspace({ 'pickup.story.md': story });
    await runCli(['--fix', '--cache'], dir);
    expect(readFileSync(join(dir, 'pickup.story.md'), 'utf8')).not.toContain('Proposed solution');
    await runCli(['--fix', '--unsafe-fixes', '--cache'], dir);
    expect(readFileSync(join(dir, 'pickup.story.md'), 'utf8')).toContain('**Proposed solution:** add a dropdown');
  });
});
