/**
 * The bench's command line: `npm run bench -- [--quick] [--sizes 10,1000] [--runs n] [--edits n] [--hostile-lines n]
 * [--no-baselines]`.
 */
import { parseArgs } from 'node:util';

export interface BenchOptions {
  sizes: number[];
  /** Runs per whole-process measurement; undefined = by size (see runsFor). */
  runs?: number;
  edits: number;
  /** Typing stops after this many seconds even before `edits`: at seconds per edit, 1,000 would take hours. */
  editSeconds: number;
  baselines: boolean;
  quick: boolean;
  /** Lines of the largest hostile file (see hostile.ts). */
  hostileLines: number;
}

export const HELP = `npm run bench -- [options]

  --quick               small backlogs only (10 and 100 stories), 2 runs each, 100 edits or 20 s
  --sizes <list>        story counts, comma-separated (default 10,1000,10000)
  --runs <n>            runs of each whole-process measurement (default: 5 up to 100 stories, 3 up to
                        1,000, 2 above)
  --edits <n>           typing edits per document in the server measurement (default 1000)
  --edit-seconds <n>    stop typing after n seconds per document, even before --edits (default 180)
  --hostile-lines <n>   lines of each hostile shape, linted at a quarter of them and at all (default 8000)
  --no-baselines        do not install or run remark-parse and markdownlint-cli2 (their rows say skipped)
  -h, --help            this text

Tables go to stdout, progress to stderr. Backlogs and baselines are cached in .bench-cache/.
`;

const positive = (value: string, flag: string): number => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${flag} needs a positive whole number, got "${value}"`);
  return n;
};

/** Parsed options, or 'help'; throws a readable Error on a bad flag. */
export function parseOptions(argv: readonly string[]): BenchOptions | 'help' {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      quick: { type: 'boolean' },
      sizes: { type: 'string' },
      runs: { type: 'string' },
      edits: { type: 'string' },
      'edit-seconds': { type: 'string' },
      'hostile-lines': { type: 'string' },
      'no-baselines': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return 'help';
  const quick = Boolean(values.quick);
  const sizes = values.sizes
    ? values.sizes.split(',').map((s) => positive(s.trim(), '--sizes'))
    : quick
      ? [10, 100]
      : [10, 1000, 10000];
  const runs = values.runs ? positive(values.runs, '--runs') : quick ? 2 : undefined;
  const edits = values.edits ? positive(values.edits, '--edits') : quick ? 100 : 1000;
  const editSeconds = values['edit-seconds'] ? positive(values['edit-seconds'], '--edit-seconds') : quick ? 20 : 180;
  const hostileLines = values['hostile-lines'] ? positive(values['hostile-lines'], '--hostile-lines') : 8000;
  return {
    sizes: [...new Set(sizes)].sort((a, b) => a - b),
    edits,
    editSeconds,
    hostileLines,
    baselines: !values['no-baselines'],
    quick,
    ...(runs ? { runs } : {}),
  };
}

/**
 * Fewer runs of the big backlogs: a 10,000-story run takes minutes, and the spread between runs
 * is small next to the gaps the targets are about.
 */
export const runsFor = (options: BenchOptions, size: number): number =>
  options.runs ?? (size <= 100 ? 5 : size <= 1000 ? 3 : 2);
