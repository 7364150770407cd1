import type { CodeAction, CodeActionParams, Diagnostic, Range } from 'vscode-languageserver/node';
import {
  applyEdits,
  blockKeeper,
  fixText,
  lineStartOf,
  type LineIndex,
  type LintOptions,
  type LintResult,
  type Span,
  type TextEdit,
} from '../engine/index.js';
import { FIX_ALL_KIND } from '../protocol.js';
import { minimalEdit, toDiagnostic, toWorkspaceEdit } from './convert.js';
import { CodeActionKind } from './lsp-values.js';

export interface ActionContext {
  uri: string;
  version: number;
  text: string;
  lines: LineIndex;
  result: LintResult;
  snippets: boolean;
  lintOptions: LintOptions;
}

/**
 * One block check for every request: an editor asks for code actions at each move of the cursor, and the check
 * keeps the counts of the pieces of the document as it stands, so the next request parses a few pieces, not the file.
 */
const keepsBlocks = blockKeeper();

const wants = (only: string[] | undefined, kind: string) =>
  !only || only.some((k) => kind === k || kind.startsWith(`${k}.`));

/** The edit of fix-all: every fix, to a fixed point, as one minimal replacement. */
export function fixAllEdit(ctx: ActionContext) {
  const fixed = fixText(ctx.text, ctx.lintOptions).text;
  if (fixed === ctx.text) return undefined;
  return toWorkspaceEdit(ctx.uri, ctx.version, ctx.lines, [minimalEdit(ctx.text, fixed)], false);
}

/** Quick fixes, suggestions and "Disable <rule> for this story" for the diagnostics in range; fix-all on request. */
export function codeActions(ctx: ActionContext, params: CodeActionParams): CodeAction[] {
  const only = params.context.only;
  const actions: CodeAction[] = [];
  if (wants(only, CodeActionKind.QuickFix)) {
    // A quick fix is one fix, not a pass of fix-all: it is checked for lost blocks on its own.
    const keeps = (edits: readonly TextEdit[]) => keepsBlocks(ctx.text, applyEdits(ctx.text, edits));
    const start = ctx.lines.offsetAt(params.range.start);
    const end = ctx.lines.offsetAt(params.range.end);
    const mine = params.context.diagnostics.filter((d) => d.source === 'storylint' && typeof d.code === 'string');
    // The fixes of our own findings in range, whatever the client echoes: some send byte
    // columns (Neovim 0.7), some send no diagnostics at all.
    for (const finding of ctx.result.findings) {
      if (finding.span.end < start || finding.span.start > end) continue;
      const echoed = mine.find((d) => d.code === finding.ruleId && overlaps(ctx.lines, d.range, finding.span));
      const diagnostic = echoed ?? toDiagnostic(finding, ctx.lines, () => undefined);
      const quickFix = (
        title: string,
        edits: Parameters<typeof toWorkspaceEdit>[3],
        preferred: boolean,
      ): CodeAction => ({
        title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred: preferred,
        edit: toWorkspaceEdit(ctx.uri, ctx.version, ctx.lines, edits, ctx.snippets),
      });
      // A rewrite changes the author's words and may read wrong: offered, never preferred.
      if (finding.fix && keeps(finding.fix.edits)) {
        actions.push(quickFix(finding.fix.title, finding.fix.edits, finding.fix.kind !== 'rewrite'));
      }
      for (const s of finding.suggestions ?? []) if (keeps(s.edits)) actions.push(quickFix(s.title, s.edits, false));
      actions.push(disableForStory(ctx, finding.ruleId, finding.storyIndex, diagnostic));
    }
  }
  if (only && wants(only, FIX_ALL_KIND) && !only.includes(CodeActionKind.QuickFix)) {
    const edit = fixAllEdit(ctx);
    if (edit) actions.push({ title: 'Fix all Storylint problems', kind: FIX_ALL_KIND, edit });
  }
  return actions;
}

/** Inserts `<!-- storylint-disable-next-story rule -->` on its own line above the story. */
function disableForStory(ctx: ActionContext, ruleId: string, storyIndex: number, diagnostic: Diagnostic): CodeAction {
  const story = ctx.result.stories[storyIndex]!;
  const lineStart = lineStartOf(ctx.text, story.span.start);
  const indent = /^[ \t]*/.exec(ctx.text.slice(lineStart))![0];
  const eol = ctx.text.includes('\r\n') ? '\r\n' : '\n';
  return {
    title: `Disable ${ruleId} for this story`,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    edit: toWorkspaceEdit(
      ctx.uri,
      ctx.version,
      ctx.lines,
      [{ start: lineStart, end: lineStart, newText: `${indent}<!-- storylint-disable-next-story ${ruleId} -->${eol}` }],
      false,
    ),
  };
}

/** A client's diagnostic range (maybe in other units) that touches the finding's lines. */
function overlaps(lines: LineIndex, range: Range, span: Span): boolean {
  const first = lines.positionAt(span.start).line;
  const last = lines.positionAt(span.end).line;
  return range.start.line <= last && range.end.line >= first;
}
