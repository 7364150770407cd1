/** The engine's public surface: everything the CLI, the server and the tests use. */
export {
  LintCache,
  lintText,
  lintDocument,
  notCheckedMessage,
  fixText,
  parseStories,
  prepareDocument,
  preparedWith,
  type FixOptions,
  type LintOptions,
  type LintResult,
  type Notice,
  type PreparedDocument,
  type StoryDocument,
} from './lint.js';
export { buildWorkspaceIndex, documentEntry, workspaceIndexFromEntries, type DocumentEntry } from './workspace.js';
export { ParseCache } from './parse/markdown.js';
export {
  valueCompleteness,
  VALUE_ELEMENTS,
  type Completeness,
  type ScoreOptions,
  type ValueElement,
} from './completeness.js';
export {
  buildReport,
  storyTitle,
  DEFAULT_READY_BAR,
  type BacklogReport,
  type ReportOptions,
  type StoryReport,
} from './report.js';
export { renderReportJson, renderReportMarkdown, type ReportLinks } from './render-report.js';
export { CANONICAL_LABEL } from './parse/labels.js';
export { findPlaceholders } from './text/placeholder.js';
export { judgeCriterion, type CriterionKind } from './language/criterion.js';
export { judgeOutcome, type OutputJudgement } from './language/outcome.js';
export { DEFAULT_VOCABULARY } from './language/vocabulary.js';
export { stem } from './language/words.js';
export { applyEdits, selectFixes, fixAll } from './fix/apply-edits.js';
export { blockKeeper } from './fix/kept-blocks.js';
export { RULES, RULES_BY_ID, docsUrl } from './rules/index.js';
export type { Rule, WorkspaceIndex } from './rules/rule.js';
export { resolveConfig } from './config/resolve.js';
export { applyEditorSettings, DEFAULT_EDITOR_SETTINGS, type EditorSettings } from './config/settings.js';
export { parseConfig } from './config/parse.js';
export { buildConfigSchema } from './config/schema.js';
export type { ConfigFile, ConfigProblem, ReadyConfig, ResolvedConfig, Vocabulary } from './config/types.js';
export { LineIndex, lineStartOf, type Position } from './text/line-index.js';
export * from './types.js';
