/**
 * What the VS Code client and the language server agree on beyond LSP itself: request and
 * command names and their payloads. Both sides import these names from here only.
 */

/** Request: the backlog value report of the whole workspace. */
export const REPORT_REQUEST = 'storylint/report';

/** The report, rendered by the server as Markdown with `file:///…#Lnn` links to each story. */
export interface ReportResult {
  markdown: string;
}

/** Server command: apply every safe fix of one document (argument: its URI) as a workspace edit. */
export const APPLY_FIX_ALL_COMMAND = 'storylint.applyFixAll';

/** The code action kind of fix-all on save (`editor.codeActionsOnSave`). */
export const FIX_ALL_KIND = 'source.fixAll.storylint';
