/** The engine's public surface: everything the CLI, the server and the tests use. */
export { lintText, fixText, parseStories, type LintOptions, type LintResult } from './lint.js';
export { applyEdits, selectFixes, fixAll } from './fix/apply-edits.js';
export { RULES, RULES_BY_ID, docsUrl } from './rules/index.js';
export type { Rule, WorkspaceIndex } from './rules/rule.js';
export { resolveConfig } from './config/resolve.js';
export { parseConfig } from './config/parse.js';
export { buildConfigSchema } from './config/schema.js';
export type { ConfigFile, ConfigProblem, ResolvedConfig } from './config/types.js';
export { LineIndex, type Position } from './text/line-index.js';
export * from './types.js';
