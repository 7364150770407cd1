/**
 * The performance targets, each judged on every variant (templated/varied × LF/CRLF) of the
 * largest backlog measured; a target is met only if its worst variant meets it.
 */
import type { Layout } from './generate.js';
import { mb, median, min, ms, percentile } from './stats.js';
import { isSkipped, type ActivationResult, type BacklogResult, type Skipped } from './results.js';

interface Measurement {
  value: number;
  shown: string;
}

interface Target {
  name: (size: string) => string;
  goal: string;
  limit: number;
  layout: Layout;
  measure: (r: BacklogResult) => Measurement | Skipped;
}

const MB = 1048576;

/** The ratio of two tools' minimum times, or why it cannot be had. */
function toolRatio(
  r: BacklogResult,
  tool: 'cli' | 'cli --cache',
  base: 'remark-parse' | 'markdownlint-cli2' | 'cli',
): Measurement | Skipped {
  const a = r.tools[tool];
  const b = r.tools[base];
  if (isSkipped(a)) return a;
  if (isSkipped(b)) return b;
  const value = min(a.samples) / min(b.samples);
  return { value, shown: `${value.toFixed(2)}× (${ms(min(a.samples))} / ${ms(min(b.samples))})` };
}

function server<T>(r: BacklogResult, f: (s: Exclude<BacklogResult['server'], Skipped | undefined>) => T): T | Skipped {
  if (!r.server) return { skipped: 'no server measurement for this layout' };
  return isSkipped(r.server) ? r.server : f(r.server);
}

const TARGETS: Target[] = [
  {
    name: (n) => `CLI, ${n} stories in one file, vs remark-parse alone on it`,
    goal: '≤ 0.5×',
    limit: 0.5,
    layout: 'one file',
    measure: (r) => toolRatio(r, 'cli', 'remark-parse'),
  },
  {
    name: (n) => `CLI, ${n} stories in one file, vs markdownlint-cli2`,
    goal: '≤ 0.35×',
    limit: 0.35,
    layout: 'one file',
    measure: (r) => toolRatio(r, 'cli', 'markdownlint-cli2'),
  },
  {
    name: (n) => `CLI, ${n} one-story files, vs markdownlint-cli2`,
    goal: '≤ 0.5×',
    limit: 0.5,
    layout: 'file per story',
    measure: (r) => toolRatio(r, 'cli', 'markdownlint-cli2'),
  },
  {
    name: (n) => `CLI \`--cache\` re-run, unchanged ${n} files, vs cold`,
    goal: '≤ 0.1×',
    limit: 0.1,
    layout: 'file per story',
    measure: (r) => toolRatio(r, 'cli --cache', 'cli'),
  },
  {
    name: (n) => `server, per edit on the ${n}-story document, p50`,
    goal: '≤ 5 ms',
    limit: 5,
    layout: 'one file',
    measure: (r) => server(r, (s) => ({ value: percentile(s.edits, 50), shown: ms(percentile(s.edits, 50)) })),
  },
  {
    name: (n) => `server, per edit on the ${n}-story document, p95`,
    goal: '≤ 15 ms',
    limit: 15,
    layout: 'one file',
    measure: (r) => server(r, (s) => ({ value: percentile(s.edits, 95), shown: ms(percentile(s.edits, 95)) })),
  },
  {
    name: (n) => `server, open the ${n}-story document → first diagnostics, vs remark-parse alone`,
    goal: '≤ 0.4×',
    limit: 0.4,
    layout: 'one file',
    measure: (r) =>
      server(r, (s) => {
        const parse = r.tools['remark-parse'];
        if (isSkipped(parse)) return parse;
        const value = s.openMs / min(parse.samples);
        return { value, shown: `${value.toFixed(2)}× (${ms(s.openMs)} / ${ms(min(parse.samples))})` };
      }),
  },
  {
    // The peak (VmHWM) rather than the RSS at that moment: the machine must have room for the peak.
    name: (n) => `server RSS after the edits on the ${n}-story document (peak)`,
    goal: '≤ 300 MB',
    limit: 300 * MB,
    layout: 'one file',
    measure: (r) =>
      server(r, (s) =>
        s.memory
          ? { value: s.memory.peak, shown: `${mb(s.memory.peak)} (now ${mb(s.memory.rss)})` }
          : { skipped: 'no /proc' },
      ),
  },
  {
    name: (n) => `CLI peak RSS on the ${n}-story file`,
    goal: '≤ 300 MB',
    limit: 300 * MB,
    layout: 'one file',
    measure: (r) => {
      const t = r.tools.cli;
      if (isSkipped(t)) return t;
      return t.peakRss === undefined
        ? { skipped: 'peak RSS not available' }
        : { value: t.peakRss, shown: mb(t.peakRss) };
    },
  },
];

const row = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;

function judge(candidates: { variant: string; m: Measurement | Skipped }[], limit: number): string[] {
  const measured = candidates.filter((c): c is { variant: string; m: Measurement } => !isSkipped(c.m));
  const skipped = candidates.filter((c) => isSkipped(c.m)).map((c) => (c.m as Skipped).skipped);
  if (!measured.length)
    return ['–', '–', `not measured: ${[...new Set(skipped)].join('; ') || 'no backlog of this layout'}`];
  const worst = measured.reduce((a, b) => (b.m.value > a.m.value ? b : a));
  const all = measured.map((c) => `${c.variant} ${c.m.shown.split(' (')[0]}`).join(', ');
  const met = measured.every((c) => c.m.value <= limit);
  return [
    `${worst.m.shown} — ${worst.variant}`,
    all,
    met ? (skipped.length ? 'met (some variants not measured)' : 'met') : 'missed',
  ];
}

export function targetsTable(
  results: readonly BacklogResult[],
  activation: ActivationResult,
  requestedEdits: number,
): string {
  const size = Math.max(...results.map((r) => r.backlog.spec.size));
  const n = size.toLocaleString('en');
  const out = ['### Targets', ''];
  if (size !== 10000)
    out.push(`Judged at ${n} stories; the targets are set at 10,000 (run without --quick or --sizes).`, '');
  out.push(
    row(['target', 'goal', 'measured (worst variant)', 'every variant', 'result']),
    row(['---', '--:', '--:', '---', '---']),
  );
  for (const t of TARGETS) {
    const candidates = results
      .filter((r) => r.backlog.spec.size === size && r.backlog.spec.layout === t.layout)
      .map((r) => ({ variant: `${r.backlog.spec.kind} ${r.backlog.spec.eol}`, m: t.measure(r) }));
    out.push(row([t.name(n), t.goal, ...judge(candidates, t.limit)]));
  }
  const server = median(activation.server);
  const client = activation.client ? median(activation.client) : 0;
  const total = server + client;
  const parts = activation.client ? ` + client load ${ms(client)}` : ', client not measured';
  const shown = `${ms(total)} (server ${ms(server)}${parts})`;
  out.push(
    row([
      'extension activation → server initialised (medians; see its table)',
      '≤ 150 ms',
      shown,
      '–',
      total <= 150 ? 'met' : 'missed',
    ]),
  );
  const typed = results.flatMap((r) =>
    r.backlog.spec.size === size && r.server && !isSkipped(r.server) ? [r.server.edits.length] : [],
  );
  if (typed.some((t) => t < 1000)) {
    const why =
      requestedEdits < 1000
        ? `this run asked for ${requestedEdits}`
        : 'typing stopped at the time budget (--edit-seconds)';
    const fewest = Math.min(...typed).toLocaleString('en');
    out.push('', `The per-edit targets ask for ≥ 1,000 edits; ${why}: ${fewest} or more per document.`);
  }
  out.push('');
  return out.join('\n');
}
