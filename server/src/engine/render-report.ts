import type { BacklogReport } from './report.js';

const escapeCell = (s: string) => s.replace(/\|/g, '\\|');

export interface ReportLinks {
  /** The link target of a story (default: the file path with `#L<line>`). */
  link?: (file: string, line: number) => string;
  /** How a file is named in the table (default: as given). */
  label?: (file: string) => string;
}

/** The backlog value report as Markdown: a summary, then every story, least complete first. */
export function renderReportMarkdown(report: BacklogReport, links: ReportLinks = {}): string {
  const link = links.link ?? ((file: string, line: number) => `${encodeURI(file)}#L${line}`);
  const label = links.label ?? ((file: string) => file);
  const pct = (n: number) => (report.stories ? Math.round((100 * n) / report.stories) : 0);
  const lines = [
    '# Backlog value report',
    '',
    `${report.stories} stories in ${report.files} files · ` +
      `${report.complete} complete (${pct(report.complete)}%) · ` +
      `${report.outputFocused} output-focused (${pct(report.outputFocused)}%)`,
    '',
  ];
  const rules = Object.entries(report.findingsByRule).sort((a, b) => b[1] - a[1]);
  if (rules.length) {
    lines.push('| rule | findings |', '|---|---:|', ...rules.map(([rule, n]) => `| \`${rule}\` | ${n} |`), '');
  }
  lines.push('| story | value | missing | findings | where |', '|---|---|---|---:|---|');
  for (const item of report.items) {
    const c = item.completeness;
    lines.push(
      `| ${escapeCell(item.title)} | ${c.present}/${c.total} | ${escapeCell(c.missing.join(', ') || '—')} ` +
        `| ${item.findings.length} | [${escapeCell(label(item.file))}:${item.line}](${link(item.file, item.line)}) |`,
    );
  }
  return `${lines.join('\n')}\n`;
}

export function renderReportJson(report: BacklogReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
