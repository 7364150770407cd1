import { isFilled } from '../elements.js';
import { CANONICAL_LABEL } from '../parse/labels.js';
import { trimSpan } from '../parse/lines.js';
import { opensHtmlBlock } from '../parse/html.js';
import { maskTemplate } from '../parse/template.js';
import { LIST_ITEM_LINE, QUOTE_LEAD, isBlankLine } from '../text/line-index.js';
import { isUnfilled } from '../text/placeholder.js';
import type { ElementKind, Fix, Span, Story, StoryElement, TextEdit } from '../types.js';
import type { StorySource } from '../text/story-source.js';
import type { StoryContext } from './rule.js';

/** Where a finding about something missing is shown: the title, else the sentence, else the story's first line. */
export function storyAnchor(story: Story, source: StorySource): Span {
  if (story.titleSpan && story.titleSpan.end > story.titleSpan.start) return story.titleSpan;
  if (story.sentence) return story.sentence.span;
  return {
    start: story.span.start,
    end: Math.max(story.span.start, Math.min(story.span.end, source.lineEndOf(story.span.start))),
  };
}

const FIELD_ORDER: ElementKind[] = ['who', 'outcome', 'why', 'success', 'consequence', 'assumptions', 'solution'];

/**
 * A `**Label:** value` line, placed in the guideline's order among the story's existing
 * field lines (Who before Outcome before Why …), else after its last field line or heading.
 */
export function insertField(ctx: StoryContext, kind: ElementKind, value: string): TextEdit {
  const edit = fieldEdit(ctx, kind, value);
  const { source } = ctx;
  const lineEnd = source.lineEndOf(edit.start);
  // Added after a line's end, a line of dashes under the lines that follow would underline the new line into
  // a heading with them (`**Why:** …` over `  -`, or over `Text` and `---`): a blank line keeps it a field.
  // A block value (a list) ends with a blank line too, or the line after it would join its last item.
  // So does a field line over a list or indented code, which cannot all interrupt its paragraph.
  const lastLine = edit.newText.slice(edit.newText.lastIndexOf('\n') + 1);
  // Past the story's own lines, the parse says whether text follows that the new line would run on into.
  const setApart =
    ((lineEnd === edit.start &&
      (underlinedAfter(source, lineEnd) ||
        (isBlock(value) && !blankAfter(source, lineEnd)) ||
        (listOrCodeAfter(source, lineEnd) && !LIST_ITEM_LINE.test(lastLine)))) ||
      runsOnPastEnd(ctx.story, source, edit.start)) &&
    !/\n\s*$/.test(edit.newText);
  // A line added after a quoted line, not quoted itself, would continue the quote's paragraph: a blank line ends it.
  const quoteAbove =
    lineEnd === edit.start &&
    />/.test(QUOTE_LEAD.exec(source.slice(source.lineStartOf(edit.start), edit.start))![0]) &&
    /^(?:\r?\n)(?![ \t]*>|\r?\n)/.test(edit.newText);
  // A line added under a line of raw HTML would join the HTML block, which runs to a blank line: a blank line ends it.
  const htmlAbove =
    lineEnd === edit.start &&
    /^(?:\r\n|\r|\n)(?![ \t]*(?:\r|\n))/.test(edit.newText) &&
    inHtmlBlock(source, edit.start);
  const newText = `${quoteAbove || htmlAbove ? ctx.eol : ''}${edit.newText}${setApart ? ctx.eol : ''}`;
  return newText === edit.newText ? edit : { ...edit, newText };
}

/** Whether the line `at` ends is part of a raw HTML block: one of the lines up to it since a blank line opened one. */
function inHtmlBlock(source: StorySource, at: number): boolean {
  for (let lineStart = source.lineStartOf(at); ; ) {
    const line = source.slice(lineStart, source.lineEndOf(lineStart));
    if (isBlankLine(line)) return false;
    const above = lineStart > source.start ? previousLineEnd(source, lineStart) : undefined;
    const first = above === undefined || isBlankLine(source.slice(source.lineStartOf(above), above));
    if (opensHtmlBlock(line, first)) return true;
    if (above === undefined) return false;
    lineStart = source.lineStartOf(above);
  }
}

/** Whether text after the story's own lines would run on into a line added at `at`, its end or past it. */
const runsOnPastEnd = (story: Story, source: StorySource, at: number) => story.textRunsOn === true && at >= source.end;

/** A field value that is blocks of its own (see `asBlock`): it starts on the line after the label. */
const isBlock = (value: string) => /^\r?\n/.test(value);

/** Where the line after the one ending at `lineEnd` starts: past its `\r\n`, `\n` or lone `\r`. */
const nextLineStart = (source: StorySource, lineEnd: number) =>
  lineEnd + (source.slice(lineEnd, lineEnd + 2) === '\r\n' ? 2 : 1);

/** Where the line before the one starting at `lineStart` ends: before its `\r\n`, `\n` or lone `\r`. */
const previousLineEnd = (source: StorySource, lineStart: number) =>
  lineStart - (lineStart - 2 >= source.start && source.slice(lineStart - 2, lineStart) === '\r\n' ? 2 : 1);

/** The line after `lineEnd`, or undefined at the end. */
export function lineAfter(source: StorySource, lineEnd: number): string | undefined {
  if (lineEnd >= source.end) return undefined;
  const start = nextLineStart(source, lineEnd);
  return source.slice(start, source.lineEndOf(start));
}

/**
 * The line break that sets a list item inserted at `lineEnd` apart from the text going on there on the next line,
 * which would otherwise run on into the new item as a lazy line; none before a blank line, an item or a quote
 * (a blank line would cut the quote in two).
 */
export function apartFromNext(source: StorySource, lineEnd: number, eol: string, story?: Story): string {
  if (story && runsOnPastEnd(story, source, lineEnd)) return eol;
  const next = lineAfter(source, lineEnd) ?? '';
  return !isBlankLine(next) && !LIST_ITEM_LINE.test(next) && !/^[ \t]*>/.test(next) ? eol : '';
}

/** Whether the line after `lineEnd` is blank or there is none. */
const blankAfter = (source: StorySource, lineEnd: number) => isBlankLine(lineAfter(source, lineEnd) ?? '');

/**
 * Whether the line after `lineEnd` opens a list item (empty ones included) or is indented like code: under a
 * field's line, an empty item, a list numbered from 2 and indented code would all become the field's text. Code
 * is any character but Markdown's white space (a byte-order mark is one, though JavaScript's `\s` takes it).
 */
const listOrCodeAfter = (source: StorySource, lineEnd: number) =>
  /^[ \t]*(?:[-*+]|\d+[.)])(?:[ \t]|$)/.test(lineAfter(source, lineEnd) ?? '') || codeAfter(source, lineEnd);

/** Whether the line after `lineEnd` is indented like code: four spaces or a tab past the margin, something on it. */
export const codeAfter = (source: StorySource, lineEnd: number) =>
  /^(?: {4}|[ ]{0,3}\t)[ \t]*[^ \t\r\n]/.test(lineAfter(source, lineEnd) ?? '');

/**
 * The author's text at `span` as the value of a field, keeping its blocks: text of more than one
 * line, or a list item, goes under the label after a blank line, every line moved to `indent` as the
 * first one was (`**Proposed solution:**` over `- Update the template` / `- Review it`). Run into the
 * label's line, a list's first item would become the label's paragraph. Text in a quote stays one line.
 * `words` are the text to move when it is not all of `span` (a reason clause cut out of its first line).
 */
export function asBlock(
  source: StorySource,
  span: Span,
  indent: string,
  eol: string,
  words = source.slice(span.start, span.end),
): string {
  const trimmed = trimSpan(words, 0, words.length);
  const text = words.slice(trimmed.start, trimmed.end);
  const lead = source.slice(source.lineStartOf(span.start), span.start);
  if (!isBlankLine(lead) || (!/\n/.test(text) && !LIST_ITEM_LINE.test(text))) return text;
  const width = lead.replace(/\t/g, '    ').length;
  const lines = text.split(/\r?\n/).map((line, i) => {
    if (i === 0 || isBlankLine(line)) return i === 0 ? `${indent}${line}` : '';
    const own = /^[ \t]*/.exec(line)![0].replace(/\t/g, '    ').length;
    return `${indent}${' '.repeat(Math.max(0, own - width))}${line.replace(/^[ \t]+/, '')}`;
  });
  return `${eol}${eol}${lines.join(eol)}`;
}

/** Whether the lines after `lineEnd`, up to a blank line, end in a setext underline. */
function underlinedAfter(source: StorySource, lineEnd: number): boolean {
  for (let at = lineEnd; at < source.end; ) {
    const start = nextLineStart(source, at);
    const end = source.lineEndOf(start);
    const line = source.slice(start, end);
    if (SETEXT_UNDERLINE.test(line)) return true;
    if (isBlankLine(line)) return false;
    at = end;
  }
  return false;
}

/**
 * Whether the line `at` ends belongs to a list item's or a quote's paragraph: its own line opens the item or
 * is quoted, a line above it is with no blank line between, or the paragraph is indented under a blank line.
 * A line added right after it would join that paragraph.
 */
function inItemOrQuote(source: StorySource, at: number): boolean {
  let first = '';
  for (let end = at; ; ) {
    const start = source.lineStartOf(end);
    const lineText = source.slice(start, end);
    // An indented paragraph after a blank line is an item's later paragraph (or code): set apart too.
    if (isBlankLine(lineText)) return /^[ \t]/.test(first);
    // A line at the margin under a quote's paragraph runs on in the quote, as the author's own did.
    if (/^ {0,3}>/.test(lineText)) return true;
    // An item in a quote ("> - ."), with the lines that run on from it, is an item too; so is an empty item's
    // marker alone on its line (`*`), whose content starts on the next line.
    if (ITEM_OR_EMPTY_ITEM.test(lineText.replace(/^(?:[ \t]*>)+/, ''))) return true;
    first = lineText;
    if (start <= source.start) return false;
    end = previousLineEnd(source, start);
  }
}

/**
 * Whether `at` starts a line's text at the margin that runs on from a list item or a quote above it (no blank line
 * between): a label written there is a lazy line of that item or quote, and so is a copy of it.
 */
export function runsOnFromItemOrQuote(source: StorySource, at: number): boolean {
  const lineStart = source.lineStartOf(at);
  if (lineStart <= source.start || !/^[ \t]*$/.test(source.slice(lineStart, at))) return false;
  return inItemOrQuote(source, previousLineEnd(source, lineStart));
}

/** A line that opens a list item, an empty one (a marker alone) included. */
const ITEM_OR_EMPTY_ITEM = /^[ \t]*(?:[-*+]|\d+[.)])(?:[ \t]|$)/;

/** All a line holds before a field's label when the field is a list item: indent, bullet or number, space. */
const ITEM_MARKER = /^[ \t]*(?:[-*+]|\d+[.)])[ \t]+$/;
/** The marker of the item `by` places after (or before) it: `2.` → `3.`; a bullet stays a bullet. */
const renumbered = (marker: string, by: number) => marker.replace(/\d+/, (n) => String(Math.max(1, Number(n) + by)));

/** A line that would turn the line above it into a heading: `---`, `  -`, `===`. */
const SETEXT_UNDERLINE = /^ {0,3}(?:-+|=+)[ \t]*$/;

function fieldEdit(ctx: StoryContext, kind: ElementKind, value: string): TextEdit {
  const { story, eol, source } = ctx;
  const line = `**${CANONICAL_LABEL[kind]}:**${isBlock(value) ? '' : ' '}${value}`;
  const rank = FIELD_ORDER.indexOf(kind);
  const fields = FIELD_ORDER.map((k) => story.elements[k]).filter(
    (e) => e?.from === 'field' && e.label && e.label.start < story.fieldInsertAt + 1,
  );
  const before = fields.filter((e) => FIELD_ORDER.indexOf(e!.kind) < rank).pop();
  if (before) {
    const at = source.lineEndOf(Math.max(before.label!.end, before.span.start, before.blockEnd ?? 0));
    // After a field's list, a blank line keeps the new field out of the last item.
    const lastLine = source.slice(source.lineStartOf(at), at);
    // Fields written as list items (`- **Who:** …`) get a sibling item.
    const fieldItem = ITEM_MARKER.exec(source.slice(source.lineStartOf(before.label!.start), before.label!.start));
    const nextItem = fieldItem ? renumbered(fieldItem[0], 1) : undefined;
    if (nextItem !== undefined && source.lineStartOf(at) === source.lineStartOf(before.label!.start)) {
      return { start: at, end: at, newText: `${eol}${nextItem}${line}${apartFromNext(source, at, eol, story)}` };
    }
    // After a field item's later paragraph ("- Who: x" … "  more"), a line would join that paragraph: a sibling item.
    if (nextItem !== undefined && !LIST_ITEM_LINE.test(lastLine)) {
      return { start: at, end: at, newText: `${eol}${eol}${nextItem}${line}${apartFromNext(source, at, eol, story)}` };
    }
    // A one-line story's fields are lines of its own paragraph, quoted or in an item: the new one joins them.
    const afterList = inItemOrQuote(source, at) && !story.oneLine;
    return { start: at, end: at, newText: `${afterList ? eol : ''}${eol}${story.indent}${line}` };
  }
  const after = fields.find((e) => FIELD_ORDER.indexOf(e!.kind) > rank);
  if (after) {
    const at = source.lineStartOf(after.label!.start);
    const indent = source.slice(at, after.label!.start).match(/^[ \t>]*/)?.[0] ?? '';
    // Before a field written as a list item (`- Why: …`) the new field is an item too, not a line glued above it.
    const marker = ITEM_MARKER.exec(source.slice(at + indent.length, after.label!.start));
    const item = marker ? renumbered(marker[0], -1) : '';
    // A block value needs a blank line before the field it is put above, or that line would join its last item.
    const gap = isBlock(value) ? eol : '';
    // Under a list item or a quote, a field line at the margin would be a lazy line of it (as the author's own
    // label was): a blank line puts the fields after the list or the quote.
    const aboveEnd = at > source.start ? previousLineEnd(source, at) : undefined;
    const lazy = !item && indent === '' && aboveEnd !== undefined && inItemOrQuote(source, aboveEnd);
    // Set apart from the item, the label's paragraph would be underlined into a heading by a line under it that
    // stood apart from it in the item (an empty item `  -`): the field goes at the story's end instead.
    if (lazy && underlinedAfter(source, source.lineEndOf(at))) {
      return { start: story.endInsertAt, end: story.endInsertAt, newText: `${eol}${eol}${story.indent}${line}` };
    }
    // The blank line repeats the break above: an eol after a lone CR would make one CRLF of the two.
    const blank = lazy ? source.slice(aboveEnd, at) : '';
    const start = at + indent.length;
    return { start, end: start, newText: `${blank}${item}${line}${eol}${gap}${indent}` };
  }
  const at = story.fieldInsertAt;
  if (story.titleSpan !== undefined && !story.sentence && isHeadingLineEnd(source, at)) {
    return { start: at, end: at, newText: `${eol}${eol}${line}` };
  }
  const own = onOwnLine(source, at, `${story.indent}${line}`, eol);
  if (own) return own;
  // After a list item, or a line running on from one ("  - As a …" over "so that …"), a field line would be one more
  // line of the item: a blank line puts it after the list (a one-line story's fields stay in its item).
  const afterList =
    (LIST_ITEM_LINE.test(source.slice(source.lineStartOf(at), at)) || inItemOrQuote(source, at)) && !story.oneLine;
  return { start: at, end: at, newText: `${afterList ? eol : ''}${eol}${story.indent}${line}` };
}

/**
 * An insertion point at the start of a line that has text would glue the inserted lines to
 * it (`**If we don't:** <…># Title`): there the lines go in as lines of their own, before it.
 * Undefined when the point is not such a line start.
 */
function onOwnLine(source: StorySource, at: number, lines: string, eol: string): TextEdit | undefined {
  const lineStart = source.lineStartOf(at);
  // After a line's indentation is its start too: the lines go in before the indentation, which stays with its text.
  if (!isBlankLine(source.slice(lineStart, at)) || isBlankLine(source.slice(at, source.lineEndOf(at))))
    return undefined;
  return { start: lineStart, end: lineStart, newText: `${lines}${eol}${eol}` };
}

function isHeadingLineEnd(source: StorySource, at: number): boolean {
  return /^\s{0,3}#{1,6}(\s|$)/.test(source.slice(source.lineStartOf(at), at));
}

/**
 * A whole section (`### How we'll know` + body) added at the end of the story. Stories
 * without a heading get a bold label instead, so the section never becomes a new story; one whose parts are
 * headings gets a heading of their level, a part beside them; one followed by a deeper sub-heading gets that
 * sub-heading's level, so the section does not take it in.
 */
export function insertSection(ctx: StoryContext, kind: ElementKind, body: string): TextEdit {
  const { story, eol } = ctx;
  const label = CANONICAL_LABEL[kind];
  const title =
    story.depth > 0
      ? `${'#'.repeat(Math.min(6, Math.max(story.depth + 1, story.nextHeadingDepth ?? 0)))} ${label}`
      : story.partDepth
        ? `${'#'.repeat(story.partDepth)} ${label}`
        : `**${label}:**`;
  const apart = runsOnPastEnd(story, ctx.source, story.endInsertAt) ? eol : '';
  return (
    onOwnLine(ctx.source, story.endInsertAt, `${title}${eol}${eol}${body}`, eol) ?? {
      start: story.endInsertAt,
      end: story.endInsertAt,
      newText: `${eol}${eol}${title}${eol}${eol}${body}${apart}`,
    }
  );
}

/** The persona as the fixes quote it: `the shopper`, or `them` when nobody is named. */
export function personaOf(story: Story): string {
  if (story.elements.who?.namesNobody) return 'them';
  // A Personas section lists its people: one item is a persona ("- Core Minds creators"), several are no one.
  const lines = (story.elements.who?.text ?? '')
    .split(/\r\n|\r|\n/)
    .map((line) =>
      line
        .replace(/^[ \t]*(?:[-*+]|\d+[.)])(?=[ \t]|$)/, '')
        .replace(/^[ \t]*\[[ xX]\](?=[ \t]|$)/, '')
        .replace(/[*_`]/g, '')
        .replace(/[.,;:]+\s*$/, '')
        .trim(),
    )
    .filter(Boolean);
  const who = lines.length === 1 ? lines[0] : undefined;
  if (!who || /^</.test(who) || isUnfilled(who)) return 'them';
  // What is left of a role written in code ("As an `Admin`", "As a `General User`, on the home page"): no name.
  if (!/^[\p{L}\p{N}]/u.test(who) || /^(?:an?|the)$/i.test(who)) return 'them';
  // A placeholder cannot hold < > = " / (see text/placeholder.ts): "DB/IR administrator" is quoted as
  // "DB IR administrator", or the placeholder would read as the author's words and be fixed again.
  const quotable = who
    .replace(/[<>="/]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (!quotable) return 'them';
  // A persona written as a whole description reads badly inside a sentence.
  if (quotable.split(/\s+/).length > 5) return 'them';
  // "Everyone", "All users": a whole population takes no article.
  if (/^(?:everyone|everybody|anyone|anybody|every|any|all)\b/i.test(quotable)) {
    return quotable.replace(/^\w/, (first) => first.toLowerCase());
  }
  if (/^(?:an?|the|my|our)\s/i.test(quotable)) return quotable.replace(/^(?:an?)\s/i, 'the ');
  // "As Milo, …": a persona called by name (the keyword a bare "As", two letters) takes no article.
  const { from, label } = story.elements.who!;
  const byName = from === 'sentence' && label !== undefined && label.end - label.start === 2;
  return byName && /^\p{Lu}/u.test(quotable) ? quotable : `the ${quotable}`;
}

/** The elements whose absence may mean the item is no story at all, in the order they are asked for. */
const STORY_ELEMENTS: readonly ElementKind[] = ['who', 'why', 'success'];

/**
 * "Not a story? Say so": an item that never said it is a story (no story statement, no fields) and is
 * asked for an element may be a task or a bug report the parser could not tell from one. A tag in its
 * title tells it, and every element finding goes. Offered on the first element asked for only, so the
 * menu shows it once per item; a suggestion, never applied by fix-all.
 */
export function notAStory(ctx: StoryContext, kind: ElementKind): Fix[] {
  const { story } = ctx;
  const title = story.titleSpan;
  if (!title || title.end <= title.start || story.sentence) return [];
  if (Object.values(story.elements).some((e) => e?.from === 'field')) return [];
  if (STORY_ELEMENTS.find((k) => !isFilled(story, k)) !== kind) return [];
  // The tag the configured task tags read as a task ("[Task]"), and one a bug report is always read by.
  const task = ctx.vocabulary.taskTags.find((t) => /^task$/i.test(t)) ?? ctx.vocabulary.taskTags[0];
  const tags: [tag: string, what: string][] = [];
  if (task) tags.push([`[${capitalised(task)}]`, 'a task']);
  tags.push(['[Bug]', 'a bug report']);
  return tags.map(([tag, what]) => ({
    title: `Not a story: mark it as ${what} ("${tag}" in the title)`,
    edits: [{ start: title.start, end: title.start, newText: `${tag} ` }],
  }));
}

const capitalised = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/** Why a section whose words are all in a code block reads as empty: SPEC §2 reads code as template text. */
const IN_CODE = ' Its words are in a code block, which is read as template text: write them as plain text.';

/** The message for an element written but empty, saying so when its only words sit in fenced code. */
export function emptyMessage(ctx: StoryContext, element: StoryElement, message: string): string {
  const value = ctx.source.slice(element.span.start, element.blockEnd ?? element.span.end);
  const inCode = /^[ \t]*(?:```|~~~)/m.test(value) && /\p{L}{2}/u.test(value) && !/\p{L}{2}/u.test(maskTemplate(value));
  return inCode ? `${message}${IN_CODE}` : message;
}

/**
 * The shape every missing-element rule shares: an element that is only a placeholder (or
 * empty, or "TBD") asks to be filled in and gets no fix; an absent one gets the fix.
 */
export function reportMissing(
  ctx: StoryContext,
  kind: ElementKind,
  messages: { unfilled: string; missing: string; namesNobody?: string },
  fix: () => Fix,
  anchor: Span = storyAnchor(ctx.story, ctx.source),
): void {
  const element = ctx.story.elements[kind];
  const unfilled = element !== undefined && isUnfilled(element.text);
  if (element && !unfilled && !element.namesNobody) return;
  if (element) {
    ctx.report({
      message: unfilled ? emptyMessage(ctx, element, messages.unfilled) : (messages.namesNobody ?? messages.unfilled),
      span: element.text.trim() ? element.span : (element.label ?? element.span),
    });
    return;
  }
  const suggestions = notAStory(ctx, kind);
  ctx.report({ message: messages.missing, span: anchor, fix: fix(), ...(suggestions.length ? { suggestions } : {}) });
}

/**
 * The state the output-focused rewrite leaves: the outcome is still a placeholder and the
 * author's request sits, filled, in Proposed solution. Output-focused owns the finding then.
 */
export function awaitsOutcomeAfterRewrite(story: Story): boolean {
  const { outcome, solution } = story.elements;
  // The rewrite leaves a placeholder: an empty Goals heading over a spec's Technical description is a missing outcome.
  return (
    outcome !== undefined &&
    outcome.text.trim() !== '' &&
    isUnfilled(outcome.text) &&
    solution !== undefined &&
    !isUnfilled(solution.text)
  );
}
