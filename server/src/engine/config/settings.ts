import { RULES_BY_ID } from '../rules/index.js';
import type { SeverityOrOff } from '../types.js';
import type { ResolvedConfig } from './types.js';

/** An editor's `storylint.*` settings for one resource (VS Code's, or any LSP client's). */
export interface EditorSettings {
  enable: boolean;
  /** Rule severities over the configuration file's. */
  rules: Record<string, SeverityOrOff>;
  /** Story-file globs; empty keeps the configuration file's. */
  files: string[];
}

export const DEFAULT_EDITOR_SETTINGS: EditorSettings = { enable: true, rules: {}, files: [] };

/**
 * The configuration a document is linted with in an editor: `.storylint.jsonc` (or the
 * defaults) with the editor's settings over it, or `undefined` when linting is turned off.
 * Diagnostics, code actions and the report all resolve through here, so they agree.
 */
export function applyEditorSettings(
  base: ResolvedConfig,
  settings: Partial<EditorSettings>,
): ResolvedConfig | undefined {
  if (settings.enable === false) return undefined;
  const rules = { ...base.rules };
  for (const [id, severity] of Object.entries(settings.rules ?? {})) {
    if (RULES_BY_ID.has(id) && rules[id]) rules[id] = { ...rules[id]!, severity };
  }
  return { ...base, rules, files: settings.files?.length ? settings.files : base.files };
}
