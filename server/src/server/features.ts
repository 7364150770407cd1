import type {
  CodeLens,
  CompletionItem,
  DocumentSymbol,
  Hover,
  Position,
  SymbolInformation,
} from 'vscode-languageserver/node';
import {
  CANONICAL_LABEL,
  RULES_BY_ID,
  docsUrl,
  notCheckedMessage,
  valueCompleteness,
  type LineIndex,
  type LintResult,
  type Story,
  type StoryKind,
} from '../engine/index.js';
import { toRange } from './convert.js';
import type { Workspace } from './workspace.js';
import { CompletionItemKind, MarkupKind, SymbolKind } from './lsp-values.js';

declare const STORYLINT_RULE_DOCS: Record<string, { why: string; good: string }>;
const RULE_DOCS: Record<string, { why: string; good: string }> =
  typeof STORYLINT_RULE_DOCS === 'object' ? STORYLINT_RULE_DOCS : {};

const flat = (s: string, max = 60) => {
  const t = s.replace(/[*_`]/g, '').replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
};

export function storyName(story: Story, text: string): string {
  return flat(
    story.title ??
      story.elements.outcome?.text ??
      text.slice(story.span.start, story.span.end).split(/\r?\n/)[0] ??
      'Story',
  );
}

/** The outline: each story, with its elements as children. */
export function documentSymbols(result: LintResult, text: string, lines: LineIndex): DocumentSymbol[] {
  return result.stories.map((story) => {
    const selection = story.titleSpan ?? story.sentence?.span ?? story.span;
    const children: DocumentSymbol[] = Object.values(story.elements).flatMap((el) => {
      if (!el) return [];
      const span = el.label
        ? { start: Math.min(el.label.start, el.span.start), end: Math.max(el.span.end, el.blockEnd ?? 0) }
        : el.span;
      return [
        {
          name: `${CANONICAL_LABEL[el.kind]}: ${flat(el.text, 50) || '—'}`,
          kind: SymbolKind.Property,
          range: toRange(lines, span),
          selectionRange: toRange(lines, el.span),
        },
      ];
    });
    return {
      name: storyName(story, text),
      detail: story.shape,
      kind: SymbolKind.Class,
      range: toRange(lines, story.span),
      selectionRange: toRange(lines, selection),
      children,
    };
  });
}

/** Find a story by title across the workspace. */
export function workspaceSymbols(workspace: Workspace, query: string): SymbolInformation[] {
  const q = query.toLowerCase();
  return workspace.all().flatMap((doc) =>
    doc.stories
      .filter((s) => storyName(s, doc.text).toLowerCase().includes(q))
      .map((s) => ({
        name: storyName(s, doc.text),
        kind: SymbolKind.Class,
        location: { uri: doc.uri, range: toRange(workspace.linesOf(doc.uri)!, s.titleSpan ?? s.span) },
      })),
  );
}

/** `Value 4/5 · missing: If we don't` above each story. */
const NON_STORY_NAMES: Record<Exclude<StoryKind, 'story'>, string> = {
  bug: 'bug report',
  task: 'task',
  spike: 'spike',
  question: 'question',
  criteria: 'acceptance criteria',
};

export function codeLenses(result: LintResult, lines: LineIndex): CodeLens[] {
  // Not checked at all: one lens at the top says why, where a score per story would mislead.
  if (result.language !== undefined) {
    const title = notCheckedMessage(result.language);
    return [{ range: toRange(lines, { start: 0, end: 0 }), command: { title, command: '' } }];
  }
  const scores = result.stories.map((story): CodeLens => {
    const c = valueCompleteness(story);
    // Bugs, tasks and spikes are not asked for story elements, so they get no value score (as in the report).
    const title =
      story.kind === 'story'
        ? `Value ${c.present}/${c.total}${c.missing.length ? ` · missing: ${c.missing.join(', ')}` : ''}`
        : `Not a story (${NON_STORY_NAMES[story.kind]}): not scored`;
    return {
      range: toRange(lines, story.titleSpan ?? story.sentence?.span ?? story.span),
      command: { title, command: '' },
    };
  });
  // Where part of the document was read otherwise (nested too deep, too dense to read its markup): said where it is.
  const notices = result.notices.map(
    (notice): CodeLens => ({ range: toRange(lines, notice.span), command: { title: notice.message, command: '' } }),
  );
  return [...scores, ...notices].sort((a, b) => a.range.start.line - b.range.start.line);
}

/** On a flagged range: what the rule asks for, why, and a good example. */
export function hover(result: LintResult, lines: LineIndex, position: Position): Hover | null {
  const offset = lines.offsetAt(position);
  const here = result.findings.filter((f) => f.span.start <= offset && offset <= f.span.end);
  if (here.length === 0) return null;
  const parts = [...new Set(here.map((f) => f.ruleId))].map((id) => {
    const rule = RULES_BY_ID.get(id)!;
    const docs = RULE_DOCS[id];
    return [
      `**${id}** — ${rule.description}`,
      docs?.why ?? '',
      docs?.good ? `Good example:\n\n${docs.good}` : '',
      `[Rule documentation](${docsUrl(id)})`,
    ]
      .filter(Boolean)
      .join('\n\n');
  });
  return {
    contents: { kind: MarkupKind.Markdown, value: parts.join('\n\n---\n\n') },
    range: toRange(lines, here[0]!.span),
  };
}

const PERSONA_SLOT = /(?:\bas\s+an?\s+|^\s*(?:[-*+]\s+)?(?:\*\*|__)?who(?:\*\*|__)?\s*:\s*(?:\*\*|__)?\s*)([\w' -]*)$/i;

/** Personas already used in the workspace, after `As a ` or `Who:`. */
export function completePersonas(workspace: Workspace, linePrefix: string): CompletionItem[] {
  const m = PERSONA_SLOT.exec(linePrefix);
  if (!m) return [];
  const index = workspace.workspaceIndex();
  return index.personas.map((p, i) => ({
    label: p,
    kind: CompletionItemKind.Value,
    detail: `persona · ${index.personaUses?.get(p) ?? 0} stories`,
    sortText: String(i).padStart(5, '0'),
  }));
}
