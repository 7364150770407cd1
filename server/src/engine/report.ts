import { valueCompleteness, type Completeness } from './completeness.js';
import type { LintResult } from './lint.js';
import { LineIndex } from './text/line-index.js';
import type { Severity } from './types.js';

export interface StoryReport {
  file: string;
  line: number;
  title: string;
  shape: string;
  completeness: Completeness;
  findings: { ruleId: string; severity: Severity; line: number; message: string }[];
}

export interface BacklogReport {
  files: number;
  stories: number;
  /** Stories that answer every question they can. */
  complete: number;
  outputFocused: number;
  findingsByRule: Record<string, number>;
  items: StoryReport[];
}

/** Lint results → one row per story, least complete first: the backlog value report. */
export function buildReport(results: readonly { file: string; text: string; result: LintResult }[]): BacklogReport {
  const items: StoryReport[] = [];
  const findingsByRule: Record<string, number> = {};
  for (const { file, text, result } of results) {
    const lines = new LineIndex(text);
    for (const story of result.stories) {
      const findings = result.findings
        .filter((f) => f.storyIndex === story.index)
        .map((f) => ({
          ruleId: f.ruleId,
          severity: f.severity,
          line: lines.positionAt(f.span.start).line + 1,
          message: f.message,
        }));
      for (const f of findings) findingsByRule[f.ruleId] = (findingsByRule[f.ruleId] ?? 0) + 1;
      items.push({
        file,
        line: lines.positionAt(story.span.start).line + 1,
        title: titleOf(story.title, story.elements.outcome?.text, text.slice(story.span.start, story.span.end)),
        shape: story.oneLine ? `${story.shape} (one line)` : story.shape,
        completeness: valueCompleteness(story),
        findings,
      });
    }
  }
  items.sort(
    (a, b) =>
      a.completeness.present / a.completeness.total - b.completeness.present / b.completeness.total ||
      b.findings.length - a.findings.length ||
      a.file.localeCompare(b.file) ||
      a.line - b.line,
  );
  return {
    files: results.length,
    stories: items.length,
    complete: items.filter((i) => i.completeness.missing.length === 0).length,
    outputFocused: items.filter((i) => i.findings.some((f) => f.ruleId === 'output-focused')).length,
    findingsByRule,
    items,
  };
}

function titleOf(title: string | undefined, outcome: string | undefined, body: string): string {
  const raw = title ?? outcome ?? body.split(/\r?\n/)[0] ?? '';
  const flat = raw.replace(/[*_`]/g, '').replace(/\s+/g, ' ').trim();
  return flat.length > 80 ? `${flat.slice(0, 77)}…` : flat;
}
