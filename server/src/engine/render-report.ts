import type { BacklogReport, StoryReport } from './report.js';

const escapeCell = (s: string) => s.replace(/\|/g, '\\|');
const escapeLinkText = (s: string) => escapeCell(s.replace(/[[\]\\]/g, '\\$&'));

export interface ReportLinks {
  /** The link target of a story (default: the file path with `#L<line>`). */
  link?: (file: string, line: number) => string;
  /** How a file is named in the report (default: as given). */
  label?: (file: string) => string;
  /** How many of the least ready stories the summary lists (default 10). */
  leastReady?: number;
}

/**
 * The backlog value report as Markdown, for a backlog meeting: a summary first (stories, the
 * ready share at the bar, the most frequent problems, the least ready stories), then a section
 * per file (and per epic where there is one) with a row per story in document order: its
 * score, what is missing and the rules that fired.
 */
export function renderReportMarkdown(report: BacklogReport, links: ReportLinks = {}): string {
  const link = links.link ?? ((file: string, line: number) => `${encodeURI(file)}#L${line}`);
  const label = links.label ?? ((file: string) => file);
  const pct = (n: number) => (report.stories ? Math.round((100 * n) / report.stories) : 0);
  const storyLink = (item: StoryReport) => `[${escapeLinkText(item.title)}](${link(item.file, item.line)})`;
  const where = (item: StoryReport) => `${label(item.file)}:${item.line}`;
  const lines = [
    '# Backlog value report',
    '',
    `${count(report.stories, 'story', 'stories')} in ${count(report.files, 'file', 'files')} · ` +
      `${report.ready} ready at ${report.readyBar}% (${pct(report.ready)}%) · ` +
      `${report.complete} complete (${pct(report.complete)}%) · ` +
      `${report.outputFocused} output-focused (${pct(report.outputFocused)}%)` +
      (report.notWrittenAsStories ? ` · ${report.notWrittenAsStories} not written as a story` : '') +
      (report.nonStories.length ? ` · ${nonStoryCount(report.nonStories.length)}` : '') +
      (report.notChecked.length
        ? ` · ${count(report.notChecked.length, 'file', 'files')} not checked (not in English)`
        : ''),
    '',
  ];
  const rules = Object.entries(report.findingsByRule).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  if (rules.length) {
    lines.push('## Most frequent problems', '', '| rule | findings |', '|---|---:|');
    lines.push(...rules.map(([rule, n]) => `| \`${rule}\` | ${n} |`), '');
  }
  const leastReady = report.items.filter((i) => !i.ready).slice(0, links.leastReady ?? 10);
  if (leastReady.length) {
    lines.push('## Least ready', '');
    for (const item of leastReady) {
      lines.push(`1. ${storyLink(item)} — ${item.score}% · missing: ${missingOf(item)} · ${where(item)}`);
    }
    lines.push('');
  }
  const header = ['| story | score | missing | rules |', '|---|---:|---|---|'];
  for (const { file, stories, ready } of report.byFile) {
    if (!stories) continue;
    const items = report.items.filter((i) => i.file === file).sort((a, b) => a.line - b.line);
    lines.push(`## ${label(file)}`, '', `${count(stories, 'story', 'stories')} · ${ready} ready`, '');
    let epic: string | undefined | null = null;
    for (const item of items) {
      if (item.epic !== epic) {
        if (epic !== null) lines.push('');
        if (item.epic !== undefined) lines.push(`### ${item.epic}`, '');
        lines.push(...header);
        epic = item.epic;
      }
      lines.push(
        `| ${storyLink(item)} | ${item.score}% | ${escapeCell(missingOf(item))} | ${escapeCell(rulesOf(item))} |`,
      );
    }
    lines.push('');
  }
  if (report.nonStories.length) {
    lines.push(
      '## Not stories',
      '',
      'Bug reports, tasks, spikes and criteria lists: not asked for story elements, not scored.',
      '',
    );
    lines.push('| item | kind | where |', '|---|---|---|');
    for (const item of report.nonStories) {
      const title = `[${escapeLinkText(item.title)}](${link(item.file, item.line)})`;
      lines.push(`| ${title} | ${item.kind} | ${escapeCell(label(item.file))}:${item.line} |`);
    }
    lines.push('');
  }
  if (report.notChecked.length) {
    lines.push('## Not checked', '', 'Written in another language: Storylint reads English.', '');
    lines.push('| file | language |', '|---|---|');
    for (const { file, language } of report.notChecked) lines.push(`| ${escapeCell(label(file))} | ${language} |`);
    lines.push('');
  }
  return `${lines.join('\n')}\n`;
}

/** What is missing, then what is only half answered. */
function missingOf(item: StoryReport): string {
  const c = item.completeness;
  return [...c.missing, ...c.weak.map((w) => `${w} (weak)`)].join(', ') || '—';
}

function rulesOf(item: StoryReport): string {
  const rules = Object.entries(item.rules);
  return rules.map(([id, n]) => (n > 1 ? `\`${id}\` ×${n}` : `\`${id}\``)).join(' ') || '—';
}

/** "1 story", "2 stories". */
const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "1 non-story item (bugs, tasks, spikes, criteria lists), not scored". */
function nonStoryCount(n: number): string {
  return `${n} non-story ${n === 1 ? 'item' : 'items'} (bugs, tasks, spikes, criteria lists), not scored`;
}

export function renderReportJson(report: BacklogReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
