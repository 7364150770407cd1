import type {
  Diagnostic,
  Range,
  SnippetTextEdit,
  TextEdit as LspTextEdit,
  WorkspaceEdit,
} from 'vscode-languageserver/node';
import {
  docsUrl,
  findPlaceholders,
  LineIndex,
  type Finding,
  type Severity,
  type Span,
  type TextEdit,
} from '../engine/index.js';
import { DiagnosticSeverity } from './lsp-values.js';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toRange(lines: LineIndex, span: Span): Range {
  return { start: lines.positionAt(span.start), end: lines.positionAt(span.end) };
}

/**
 * A finding as an LSP diagnostic; related locations in other files use those files' line
 * indexes. Code actions are rebuilt from the server's own findings, not from what the client
 * echoes back, so a diagnostic carries no `data`.
 */
export function toDiagnostic(
  finding: Finding,
  lines: LineIndex,
  linesOf: (uri: string) => LineIndex | undefined,
): Diagnostic {
  const related = (finding.related ?? []).flatMap((r) => {
    const other = linesOf(r.uri);
    return other ? [{ location: { uri: r.uri, range: toRange(other, r.span) }, message: r.message }] : [];
  });
  return {
    range: toRange(lines, finding.span),
    severity: SEVERITY[finding.severity],
    code: finding.ruleId,
    codeDescription: { href: docsUrl(finding.ruleId) },
    source: 'storylint',
    message: finding.message,
    ...(related.length ? { relatedInformation: related } : {}),
  };
}

/**
 * Escapes text for a snippet, then turns each `<placeholder>` into a tab stop numbered from
 * `first`. The stop's text keeps its angle brackets: a stop the author tabs past stays a
 * placeholder in the file, and so keeps its finding.
 */
export function toSnippet(text: string, first = 1): { value: string; stops: number } {
  const escape = (s: string) => s.replace(/[\\$}]/g, (c) => `\\${c}`);
  let out = '';
  let at = 0;
  let n = first - 1;
  for (const p of findPlaceholders(text)) {
    out += escape(text.slice(at, p.start));
    out += `\${${++n}:${escape(text.slice(p.start, p.end))}}`;
    at = p.end;
  }
  return { value: out + escape(text.slice(at)), stops: n - first + 1 };
}

/**
 * Engine edits as a versioned workspace edit. With snippet support, placeholders become tab
 * stops; without it they stay plain text such as `<who has the need?>` — never `${1:…}`.
 */
export function toWorkspaceEdit(
  uri: string,
  version: number,
  lines: LineIndex,
  edits: readonly TextEdit[],
  snippets: boolean,
): WorkspaceEdit {
  // One numbering across all edits: VS Code links stops that share a number, even in different edits.
  let next = 1;
  const converted: (LspTextEdit | SnippetTextEdit)[] = edits.map((e) => {
    const range = toRange(lines, e);
    if (!snippets || findPlaceholders(e.newText).length === 0) return { range, newText: e.newText };
    const snippet = toSnippet(e.newText, next);
    next += snippet.stops;
    return { range, snippet: { kind: 'snippet', value: snippet.value } };
  });
  return { documentChanges: [{ textDocument: { uri, version }, edits: converted }] };
}

/** The smallest single edit that turns `before` into `after` (keeps the cursor and undo sensible). */
export function minimalEdit(before: string, after: string): TextEdit {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let endBefore = before.length;
  let endAfter = after.length;
  while (endBefore > start && endAfter > start && before[endBefore - 1] === after[endAfter - 1]) {
    endBefore--;
    endAfter--;
  }
  return { start, end: endBefore, newText: after.slice(start, endAfter) };
}
