import { CANONICAL_LABEL } from '../parse/labels.js';
import { lineStartOf, LIST_ITEM_LINE } from '../text/line-index.js';
import { isUnfilled } from '../text/placeholder.js';
import type { ElementKind, Fix, Span, Story, TextEdit } from '../types.js';
import type { RuleContext } from './rule.js';

/** Where a finding about something missing is shown: the title, else the sentence, else the story's first line. */
export function storyAnchor(story: Story, text: string): Span {
  if (story.titleSpan && story.titleSpan.end > story.titleSpan.start) return story.titleSpan;
  if (story.sentence) return story.sentence.span;
  const lineEnd = text.indexOf('\n', story.span.start);
  const end = lineEnd < 0 || lineEnd > story.span.end ? story.span.end : lineEnd;
  return { start: story.span.start, end: end > story.span.start && text[end - 1] === '\r' ? end - 1 : end };
}

const FIELD_ORDER: ElementKind[] = ['who', 'outcome', 'why', 'success', 'consequence', 'assumptions', 'solution'];

function lineEndOf(text: string, offset: number): number {
  let end = text.indexOf('\n', offset);
  if (end < 0) end = text.length;
  return end > 0 && text[end - 1] === '\r' ? end - 1 : end;
}

/**
 * A `**Label:** value` line, placed in the guideline's order among the story's existing
 * field lines (Who before Outcome before Why …), else after its last field line or heading.
 */
export function insertField(ctx: RuleContext, kind: ElementKind, value: string): TextEdit {
  const { story, eol, text } = ctx;
  const line = `**${CANONICAL_LABEL[kind]}:** ${value}`;
  const rank = FIELD_ORDER.indexOf(kind);
  const fields = FIELD_ORDER.map((k) => story.elements[k]).filter((e) => e?.from === 'field' && e.label && e.label.start < story.fieldInsertAt + 1);
  const before = fields.filter((e) => FIELD_ORDER.indexOf(e!.kind) < rank).pop();
  if (before) {
    const at = lineEndOf(text, Math.max(before.label!.end, before.span.start, before.blockEnd ?? 0));
    // After a field's list, a blank line keeps the new field out of the last item.
    const lastLine = text.slice(lineStartOf(text, at), at);
    // Fields written as list items (`- **Who:** …`) get a sibling item.
    const fieldItem = /^([ \t]*(?:[-*+]|\d+[.)])[ \t]+)(?=\*\*|__|\w+:)/.exec(text.slice(lineStartOf(text, before.label!.start), before.label!.start + 2));
    if (fieldItem && lineStartOf(text, at) === lineStartOf(text, before.label!.start)) {
      return { start: at, end: at, newText: `${eol}${fieldItem[1]!.replace(/\d+/, (n) => String(Number(n) + 1))}${line}` };
    }
    const afterList = LIST_ITEM_LINE.test(lastLine);
    return { start: at, end: at, newText: `${afterList ? eol : ''}${eol}${story.indent}${line}` };
  }
  const after = fields.find((e) => FIELD_ORDER.indexOf(e!.kind) > rank);
  if (after) {
    const at = lineStartOf(text, after.label!.start);
    const indent = text.slice(at, after.label!.start).match(/^[ \t>]*/)?.[0] ?? '';
    return { start: at + indent.length, end: at + indent.length, newText: `${line}${eol}${indent}` };
  }
  const at = story.fieldInsertAt;
  if (story.titleSpan !== undefined && !story.sentence && isHeadingLineEnd(text, at)) {
    return { start: at, end: at, newText: `${eol}${eol}${line}` };
  }
  const afterList = LIST_ITEM_LINE.test(text.slice(lineStartOf(text, at), at)) && !story.oneLine;
  return { start: at, end: at, newText: `${afterList ? eol : ''}${eol}${story.indent}${line}` };
}

function isHeadingLineEnd(text: string, at: number): boolean {
  const lineStart = lineStartOf(text, at);
  return /^\s{0,3}#{1,6}(\s|$)/.test(text.slice(lineStart, at));
}

/**
 * A whole section (`### How we'll know` + body) added at the end of the story. Stories
 * without a heading get a bold label instead, so the section never becomes a new story.
 */
export function insertSection(ctx: RuleContext, kind: ElementKind, body: string): TextEdit {
  const { story, eol } = ctx;
  const label = CANONICAL_LABEL[kind];
  const title = story.depth > 0 ? `${'#'.repeat(Math.min(6, story.depth + 1))} ${label}` : `**${label}:**`;
  return { start: story.endInsertAt, end: story.endInsertAt, newText: `${eol}${eol}${title}${eol}${eol}${body}` };
}

/** The persona as the fixes quote it: `the shopper`, or `them` when nobody is named. */
export function personaOf(story: Story): string {
  const who = story.elements.who?.text.replace(/[*_`]/g, '').trim();
  if (!who || /^</.test(who)) return 'them';
  // A persona written as a whole description reads badly inside a sentence.
  if (who.split(/\s+/).length > 5) return 'them';
  return /^(?:an?|the|my|our)\s/i.test(who) ? who.replace(/^(?:an?)\s/i, 'the ') : `the ${who}`;
}

/**
 * The shape every missing-element rule shares: an element that is only a placeholder (or
 * empty, or "TBD") asks to be filled in and gets no fix; an absent one gets the fix.
 */
export function reportMissing(
  ctx: RuleContext,
  kind: ElementKind,
  messages: { unfilled: string; missing: string },
  fix: () => Fix,
  anchor: Span = storyAnchor(ctx.story, ctx.text),
): void {
  const element = ctx.story.elements[kind];
  if (element && !isUnfilled(element.text)) return;
  if (element) {
    ctx.report({ message: messages.unfilled, span: element.text.trim() ? element.span : (element.label ?? element.span) });
    return;
  }
  ctx.report({ message: messages.missing, span: anchor, fix: fix() });
}
