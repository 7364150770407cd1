/**
 * Shapes no team writes on purpose and a linter still meets (a paragraph of thousands of statements, tags that never
 * close, one story with thousands of criteria), each where Storylint once took quadratic time. Each is linted at a
 * quarter of its lines and at all of them: linear work grows about 4× between the two (less, with the process's
 * start-up in both), quadratic work about 16×. remark-parse alone on the larger file is the floor.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Baselines } from './baselines.js';
import { runNode, type Timing } from './measure.js';
import { isSkipped, type Skipped } from './results.js';
import { min, ms, ratio } from './stats.js';

interface Shape {
  name: string;
  /** What comes before the lines, if anything. */
  head?: string;
  line: (i: number) => string;
  /** What joins the lines: a line break, or a space for one long line. */
  joiner?: string;
}

export const HOSTILE_SHAPES: readonly Shape[] = [
  { name: 'a paragraph of "As a …" lines, no want', line: (i) => `As a user ${i}` },
  { name: 'a paragraph of "Who:" lines', line: (i) => `Who: person ${i}` },
  { name: 'a paragraph of "I want …" lines (one want)', line: (i) => `I want ${i}` },
  { name: 'label lines, one paragraph', line: (i) => `Who: a ${i} Outcome: b Why: c` },
  { name: 'raw HTML whose tags never close', head: '<div>', line: (i) => `<code ${i}`, joiner: ' ' },
  { name: 'a list of one-line stories', line: (i) => `- [ ] As a user, I want ${i}, so that ${i}` },
  {
    name: 'a want of "<" no tag closes',
    head: '## Story\n\nAs a clerk, I want ',
    line: (i) => `< y ${i}`,
    joiner: ' ',
  },
  // micromark's own: its inline pass grows with the square of a paragraph's marks, so Storylint reads a paragraph of
  // more than 5,000 as plain text (remark-parse alone is the slow one here).
  { name: 'a paragraph of bracketed ticket keys', line: (i) => `[PROJ-${i}]`, joiner: ' ' },
  {
    name: 'one story with a criterion per line',
    head: '## Story\n\nAs a clerk, I want totals, so that I close the day.\n\n### Acceptance criteria\n\n',
    line: (i) => `- works ${i}`,
  },
  // Each field's value and items were looked for among every block of the story, and its code blocks again for each.
  {
    name: 'one story with a criteria field per sub-section',
    head: '## Story\n\nAs a clerk, I want totals, so that I close the day.\n\n### Specifications\n\n',
    line: (i) => `#### Part ${i}\n\n**Acceptance criteria:**\n\n- works ${i}\n`,
  },
];

export interface HostileResult {
  shape: Shape;
  lines: number;
  remark: Timing | Skipped;
  /** The CLI at a quarter of the lines, and at all of them. */
  quarter: Timing;
  whole: Timing;
}

const text = (shape: Shape, lines: number) =>
  (shape.head ?? '') + Array.from({ length: lines }, (_, i) => shape.line(i)).join(shape.joiner ?? '\n') + '\n';

export async function measureHostile(
  repo: string,
  baselines: Baselines | Skipped,
  dir: string,
  lines: number,
  runs: number,
  log: (s: string) => void,
): Promise<HostileResult[]> {
  mkdirSync(dir, { recursive: true });
  const cli = join(repo, 'dist', 'cli.js');
  const run = join(repo, 'bench', 'baselines', 'run.mjs');
  const results: HostileResult[] = [];
  for (const [i, shape] of HOSTILE_SHAPES.entries()) {
    log(`hostile [${i + 1}/${HOSTILE_SHAPES.length}] ${shape.name}`);
    const quarterFile = `hostile-${i + 1}-quarter.md`;
    const wholeFile = `hostile-${i + 1}.md`;
    writeFileSync(join(dir, quarterFile), text(shape, Math.max(1, Math.round(lines / 4))));
    writeFileSync(join(dir, wholeFile), text(shape, lines));
    const timed = (): Timing => ({ samples: [] });
    const result: HostileResult = {
      shape,
      lines,
      remark: isSkipped(baselines) ? baselines : timed(),
      quarter: timed(),
      whole: timed(),
    };
    for (let r = 0; r < runs; r++) {
      if (!isSkipped(result.remark) && !isSkipped(baselines))
        result.remark.samples.push((await runNode([run, 'remark', baselines.dir, wholeFile], dir)).ms);
      result.quarter.samples.push((await runNode([cli, quarterFile], dir)).ms);
      result.whole.samples.push((await runNode([cli, wholeFile], dir)).ms);
    }
    results.push(result);
  }
  return results;
}

const row = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;

export function hostileTable(results: readonly HostileResult[]): string {
  if (results.length === 0) return '';
  const lines = results[0]!.lines.toLocaleString('en');
  const quarter = Math.max(1, Math.round(results[0]!.lines / 4)).toLocaleString('en');
  return [
    '### Hostile shapes',
    '',
    `Each linted at ${quarter} and ${lines} lines (min of the runs, whole processes). Linear work grows about 4× ` +
      'between the two, less with the start-up both pay; quadratic work about 16×.',
    '',
    row(['shape', `CLI, ${quarter} lines`, `CLI, ${lines} lines`, 'growth', `× remark-parse alone (${lines})`]),
    row(['---', '--:', '--:', '--:', '--:']),
    ...results.map((r) => {
      const [q, w] = [min(r.quarter.samples), min(r.whole.samples)];
      const floor = isSkipped(r.remark) ? '–' : `${ratio(w, min(r.remark.samples))} (${ms(min(r.remark.samples))})`;
      return row([r.shape.name, ms(q), ms(w), `${(w / q).toFixed(1)}×`, floor]);
    }),
    '',
  ].join('\n');
}
