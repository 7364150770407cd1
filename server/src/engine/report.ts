import { valueCompleteness, type Completeness, type ValueElement } from './completeness.js';
import type { LintResult } from './lint.js';
import { LineIndex } from './text/line-index.js';
import { findPlaceholders } from './text/placeholder.js';
import type { Severity, Story, StoryKind } from './types.js';

export interface StoryReport {
  file: string;
  line: number;
  title: string;
  /** The container heading the story sits under (its epic), when there is one. */
  epic?: string;
  shape: string;
  completeness: Completeness;
  /** The value score, 0–100 (`completeness.score`). */
  score: number;
  /** Whether the score reaches the readiness bar. */
  ready: boolean;
  /** Findings per rule id, in the order the rules first fired. */
  rules: Record<string, number>;
  findings: { ruleId: string; severity: Severity; line: number; message: string }[];
}

/** A bug report, task or spike written where stories are: listed, never scored (SPEC §2). */
export interface NonStoryItem {
  file: string;
  line: number;
  title: string;
  kind: Exclude<StoryKind, 'story'>;
}

export interface ReportOptions {
  /** The readiness bar in percent (`ready.failUnder`, `--fail-under`); 80 when not set. */
  failUnder?: number;
  /** The elements the score counts (`ready.require`). */
  require?: readonly ValueElement[];
}

export interface BacklogReport {
  files: number;
  stories: number;
  /** Stories not written as a story (no sentence, no value fields): counted, scored, shown apart. */
  notWrittenAsStories: number;
  /** Stories that answer every question they can. */
  complete: number;
  outputFocused: number;
  /** The readiness bar in percent and how many stories reach it. */
  readyBar: number;
  ready: number;
  findingsByRule: Record<string, number>;
  /** Every story, least ready first. */
  items: StoryReport[];
  /** Bug reports, tasks and spikes, in file order: not stories, so neither scored nor counted in `stories`. */
  nonStories: NonStoryItem[];
  /** Files written in another language, in the order given: not checked, their stories not counted. */
  notChecked: { file: string; language: string }[];
  /** The files in the order given, with their counts of stories and ready stories. */
  byFile: { file: string; stories: number; ready: number }[];
}

export const DEFAULT_READY_BAR = 80;

/** Lint results → one row per story, least ready first, and per file: the backlog value report. */
export function buildReport(
  results: readonly { file: string; text: string; result: LintResult }[],
  options: ReportOptions = {},
): BacklogReport {
  const readyBar = options.failUnder ?? DEFAULT_READY_BAR;
  const items: StoryReport[] = [];
  const nonStories: NonStoryItem[] = [];
  const notChecked: BacklogReport['notChecked'] = [];
  const byFile: BacklogReport['byFile'] = [];
  const findingsByRule: Record<string, number> = {};
  for (const { file, text, result } of results) {
    if (result.language !== undefined) {
      notChecked.push({ file, language: result.language });
      byFile.push({ file, stories: 0, ready: 0 });
      continue;
    }
    const lines = new LineIndex(text);
    const epics = epicsOf(text, result.stories);
    const fileItems: StoryReport[] = [];
    for (const story of result.stories) {
      if (story.kind !== 'story') {
        const line = lines.positionAt(story.span.start).line + 1;
        nonStories.push({ file, line, title: storyTitle(story, text), kind: story.kind });
        continue;
      }
      const own = result.findings.filter((f) => f.storyIndex === story.index || f.sharedWith?.includes(story.index));
      const findings = own.map((f) => ({
        ruleId: f.ruleId,
        severity: f.severity,
        line: lines.positionAt(f.span.start).line + 1,
        message: f.message,
      }));
      const rules: Record<string, number> = {};
      for (const f of findings) {
        findingsByRule[f.ruleId] = (findingsByRule[f.ruleId] ?? 0) + 1;
        rules[f.ruleId] = (rules[f.ruleId] ?? 0) + 1;
      }
      const completeness = valueCompleteness(story, own, { require: options.require });
      const epic = epics.get(story.index);
      fileItems.push({
        file,
        line: lines.positionAt(story.span.start).line + 1,
        title: storyTitle(story, text),
        ...(epic !== undefined && { epic }),
        shape: story.oneLine ? `${story.shape} (one line)` : story.shape,
        completeness,
        score: completeness.score,
        ready: completeness.score >= readyBar,
        rules,
        findings,
      });
    }
    items.push(...fileItems);
    byFile.push({ file, stories: fileItems.length, ready: fileItems.filter((i) => i.ready).length });
  }
  items.sort(
    (a, b) =>
      a.score - b.score || b.findings.length - a.findings.length || a.file.localeCompare(b.file) || a.line - b.line,
  );
  return {
    files: results.length,
    stories: items.length,
    notWrittenAsStories: items.filter((i) => i.shape === 'unknown').length,
    complete: items.filter((i) => i.completeness.missing.length === 0).length,
    outputFocused: items.filter((i) => i.rules['output-focused']).length,
    readyBar,
    ready: items.filter((i) => i.ready).length,
    findingsByRule,
    items,
    nonStories,
    notChecked,
    byFile,
  };
}

const MAX_TITLE = 80;

/**
 * A story's title in its own words: its heading, else its outcome, else its first words, each
 * without HTML comments (an unclosed `<!---` runs to the end), Markdown emphasis and placeholders.
 */
export function storyTitle(story: Story, text: string): string {
  const body = text.slice(story.span.start, story.span.end);
  const firstWords = stripComments(body)
    .split(/\r?\n/)
    .map((line) => line.replace(/^\s*(?:#{1,6}\s+|[-*+]\s+(?:\[[ xX]\]\s+)?|\d+[.)]\s+|>\s*)*/, ''))
    .map(clean)
    .find((line) => /\p{L}/u.test(line));
  const title = [story.title, story.elements.outcome?.text]
    .map((candidate) => clean(stripComments(candidate ?? '')))
    .concat(firstWords ?? '')
    .find((candidate) => /\p{L}/u.test(candidate));
  if (!title) return '(untitled)';
  if (title.length <= MAX_TITLE) return title;
  const cut = title.slice(0, MAX_TITLE - 1);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 40 ? cut.lastIndexOf(' ') : cut.length).trimEnd()}…`;
}

function stripComments(s: string): string {
  return s.replace(/<!--[\s\S]*?(?:-->|$)/g, ' ');
}

function clean(s: string): string {
  let out = s;
  for (const p of findPlaceholders(s).reverse()) out = `${out.slice(0, p.start)} ${out.slice(p.end)}`;
  return out
    .replace(/<\/?[a-z][^<>]*>/gi, ' ')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`~]+/g, '')
    .replace(/\s+/g, ' ')
    .replace(/^[\s,.;:—-]+|[\s,;:—-]+$/g, '')
    .trim();
}

/**
 * The epic of each story: the heading that contains it and at least one other story, and is
 * not a story's own title nor the document's single top-level title.
 */
function epicsOf(text: string, stories: readonly Story[]): Map<number, string> {
  const isTitle = (h: Heading) =>
    stories.some((s) => s.titleSpan && s.titleSpan.start >= h.start && s.titleSpan.start < h.end);
  const headings = headingsOf(text).filter((h) => !isTitle(h));
  const containerOf = (story: Story) => {
    // A story without a heading of its own sits under any heading above it.
    const depth = story.titleSpan ? story.depth : 7;
    // The nearest heading above with a lower level, skipping any closed by a later heading.
    const above = headings.filter((h) => h.start < story.span.start && h.depth < depth);
    const stack: Heading[] = [];
    for (const h of above) {
      while (stack.length && stack[stack.length - 1]!.depth >= h.depth) stack.pop();
      stack.push(h);
    }
    return stack.at(-1);
  };
  const container = new Map(stories.map((s) => [s.index, containerOf(s)]));
  const count = new Map<Heading, number>();
  for (const h of container.values()) if (h) count.set(h, (count.get(h) ?? 0) + 1);
  const topLevel = headings.filter((h) => h.depth === 1);
  const documentTitle = topLevel.length === 1 && count.get(topLevel[0]!) === stories.length ? topLevel[0] : undefined;
  const epics = new Map<number, string>();
  for (const [index, h] of container) {
    if (h && h !== documentTitle && (count.get(h) ?? 0) > 1 && h.title) epics.set(index, h.title);
  }
  return epics;
}

interface Heading {
  start: number;
  end: number;
  depth: number;
  title: string;
}

/** ATX headings outside fenced code, with their offsets. */
function headingsOf(text: string): Heading[] {
  const headings: Heading[] = [];
  let fence: string | undefined;
  let offset = 0;
  for (const line of text.split('\n')) {
    const open = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (fence) {
      if (open && open[1]![0] === fence[0] && open[1]!.length >= fence.length) fence = undefined;
    } else if (open) {
      fence = open[1];
    } else {
      const m = /^ {0,3}(#{1,6})\s+(.*?)(?:\s+#+)?\s*$/.exec(line);
      if (m) {
        const title = clean(stripComments(m[2]!));
        headings.push({ start: offset, end: offset + line.length, depth: m[1]!.length, title });
      }
    }
    offset += line.length + 1;
  }
  return headings;
}
