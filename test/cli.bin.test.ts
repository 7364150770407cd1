import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type * as Sarif from 'sarif';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const repoRoot = resolve(__dirname, '..');
const cli = join(repoRoot, 'dist/cli.js');
const { version } = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string };

/** Runs the built binary as a user would, outside a terminal and without NO_COLOR or FORCE_COLOR leaking in. */
function storylint(args: readonly string[], cwd = repoRoot) {
  const env = { ...process.env };
  delete env.NO_COLOR;
  delete env.FORCE_COLOR;
  const result = spawnSync(process.execPath, [cli, ...args], { cwd, env, encoding: 'utf8' });
  if (result.error) throw result.error;
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

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

  it('lints the example backlog in the stylish format, summarises the problems and exits with 0 for warnings only', () => {
    const { code, stdout, stderr } = storylint(['examples/']);
    expect(stderr).toBe('');
    expect(stdout).toMatch(/^examples\/stories\/checkout\.story\.md:\d+:\d+ {2}/m);
    expect(stdout).toMatch(/^examples\/stories\/[\w.-]+\.md:\d+:\d+ {2,}warning {2}.+ {2}output-focused\n/m);
    expect(stdout).toMatch(/✖ \d+ problems \(0 errors, \d+ warnings, \d+ infos\)/);
    expect(stdout).not.toMatch(/\u001b\[/);
    expect(code).toBe(0);
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
});
