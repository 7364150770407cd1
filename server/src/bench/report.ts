/** The bench's Markdown: one table per backlog shape (kind, layout, line endings), rows by size. */
import type { BacklogSpec } from './generate.js';
import { mb, median, min, ms, percentile, ratio } from './stats.js';
import { isSkipped, TOOL_LABEL, TOOLS, type ActivationResult, type BacklogResult, type Tool } from './results.js';
import type { Timing } from './measure.js';

const BASES = ['regex', 'remark-parse', 'markdownlint-cli2'] as const;

const row = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
const count = (n: number) => n.toLocaleString('en');

export const timeCell = (t: Timing) => `min ${ms(min(t.samples))} · median ${ms(median(t.samples))}`;

/** Ratios against the three baselines, of minimum times: the minimum is the run least disturbed by other load. */
function ratioCells(value: number | undefined, r: BacklogResult): string[] {
  return BASES.map((base) => {
    const t = r.tools[base];
    return value === undefined || isSkipped(t) ? '–' : ratio(value, min(t.samples));
  });
}

function toolRows(r: BacklogResult, skips: Set<string>): string[] {
  const size = count(r.backlog.spec.size);
  return TOOLS.map((tool: Tool) => {
    const t = r.tools[tool];
    if (isSkipped(t)) {
      skips.add(`${TOOL_LABEL[tool]}: skipped — ${t.skipped}`);
      return row([size, TOOL_LABEL[tool], 'skipped', '–', '–', '–', '–']);
    }
    const rss = t.peakRss === undefined ? '–' : mb(t.peakRss);
    return row([size, TOOL_LABEL[tool], timeCell(t), ...ratioCells(min(t.samples), r), rss]);
  });
}

function serverRows(r: BacklogResult, skips: Set<string>): string[] {
  const size = count(r.backlog.spec.size);
  const s = r.server;
  if (!s) return [];
  if (isSkipped(s)) {
    skips.add(`server: skipped — ${s.skipped}`);
    return [row([size, 'server', 'skipped', '–', '–', '–', '–'])];
  }
  const edits = count(s.edits.length);
  const diagnostics = `${count(s.diagnostics)}, ${(s.diagnosticBytes / 1024).toFixed(0)} KB as JSON`;
  const memory = s.memory ? `${mb(s.memory.rss)} (peak ${mb(s.memory.peak)})` : '–';
  return [
    row([size, 'server: `initialized` → workspace indexed', ms(s.indexMs), '–', '–', '–', '–']),
    row([size, `server: open → first diagnostics (${diagnostics})`, ms(s.openMs), ...ratioCells(s.openMs, r), '–']),
    row([size, `server: per edit, p50 of ${edits}`, ms(percentile(s.edits, 50)), '–', '–', '–', '–']),
    row([size, `server: per edit, p95 of ${edits}`, ms(percentile(s.edits, 95)), '–', '–', '–', memory]),
  ];
}

const shapeKey = (s: BacklogSpec) => `${s.kind} stories, ${s.layout}, ${s.eol}`;

export function backlogTables(results: readonly BacklogResult[]): string {
  const shapes = new Map<string, BacklogResult[]>();
  for (const r of results) shapes.set(shapeKey(r.backlog.spec), [...(shapes.get(shapeKey(r.backlog.spec)) ?? []), r]);
  const out: string[] = [];
  // Why rows are skipped, said once for all tables: the reasons are the same in each.
  const skips = new Set<string>();
  for (const [shape, rows] of shapes) {
    const sizes = rows.map(({ backlog: b }) => {
      const files = `${count(b.files.length)} file${b.files.length === 1 ? '' : 's'}`;
      return `${count(b.spec.size)}: ${(b.bytes / 1024).toFixed(0)} KB in ${files}`;
    });
    out.push(`### ${shape}`, '', `(${sizes.join('; ')})`, '');
    out.push(row(['stories', 'measure', 'time', '× regex', '× remark-parse', '× markdownlint-cli2', 'RSS']));
    out.push(row(['--:', '---', '--:', '--:', '--:', '--:', '--:']));
    for (const r of [...rows].sort((a, b) => a.backlog.spec.size - b.backlog.spec.size)) {
      out.push(...toolRows(r, skips), ...serverRows(r, skips));
    }
    out.push('');
  }
  const notes = skips.size ? ['Skipped rows:', '', ...[...skips].map((s) => `- ${s}`), '', ''] : [];
  return [...notes, ...out].join('\n');
}

export function activationTable(a: ActivationResult): string {
  const line = (label: string, samples: number[]) =>
    row([label, String(samples.length), ms(min(samples)), ms(median(samples))]);
  const out = [
    '### Extension activation → server initialised',
    '',
    row(['measure', 'runs', 'min', 'median']),
    row(['---', '--:', '--:', '--:']),
    line('server: spawn `node dist/server.js --stdio` → `initialize` answered', a.server),
  ];
  if (a.client) out.push(line('client: `require(dist/client.js)` in a fresh Node, `vscode` stubbed', a.client));
  else out.push(row(['client: `require(dist/client.js)`', '0', 'not measurable without VS Code', '–']));
  out.push(
    '',
    'Not included: starting the extension host, calling activate(), the IPC transport VS Code uses ' +
      '(the bench uses stdio).',
    '',
  );
  return out.join('\n');
}
