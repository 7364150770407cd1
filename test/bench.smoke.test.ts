/**
 * `npm run bench` still runs end to end: it generates backlogs, times the tools, drives the
 * server and prints its tables. Only the shape of the output is checked, never a time: timings
 * belong to the bench, not to a test on a shared machine.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { baselinesInstalled } from '../server/src/bench/baselines.js';

const repo = join(__dirname, '..');
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('npm run bench', () => {
  // With the baselines already installed they are run too; without them the run needs no network.
  const withBaselines = baselinesInstalled(repo, join(repo, '.bench-cache'));
  const args = [
    '--quick',
    '--sizes',
    '10',
    '--runs',
    '1',
    '--edits',
    '20',
    '--hostile-lines',
    '400',
    ...(withBaselines ? [] : ['--no-baselines']),
  ];
  let status: number | null = null;
  let stderr = '';
  let out = '';

  beforeAll(() => {
    const run = spawnSync(process.execPath, [join(repo, 'dist', 'bench.js'), ...args], {
      cwd: repo,
      encoding: 'utf8',
      timeout: 240_000,
    });
    ({ status, stderr, stdout: out } = run);
  }, 250_000);

  it('exits cleanly and prints the header and the targets', () => {
    expect(status, stderr).toBe(0);
    expect(out).toContain('## Storylint benchmark');
    expect(out).toContain('### Targets');
    for (const target of [
      'CLI, 10 stories in one file, vs remark-parse alone on it',
      'CLI, 10 stories in one file, vs markdownlint-cli2',
      'CLI, 10 one-story files, vs markdownlint-cli2',
      'CLI `--cache` re-run, unchanged 10 files, vs cold',
      'server, per edit on the 10-story document, p50',
      'server, per edit on the 10-story document, p95',
      'server, open the 10-story document → first diagnostics, vs remark-parse alone',
      'server RSS after the edits on the 10-story document (peak)',
      'CLI peak RSS on the 10-story file',
      'extension activation → server initialised',
    ]) {
      expect(out).toMatch(new RegExp(`^\\| ${escape(target)}.*\\| (met|missed|not measured)`, 'm'));
    }
  });

  it('prints one table per backlog shape, with every tool and the server', () => {
    for (const kind of ['templated', 'varied'])
      for (const layout of ['one file', 'file per story'])
        for (const eol of ['LF', 'CRLF']) expect(out).toContain(`### ${kind} stories, ${layout}, ${eol}`);
    const measures = [
      'read + one regex pass',
      'remark-parse alone',
      'markdownlint-cli2',
      'Storylint CLI, cold',
      'Storylint CLI `--cache`, unchanged re-run',
    ];
    for (const measure of measures) {
      expect(out.match(new RegExp(`^\\| 10 \\| ${escape(measure)} \\|`, 'gm'))).toHaveLength(8);
    }
    const open = /^\| 10 \| server: open → first diagnostics \([\d,]+, \d+ KB as JSON\) \| [\d.,]+ m?s \|/gm;
    expect(out.match(open)).toHaveLength(4);
    expect(out.match(/^\| 10 \| server: per edit, p95 of 20 \|/gm)).toHaveLength(4);
    expect(out).toContain('server: spawn `node dist/server.js --stdio` → `initialize` answered');
  });

  it('lints every hostile shape at a quarter of its lines and at all of them', () => {
    expect(out).toContain('### Hostile shapes');
    const time = String.raw`[\d.,]+ m?s`;
    const floor = String.raw`(?:–|[\d.]+× \(${time}\))`;
    const rows = out.match(new RegExp(String.raw`^\| [^|]+ \| ${time} \| ${time} \| [\d.]+× \| ${floor} \|$`, 'gm'));
    expect(rows).toHaveLength(10);
  });

  it('says why rows are skipped, and no tool failed', () => {
    if (!withBaselines) expect(out).toContain('- remark-parse alone: skipped — not run (--no-baselines)');
    expect(out).not.toContain('failed:');
    expect(out).not.toContain('the CLI has no --cache option');
  });
});
