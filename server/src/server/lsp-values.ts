/**
 * The LSP enum values the language service sends. They are spelled here, not imported from
 * vscode-languageserver, because the service is a bundle of its own (dist/service.js) and a value
 * import would bundle that library a second time. `satisfies` holds each to the library's value.
 */
import type {
  CodeActionKind as LspCodeActionKind,
  CompletionItemKind as LspCompletionItemKind,
  DiagnosticSeverity as LspDiagnosticSeverity,
  DocumentDiagnosticReportKind as LspDocumentDiagnosticReportKind,
  FileChangeType as LspFileChangeType,
  MarkupKind as LspMarkupKind,
  SymbolKind as LspSymbolKind,
} from 'vscode-languageserver/node';

export const CodeActionKind = { QuickFix: 'quickfix' } as const satisfies Pick<typeof LspCodeActionKind, 'QuickFix'>;

export const CompletionItemKind = { Value: 12 } as const satisfies Pick<typeof LspCompletionItemKind, 'Value'>;

export const DiagnosticSeverity = {
  Error: 1,
  Warning: 2,
  Information: 3,
  Hint: 4,
} as const satisfies Pick<typeof LspDiagnosticSeverity, 'Error' | 'Warning' | 'Information' | 'Hint'>;
export type DiagnosticSeverity = (typeof DiagnosticSeverity)[keyof typeof DiagnosticSeverity];

export const DocumentDiagnosticReportKind = { Full: 'full', Unchanged: 'unchanged' } as const satisfies Pick<
  typeof LspDocumentDiagnosticReportKind,
  'Full' | 'Unchanged'
>;

export const FileChangeType = { Deleted: 3 } as const satisfies Pick<typeof LspFileChangeType, 'Deleted'>;

export const MarkupKind = { Markdown: 'markdown' } as const satisfies Pick<typeof LspMarkupKind, 'Markdown'>;

export const SymbolKind = { Class: 5, Property: 7 } as const satisfies Pick<typeof LspSymbolKind, 'Class' | 'Property'>;
