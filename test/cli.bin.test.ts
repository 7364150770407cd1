import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type * as Sarif from 'sarif';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './support/cli-process.js';

const repoRoot = resolve(__dirname, '..');
const cli = join(repoRoot, 'dist/cli.js');
const { version } = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string };

/** Runs the built binary as a user would (see runCli). */
const storylint = (args: readonly string[], cwd = repoRoot) => runCli(cli, args, cwd);

let scratch: string;

beforeAll(() => {
  scratch = realpathSync(mkdtempSync(join(tmpdir(), 'storylint-bin-')));
});

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

describe('the storylint binary', () => {
  it('starts with a node shebang so npm can link it as a command', () => {
    expect(readFileSync(cli, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
  });

  it("prints package.json's version for --version", () => {
    const { code, stdout } = storylint(['--version']);
    expect(stdout).toBe(`${version}\n`);
    expect(code).toBe(0);
  });

  it('lints the example backlog in stylish format, summarises the problems and exits with 0 for warnings only', () => {
    const { code, stdout, stderr } = storylint(['examples/']);
    expect(stderr).toBe('');
    expect(stdout).toMatch(/^examples\/stories\/checkout\.story\.md:\d+:\d+ {2}/m);
    expect(stdout).toMatch(/^examples\/stories\/[\w.-]+\.md:\d+:\d+ {2,}warning {2}.+ {2}output-focused\n/m);
    expect(stdout).toMatch(/✖ \d+ problems \(0 errors, \d+ warnings, \d+ infos\)/);
    expect(stdout).not.toMatch(/\u001b\[/);
    expect(code).toBe(0);
  });

  it('leaves quietly when the reader of its output stops reading (storylint | head)', () => {
    // Megabytes of JSON for 500 issues: far more than a pipe holds, so the writes meet a closed pipe.
    const line = `node "${cli}" 'test/corpus/gitlab-issues/issues/*.md' --format json | head -c 1 > /dev/null`;
    const piped = spawnSync('bash', ['-c', `${line}; echo "storylint exited with \${PIPESTATUS[0]}" >&2`], {
      cwd: repoRoot,
      encoding: 'utf8',
    });
    expect(piped.stderr).not.toMatch(/EPIPE|Error/);
    // The exit code still says what the lint found (errors in these issues: 1).
    const whole = storylint(['test/corpus/gitlab-issues/issues/*.md', '--format', 'json']);
    expect(piped.stderr).toContain(`storylint exited with ${whole.code}`);
  });

  it('exits with 1 when an error-severity finding is left', () => {
    const file = join(scratch, 'refill.story.md');
    writeFileSync(
      file,
      '## Refill the night shelf\n\n**Who:** Pharmacist on the night shift\n\n**Why:** We lose 20 minutes a shift.\n',
    );
    const { code, stdout } = storylint([file], scratch);
    expect(stdout).toMatch(/ error +.+ missing-outcome\n/);
    expect(code).toBe(1);
  });

  it('exits with 1 when the warnings exceed --max-warnings and 2 for a usage error', () => {
    expect(storylint(['--max-warnings', '0', 'examples/']).code).toBe(1);
    const usage = storylint(['--format', 'xml', 'examples/']);
    expect(usage.stderr).toContain('"xml"');
    expect(usage.code).toBe(2);
  });

  it('prints a SARIF log that parses for --format sarif examples/', () => {
    const { code, stdout } = storylint(['--format', 'sarif', 'examples/']);
    const log = JSON.parse(stdout) as Sarif.Log;
    expect(log.version).toBe('2.1.0');
    const [run] = log.runs;
    expect(run!.tool.driver).toMatchObject({ name: 'storylint', version });
    expect(run!.results!.length).toBeGreaterThan(0);
    expect(run!.artifacts!.map((a) => a.location!.uri)).toContain('examples/stories/checkout.story.md');
    expect(code).toBe(0);
  });

  it('checks a configuration with the validator compiled at build time: same problems, same positions', () => {
    const dir = join(scratch, 'config');
    mkdirSync(dir);
    writeFileSync(join(dir, 'refill.story.md'), '## Refill\n\nAs a pharmacist, I want to refill the shelf.\n');
    const config = '{\n  // ours\n  "rules": { "missing-succes": "off", "missing-why": "of" },\n  "rulez": 1\n}\n';
    writeFileSync(join(dir, '.storylint.jsonc'), config);
    const { code, stderr } = storylint(['refill.story.md'], dir);
    expect(stderr.split('\n').slice(0, 3)).toEqual([
      '.storylint.jsonc:4:3: Unknown key: "rulez". Did you mean "rules", "files" or "ignores"?',
      '.storylint.jsonc:3:14: Unknown key in "rules": "missing-succes". See docs/rules/ for the rule ids.',
      '.storylint.jsonc:3:54: "rules.missing-why" must match exactly one schema in oneOf (expected a severity: ' +
        '"off", "hint", "info", "warning" or "error", or [severity, options]).',
    ]);
    expect(code).toBe(2);
  });

  it('re-runs from --cache with the same output, and ignores a cache written by another build', () => {
    const dir = join(scratch, 'cached');
    cpSync(join(repoRoot, 'examples'), dir, { recursive: true });
    const cold = storylint(['--format', 'json'], dir);
    expect(storylint(['--cache', '--format', 'json'], dir)).toEqual(cold);
    const cacheFile = join(dir, '.storylintcache');
    const cache = JSON.parse(readFileSync(cacheFile, 'utf8')) as { version: string; files: object };
    expect(cache.version).toMatch(new RegExp(`^${version.replace(/\./g, '\\.')}\\+[\\w-]{16}$`));
    expect(storylint(['--cache', '--format', 'json'], dir)).toEqual(cold);

    // An entry emptied of its findings shows only while the cache is this build's.
    const emptied = (v: string) => {
      const files = Object.fromEntries(
        Object.entries(cache.files).map(([file, entry]) => [file, { ...entry, findings: [] }]),
      );
      writeFileSync(cacheFile, JSON.stringify({ ...cache, version: v, files }));
    };
    emptied(cache.version);
    expect(storylint(['--cache', '--format', 'json'], dir).stdout).not.toBe(cold.stdout);
    emptied(`${version}+another-build00`);
    expect(storylint(['--cache', '--format', 'json'], dir)).toEqual(cold);
  });
});
