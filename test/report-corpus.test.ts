/**
 * The backlog value report on real backlogs (test/corpus/real-backlogs: one story per line):
 * summary first, a section per file, every story once with a percentage, no template text in a title.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../server/src/cli/main.js';

const corpus = join(__dirname, 'corpus', 'real-backlogs');
const dir = mkdtempSync(join(tmpdir(), 'storylint-report-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const names = readdirSync(corpus).filter((f) => f.endsWith('.txt'));
mkdirSync(join(dir, 'backlog'));
for (const name of names) {
  const stories = readFileSync(join(corpus, name), 'utf8')
    .split('\n')
    .filter((l) => l.trim());
  writeFileSync(join(dir, 'backlog', name.replace(/\.txt$/, '.md')), stories.map((s) => `- ${s}\n`).join(''));
}

async function report(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await run(['report', ...argv], {
    cwd: dir,
    stdout: (s) => (stdout += s),
    stderr: (s) => (stderr += s),
    isTty: false,
    env: {},
  });
  return { code, stdout, stderr };
}

interface JsonReport {
  stories: number;
  files: number;
  items: { file: string; line: number; title: string; score: number }[];
}

describe('the report on real backlogs', () => {
  let markdown = '';
  let json: JsonReport;
  beforeAll(async () => {
    markdown = (await report([])).stdout;
    json = JSON.parse((await report(['--format', 'json'])).stdout) as JsonReport;
  });

  it('opens with the summary, then one section per file', () => {
    expect(json.files).toBe(names.length);
    const headings = markdown.split('\n').filter((l) => l.startsWith('## '));
    expect(headings.slice(0, 2)).toEqual(['## Most frequent problems', '## Least ready']);
    expect(headings.slice(2)).toEqual(names.map((n) => `## backlog/${n.replace(/\.txt$/, '.md')}`).sort());
    expect(markdown.split('\n')[2]).toMatch(
      new RegExp(`^${json.stories} stories in ${names.length} files · \\d+ ready at 80% \\(\\d+%\\)`),
    );
  });

  it('lists every story once, with a percentage, in its file section', () => {
    const rows = [...markdown.matchAll(/^\| \[.*\]\((backlog\/[^)]+)#L(\d+)\) \| (\d+)% \|/gm)];
    expect(rows).toHaveLength(json.stories);
    expect(new Set(rows.map((r) => `${r[1]}:${r[2]}`)).size).toBe(json.stories);
    for (const r of rows) expect(Number(r[3])).toBeLessThanOrEqual(100);
    expect(json.items.every((i) => i.score >= 0 && i.score <= 100)).toBe(true);
  });

  it('takes no title from template text', () => {
    for (const item of json.items) expect(item.title).not.toMatch(/<!--|^\s*$/);
  });

  it('lists the ten least ready stories in the summary, lowest score first', () => {
    const least = markdown.split('## Least ready\n\n')[1]!.split('\n\n')[0]!.split('\n');
    expect(least).toHaveLength(10);
    const scores = least.map((l) => Number(/ — (\d+)% /.exec(l)![1]));
    expect(scores).toEqual([...scores].sort((a, b) => a - b));
  });

  it('fails the gate at 80% on these backlogs and passes it at 0%', async () => {
    const failing = await report(['--fail-under', '80']);
    expect(failing.code).toBe(1);
    const below = json.items.filter((i) => i.score < 80).length;
    expect(failing.stderr.split('\n').filter((l) => /^backlog\/.*:\d+ {2}\d+% {2}/.test(l))).toHaveLength(below);
    expect((await report(['--fail-under', '0'])).code).toBe(0);
  });
});
