import type { Root } from 'mdast';
import { resolveConfig } from './config/resolve.js';
import type { ResolvedConfig } from './config/types.js';
import { fixAll, type FixAllResult } from './fix/apply-edits.js';
import { parseMarkdown, type ParseCache } from './parse/markdown.js';
import { findStories } from './parse/stories.js';
import { RULES } from './rules/index.js';
import type { Report, WorkspaceIndex } from './rules/rule.js';
import { applySuppressions, findDirectives } from './suppress.js';
import { LineIndex } from './text/line-index.js';
import type { Finding, Severity, Story } from './types.js';

export interface LintOptions {
  uri?: string;
  config?: ResolvedConfig;
  workspace?: WorkspaceIndex;
}

export interface LintResult {
  uri: string;
  stories: Story[];
  findings: Finding[];
}

const EMPTY_WORKSPACE: WorkspaceIndex = { personas: [], stories: [] };
const defaultConfig = resolveConfig();

/** A parsed document: what every later step reads. */
export interface StoryDocument {
  uri: string;
  text: string;
  tree: Root;
  stories: Story[];
}

/** Text → stories, once; linting, the workspace index and the report all start here. */
export function prepareDocument(text: string, uri = 'untitled:story.md', cache?: ParseCache): StoryDocument {
  const tree = parseMarkdown(text, cache);
  return { uri, text, tree, stories: findStories(tree, text) };
}

export function parseStories(text: string): Story[] {
  return prepareDocument(text).stories;
}

/**
 * Lints one document: text → stories → findings, sorted by position. Pure: no file
 * system, no editor; what the workspace knows comes in through `options.workspace`.
 */
export function lintText(text: string, options: LintOptions = {}): LintResult {
  return lintDocument(prepareDocument(text, options.uri), options);
}

/** Lints a document that is already parsed (the CLI parses once for the index and the lint). */
export function lintDocument(doc: StoryDocument, options: LintOptions = {}): LintResult {
  const { uri, text, tree, stories } = doc;
  const config = options.config ?? defaultConfig;
  const workspace = options.workspace ?? EMPTY_WORKSPACE;
  const eol = new LineIndex(text.slice(0, 4096)).eol;
  const findings: Finding[] = [];
  for (const rule of RULES) {
    const setting = config.rules[rule.id];
    if (!setting || setting.severity === 'off') continue;
    const severity = setting.severity as Severity;
    for (const story of stories) {
      if (rule.sectionRule && story.oneLine) continue;
      rule.check({
        uri,
        text,
        story,
        stories,
        options: setting.options,
        vocabulary: config.vocabulary,
        workspace,
        eol,
        report: (r: Report) => findings.push({ ruleId: rule.id, severity, storyIndex: story.index, ...r }),
      });
    }
  }
  const kept = applySuppressions(findings, findDirectives(tree, text), stories);
  kept.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end || a.ruleId.localeCompare(b.ruleId));
  return { uri, stories, findings: kept };
}

/** Applies every fix (the CLI's `--fix`, the editor's fix-all) until nothing is left to fix. */
export function fixText(text: string, options: LintOptions = {}): FixAllResult {
  return fixAll(text, (t) => lintText(t, options).findings);
}
