/**
 * A real Neovim (from Debian: `apt-get install neovim`) talks to `storylint --stdio`, applies
 * a quick fix and writes the file. Skipped with a message when nvim is not installed; CI
 * installs it (.ci/run).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const repo = join(__dirname, '..', '..');
const hasNvim = spawnSync('nvim', ['--version']).status === 0;
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'storylint-nvim-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The headless Neovim script on a story file: it waits for diagnostics, applies the rewrite, writes. */
function runNeovim(story: string): void {
  const script = join(__dirname, 'neovim', 'storylint.lua');
  const run = spawnSync('nvim', ['--headless', '--clean', '-c', `luafile ${script}`], {
    env: { ...process.env, STORYLINT_CLI: join(repo, 'dist', 'cli.js'), STORY: story },
    encoding: 'utf8',
    timeout: 60_000,
  });
  expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
}

describe.runIf(hasNvim || process.env.CI)('Neovim over stdio', () => {
  it('shows the diagnostic, applies the outcome rewrite and writes the file', () => {
    const story = join(dir, 'pickup.story.md');
    writeFileSync(
      story,
      '## Pickup\n\n**Who:** returning shopper\n**Outcome:** add a dropdown to choose the pickup store\n' +
        '**Why:** people pick the wrong store\n',
    );
    runNeovim(story);
    const saved = readFileSync(story, 'utf8');
    expect(saved).toContain('**Proposed solution:** add a dropdown to choose the pickup store');
    expect(saved).toContain('**Outcome:** <what changes for the returning shopper?>');
    expect(saved).not.toContain('${');
  });

  it('offers the fix on a line with non-ASCII text before the squiggle (Neovim 0.7 echoes byte columns)', () => {
    const story = join(dir, 'cafe.story.md');
    writeFileSync(
      story,
      '# Pickup\n\n- As a café ☕ regular, I want a dropdown to choose the pickup café, so that I get my coffee.\n',
    );
    runNeovim(story);
    const saved = readFileSync(story, 'utf8');
    expect(saved).toContain('a dropdown to choose the pickup café');
    expect(saved).toContain('Proposed solution:');
    expect(saved).toContain('As a café ☕ regular, I want <');
  });
});
