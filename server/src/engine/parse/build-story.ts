/** Reads the elements, criteria and assumptions of one story from the blocks the story finder gives it. */
import { DEFAULT_VOCABULARY, type Vocabulary } from '../language/vocabulary.js';
import { judgeCriterion, type CriterionKind } from '../language/criterion.js';
import type { Heading, ListItem, RootContent } from 'mdast';
import type { LabelSection, Region, StoryParts } from './story-parts.js';
import type { ElementKind, Span, Story, StoryElement, StoryItem } from '../types.js';
import { codeBlocksIn, endOf, itemsIn, lastOffset, startOf, textBlocks } from './blocks.js';
import { kindOfStory } from './kind.js';
import { lineEndOf, linesOf, trimSpan } from './lines.js';
import { goalAim, proseElements, scenarioIn, situationWho } from './prose.js';
import { answersWithBenefit } from './persona.js';
import { isUnfilled } from '../text/placeholder.js';
import { PERIOD_HEADING } from '../text/dates.js';
import { ownTitle } from '../text/title.js';
import { QUOTE_LEAD, isBlankLine, lastAtOrBefore } from '../text/line-index.js';
import { headingSpan, headingText, type Section } from './sections.js';
import { isScenarioName, matchLabelLine, sectionRoleOf } from './labels.js';
import { columnName, tablesIn } from './table.js';
import { isUseCase, useCaseActor } from './use-case.js';
import { isCardNote } from './section-names.js';
import { isElementLabel, roleInHeading, type LabelHit } from './statements.js';
import { isTemplateNote, isTemplatePrompt, maskTemplate } from './template.js';

/** A field: its label line, and where its value ends (the next label line, or its region's end). */
interface Field extends LabelHit {
  end: number;
}

/** "Scrum Master: Andrew", "Sprint 7 Planning Date/Time: 4/27": a paragraph that is a field of its own name. */
const KEY_VALUE = /^[*_]*\p{Lu}[\p{L}\d /()&'’-]{0,40}?[*_]*:[*_]*[ \t]+\S/u;

/**
 * Where a paragraph after a field given on its line ("Definition of Done: The app is testable") starts another field
 * of the document ("Scrum Master: Andrew"): the first one's items end there, whatever that field's name.
 */
function otherFieldAfter(nodes: readonly RootContent[], text: string, from: number, to: number): number | undefined {
  const next = nodes.find(
    (n) =>
      n.type === 'paragraph' &&
      startOf(n) >= from &&
      startOf(n) < to &&
      KEY_VALUE.test(text.slice(startOf(n), endOf(n))),
  );
  return next && startOf(next);
}

/**
 * Reads the elements of one story from its own blocks and its label sub-sections. Fields may
 * follow the story's own text or sit under a label sub-heading (`**If we don't:**` after
 * `### How we'll know`); each field runs to the next label or the end of its region. The
 * story's index is its place among the stories found so far; the finder renumbers them.
 */
export function buildStory(
  text: string,
  parts: StoryParts,
  index: number,
  vocabulary: Vocabulary = DEFAULT_VOCABULARY,
): Story {
  const { span, own, labelSections, sentence, heading } = parts;
  const regions: Region[] = [own];
  for (const { section, labels, nodes, within } of labelSections) {
    regions.push({ nodes, labels, end: lastOffset(nodes, endOf(section.heading!)), ...(within ? { within } : {}) });
  }
  // A field written under a sub-heading of a part ("**User acceptance test**" under "### Checkboxes" under
  // "## Specifications") ends with that sub-heading's section, the innermost holding it: the next is another's. The
  // spans come in document order, each section before those under it, so the innermost is the last to start at or
  // before the field (a section's own text comes before its sub-sections): found by halving, not by a scan per field.
  const endWithin = (region: Region, starts: readonly number[], at: number) => {
    const last = region.within?.[lastAtOrBefore(starts, at)];
    return last !== undefined && at < last.end ? Math.min(region.end, last.end) : region.end;
  };
  // A context label (`**Background:**`) only ends the field before it.
  const fields = regions
    .flatMap((region) => {
      const found = region.labels.filter((h) => h.lineStart >= span.start && h.lineStart < region.end);
      const starts = region.within?.map((s) => s.start) ?? [];
      return found.map((hit, i) => ({
        ...hit,
        end: Math.min(found[i + 1]?.lineStart ?? region.end, endWithin(region, starts, hit.lineStart)),
      }));
    })
    .filter((f): f is Field & { kind: ElementKind } => isElementLabel(f));
  const allNodes = regions.flatMap((r) => r.nodes);
  // Its code blocks, looked for once: a story of thousands of fields would look for them again for each.
  let code: readonly RootContent[] | undefined;
  const codeInStory = () => (code ??= codeBlocksIn(allNodes));

  const elements: Story['elements'] = {};
  let criteria: StoryItem[] = [];
  let assumptions: StoryItem[] = [];
  const addItems = (kind: ElementKind, found: StoryItem[]) => {
    const items = found.flatMap((item) => authored(item));
    if (kind === 'success') criteria = criteria.concat(items);
    if (kind === 'assumptions') assumptions = assumptions.concat(items);
  };
  // A statement written as a field's value (`**User story:** As a …`) is read as the sentence.
  const holdsSentence = (at: Span) =>
    sentence !== undefined && sentence.span.start >= at.start && sentence.span.start < at.end;

  for (const field of fields) {
    const valueSpan = trimSpan(text, field.valueStart, field.end);
    // A field's value is its own line; what follows on later lines (a list) is its items.
    const inline = trimSpan(text, field.valueStart, Math.min(lineEndOf(text, field.valueStart), valueSpan.end));
    const hasInline = inline.end > inline.start;
    const valueAt = authoredSpan(text, hasInline ? inline : beforeCode(valueSpan, codeInStory()));
    if (!(isSentenceKind(field.kind) && holdsSentence(valueSpan))) {
      elements[field.kind] ??= {
        kind: field.kind,
        span: valueAt,
        text: text.slice(valueAt.start, valueAt.end),
        label: field.label,
        from: 'field',
        blockEnd: valueSpan.end,
      };
    }
    if (field.kind === 'success' || field.kind === 'assumptions') {
      const itemsEnd = hasInline ? (otherFieldAfter(allNodes, text, inline.end, field.end) ?? field.end) : field.end;
      const items = itemsIn(allNodes, text, field.valueStart, itemsEnd, vocabulary);
      // `**How we'll know:** Alerts are read in 5 min` is a criterion too, unless it is already an item.
      const inlineIsItem = items.some((it) => it.span.start <= inline.start && it.span.end >= inline.end);
      const inlineItem = { span: inline, text: text.slice(inline.start, inline.end) };
      addItems(field.kind, hasInline && !inlineIsItem ? [inlineItem, ...items] : items);
    }
  }

  for (const { section, kind, nodes } of labelSections) {
    if (kind === undefined) continue;
    const contentStart = endOf(section.heading!);
    const firstField = fields.find((f) => f.lineStart >= contentStart && f.lineStart < section.end);
    const contentEnd = firstField?.lineStart ?? section.end;
    // The value is the section's own text; its sub-headings may list items but are not part of the value,
    // unless the section says it all under them ("## Goals" over "### Primary goals"): then the first one's text is.
    const { start: valueStart, end: blockEnd } = valueRegion(text, section, nodes, contentStart, contentEnd);
    const valueSpan = authoredSpan(text, beforeCode({ start: valueStart, end: blockEnd }, codeBlocksIn(nodes)));
    // "## Problem Statement" saying it all under "### The Problem": the section with words is the answer.
    const said = elements[kind];
    if (said?.from === 'heading' && !said.text.trim() && valueSpan.end > valueSpan.start) delete elements[kind];
    if (!(isSentenceKind(kind) && holdsSentence(valueSpan))) {
      elements[kind] ??= {
        kind,
        span: valueSpan,
        text: text.slice(valueSpan.start, valueSpan.end),
        label: headingSpan(section.heading!, text),
        from: 'heading',
        blockEnd,
      };
    }
    const items = itemsIn(nodes, text, contentStart, contentEnd, vocabulary);
    const scenario = kind === 'success' && isScenarioName(headingText(section.heading!, text));
    addItems(kind, scenario ? items.map((item) => ({ ...item, inScenario: true as const })) : items);
  }

  // "| Acceptance Criteria | Yes/No | Comments |" over its rows: the column named for the criteria lists them.
  // So is a table of test cases under the criteria's heading ("## Acceptance Criteria" over "| Scenario | Action |
  // Expected Result |"): each row's expected result is one check.
  const checked = labelSections.filter((l) => l.kind === 'success').flatMap((l) => l.nodes);
  if (!parts.oneLine && criteria.length === 0) criteria = criteriaColumn(text, [...own.nodes, ...checked], vocabulary);
  // "- Task Breakdown:" over tasks, each with its "Acceptance Criteria: When …": the story's criteria, task by task.
  if (!parts.oneLine && criteria.length === 0 && !elements.success)
    criteria = nestedCriteria(text, own.nodes, vocabulary);
  // A statement over its "AC1. …", "AC2. …" indented a tab: Markdown shows the criteria as code; the author wrote them.
  if (!parts.oneLine && criteria.length === 0 && !elements.success) criteria = indentedCriteria(text, own.nodes);
  // A field or a section says it more precisely than the sentence; the sentence fills the gaps. A heading that only
  // names the part, its words all in a field under it ("User Story — Search" over "**Story:** As a …"), is a gap.
  for (const kind of ['who', 'outcome', 'why'] as const) {
    const said = elements[kind];
    const gap = !said || (said.from === 'heading' && !said.text.trim());
    if (gap && sentence?.[kind]) elements[kind] = sentence[kind];
  }
  // "* As a member, I want to post a question" over "  * So that I can get help": the reason is an item on.
  // So it is under the list item a heading's story is stated in ("### Sign Up" over that item and its criteria).
  const statedIn = sentence && !parts.oneLine ? itemHolding(own.nodes, sentence.span.start) : undefined;
  const onward =
    !elements.why && sentence && (parts.oneLine || statedIn)
      ? nestedWhy(text, statedIn ? statedIn.children.filter((n) => n.type === 'list') : own.nodes)
      : undefined;
  if (onward) elements.why = onward;
  // "### 1 - As a visitor" over "I want to sign up …": the heading names the role whose statement follows.
  const role = !elements.who && sentence && !sentence.who && heading ? roleInHeading(text, heading) : undefined;
  if (role) elements.who = role;
  // A Personas section answered with what the change brings names nobody: the story still lacks its who.
  const who = elements.who;
  if (who && !isUnfilled(who.text) && answersWithBenefit(who, vocabulary)) elements.who = { ...who, namesNobody: true };
  // What prose says by meaning (a Problem paragraph naming who struggles and what it costs) fills what is left.
  if (!parts.oneLine) {
    const proseBlocks = proseNodes(text, own.nodes, labelSections);
    const goals = labelSections.filter((l) => l.kind === 'outcome').flatMap((l) => l.nodes);
    const prose = proseElements(text, proseBlocks, goals, vocabulary);
    for (const kind of ['who', 'why'] as const) {
      const found = prose[kind];
      // An element left empty (a template's `## Personas` with only its prompt) is no answer; prose may give it.
      if (found && !elements[kind]?.text.trim()) elements[kind] = found;
    }
    // "When a citizen files a complaint, …" in the What: the person the change is for.
    const inSituation = elements.who?.text.trim() ? undefined : situationWho(elements.outcome, vocabulary);
    if (inSituation) elements.who = inSituation;
    // "Team arranger adds a carer" over its steps and postconditions: the use case's actor has the goal.
    if (!elements.who?.text.trim() && heading && isUseCase(true, text.slice(span.start, span.end))) {
      const actor = useCaseActor(text, heading, vocabulary);
      if (actor) elements.who = actor;
    }
    // A Goal that opens by naming its aim ("Increase boost inventory.", "Teach the community how to earn") says why.
    const aim = elements.why?.text.trim() ? undefined : goalAim(text, elements.outcome, vocabulary);
    if (aim) elements.why = aim;
    // Acceptance left as the template's `- [ ] ...` while a scenario spells out the check elsewhere.
    const successSaid =
      criteria.some((c) => !isUnfilled(c.text)) || (elements.success && !isUnfilled(elements.success.text));
    if (!successSaid) {
      // "What needs to be done" (the solution) is where such a scenario is most often written.
      const solution = labelSections.filter((l) => l.kind === 'solution').flatMap((l) => l.nodes);
      const scenario = scenarioIn(text, [...proseBlocks, ...solution]);
      if (scenario) elements.success = scenario;
      // "As an interviewee, I want …" straight over "- a time slot is chosen", "- a confirmation is sent": the checks
      // the story is accepted by, written with no label.
      else {
        const checks = sentence ? checksAfter(text, own.nodes, sentence.span, vocabulary) : [];
        if (checks.length) criteria = checks.flatMap((item) => authored(item));
      }
    }
  }

  // New field lines go after the story's own last field or sentence line, else under its heading.
  const ownFields = fields.filter((f) => f.lineStart < own.end);
  // Never before the heading's end: a setext heading's text line is followed by its underline.
  const ownEnd = Math.max(
    heading ? endOf(heading) : span.start,
    sentence?.span.end ?? span.start,
    ...ownFields.map((f) => trimSpan(text, f.valueStart, f.end).end),
  );
  const fieldInsertAt = fields.length || sentence ? lineEndOf(text, ownEnd) : heading ? endOf(heading) : span.start;
  criteria = inPeriods(
    criteria,
    [...(heading ? [heading] : []), ...labelSections.flatMap((l) => headingsOf(l.section))],
    text,
  );
  const story: Story = {
    index,
    shape: sentence ? sentence.form : fields.length || labelSections.length ? 'value' : 'unknown',
    oneLine: parts.oneLine,
    span,
    depth: parts.depth,
    elements,
    criteria,
    assumptions,
    fieldInsertAt,
    endInsertAt: pastTrailingSpace(text, parts.insertEnd ?? span.end),
    indent: parts.indent,
    kind: 'story',
  };
  if (runsOnAfter(text, pastTrailingSpace(text, span.end))) story.textRunsOn = true;
  if (fields.length && sentence) story.shape = 'value';
  if (parts.inTableCell) story.inTableCell = true;
  if (parts.sharesItsParagraph) story.sharesItsParagraph = true;
  if (sentence) story.sentence = sentence;
  if (labelSections.some((l) => l.section.depth < (heading ? parts.depth : 2))) story.partOutranksHeading = true;
  const partDepths = labelSections.map((l) => l.section.depth).filter((d) => d > 0);
  if (!heading && partDepths.length) story.partDepth = Math.min(...partDepths);
  if (parts.nextHeadingDepth !== undefined) story.nextHeadingDepth = parts.nextHeadingDepth;
  if (heading) {
    const { start, end } = headingSpan(heading, text);
    // An issue export's link and state before the title, or a link around it, are the tracker's, not the author's.
    const own = ownTitle(text.slice(start, end));
    story.titleSpan = { start: start + own.start, end: start + own.end };
    story.title = text.slice(story.titleSpan.start, story.titleSpan.end);
  }
  story.kind = parts.oneLine ? 'story' : kindOfStory(text, story, labelSections, own, vocabulary);
  return story;
}

/**
 * Where a named section's value lies: its own text, or with none, the text of its first sub-heading when that has
 * no name (`nodes` holds the section's blocks, then those of its sub-headings that are not named sections).
 */
function valueRegion(text: string, section: Section, nodes: readonly RootContent[], start: number, end: number): Span {
  // Its own text from right after the heading, as the fixes and ranges have always read it.
  const own = { start, end: trimSpan(text, start, Math.min(end, lastOffset(section.own, start))).end };
  const first = nodes[section.own.length];
  const sub = section.children[0];
  if (section.own.length > 0 || !first || !sub || startOf(first) >= end) return own;
  // Only a first sub-heading says it: after a named one ("### Business value"), an unnamed one is a note of its own;
  // "### User stories" under "## Goals" lists stories of their own, each with its outcome.
  if (startOf(first) < sub.start || startOf(first) >= sub.end || /\bstories\b/i.test(headingText(sub.heading!, text)))
    return own;
  const under = nodes.filter((n) => startOf(n) >= startOf(first) && endOf(n) <= sub.end);
  return trimSpan(text, startOf(first), Math.min(end, lastOffset(under, startOf(first))));
}

/**
 * The end of the line when only spaces follow `at` on it: a section added at the story's end goes after the
 * author's trailing spaces, and never before a field line added at that line's end.
 */
function pastTrailingSpace(text: string, at: number): number {
  const lineEnd = lineEndOf(text, at);
  return isBlankLine(text.slice(at, lineEnd)) ? lineEnd : at;
}

/**
 * Whether the line after the one ending at `at` is text a line added at `at` would run on into: not blank and not
 * a block that interrupts a paragraph (a heading, a quote, a fence, a thematic break, an item with text, which
 * an ordered list may only open at 1).
 */
function runsOnAfter(text: string, at: number): boolean {
  if (at >= text.length || lineEndOf(text, at) !== at) return false;
  const start = at + (text.startsWith('\r\n', at) ? 2 : 1);
  const next = text.slice(start, lineEndOf(text, start));
  return !isBlankLine(next) && !INTERRUPTS_PARAGRAPH.test(next);
}

const INTERRUPTS_PARAGRAPH = /^ {0,3}(?:#{1,6}(?:[ \t]|$)|>|`{3,}|~{3,}|(?:[*_][ \t]*){3,}$|(?:[-*+]|1[.)])[ \t]+\S)/;

const isSentenceKind = (kind: ElementKind) => kind === 'who' || kind === 'outcome' || kind === 'why';

/**
 * A span without the template text at its ends, nor the quote markers its first line opens with (a value quoted
 * under its label: the words start after the `>`, so moving them leaves the quote a quote); an empty span at its
 * start when only template text is left.
 */
function authoredSpan(text: string, at: Span): Span {
  const quoted = /^[ \t]*>/.test(text.slice(at.start, at.end)) ? QUOTE_LEAD.exec(text.slice(at.start, at.end))![0] : '';
  if (quoted) at = { start: at.start + quoted.length, end: Math.max(at.end, at.start + quoted.length) };
  const masked = maskTemplate(text.slice(at.start, at.end));
  if (isTemplatePrompt(masked)) return { start: at.start, end: at.start };
  const inner = trimSpan(masked, 0, masked.length);
  return inner.end > inner.start
    ? { start: at.start + inner.start, end: at.start + inner.end }
    : { start: at.start, end: at.start };
}

/** The part of `span` before the first code block in it: code under a label is never its value. */
function beforeCode(span: Span, codeBlocks: readonly RootContent[]): Span {
  let end = span.end;
  for (const code of codeBlocks)
    if (endOf(code) > span.start && startOf(code) < end) end = Math.max(span.start, startOf(code));
  return { start: span.start, end };
}

/**
 * A criterion or assumption as the author wrote it; an item that is only template text (a
 * comment, code, a prompt, the template's note on how to fill the list in) is none, nor is one
 * the author struck through (`~~- WHEN I press No~~`: withdrawn, kept to show the history) or a
 * list number left alone on its line (`2.` over the steps it numbers). Its text stays whole:
 * rewrites copy it word for word.
 */
function authored(item: StoryItem): StoryItem[] {
  const masked = maskTemplate(item.text);
  if (!masked.trim() || isTemplatePrompt(masked) || isTemplateNote(masked)) return [];
  return !/[\p{L}\p{N}]/u.test(masked.replace(STRUCK, ' ')) || BARE_NUMBER.test(masked) ? [] : [item];
}

/** Struck-through text: `~~…~~`. */
const STRUCK = /~~[^~]*~~/g;
/** An ordered list's number with nothing after it. */
const BARE_NUMBER = /^\s*\d+[.)]\s*$/;

/** "Open questions", "Outstanding Questions", "Items Requiring Clarification": a section of what is still asked. */
const QUESTIONS_SECTION = /\bquestions?\b|\bclarif|\bq\s*&\s*a\b/i;

/** A test case's column of what should happen: "Expected Result", "Expected outcome", "Expected behaviour". */
const EXPECTED_COLUMN = /^expected\s+(?:results?|outcomes?|behaviou?rs?)$/i;
/** A test case's column of what is done: "Scenario", "Action", "Steps", "When", "Test case". */
const TEST_STEP_COLUMN = /^(?:scenarios?|actions?|steps?(?:\s+to\s+\S+)?|when|test(?:\s+cases?)?|input)$/i;

/**
 * The cells of the first table among `nodes` under a column named for the criteria ("Acceptance Criteria"), or for
 * the result expected of each test case.
 */
function criteriaColumn(text: string, nodes: readonly RootContent[], vocabulary: Vocabulary): StoryItem[] {
  for (const node of nodes) {
    if (node.type !== 'paragraph') continue;
    for (const table of tablesIn(text, startOf(node), endOf(node))?.tables ?? []) {
      const names = table.header.map((cell) => columnName(text, cell));
      const named = names.findIndex((name) => sectionRoleOf(name, vocabulary) === 'success');
      // "| Scenario | Action | Expected Result |": a table of test cases, each row's expected result a check.
      const expected = names.some((name) => TEST_STEP_COLUMN.test(name))
        ? names.findIndex((name) => EXPECTED_COLUMN.test(name))
        : -1;
      const column = named >= 0 ? named : expected;
      if (column < 0) continue;
      return table.rows.flatMap((row) => {
        const cell = row[column];
        return cell && cell.end > cell.start ? authored({ span: cell, text: text.slice(cell.start, cell.end) }) : [];
      });
    }
  }
  return [];
}

/** A line of an indented code block numbered as a criterion: "AC1. Player can move …", "AC 2: …". */
const NUMBERED_CRITERION = /^[ \t]*ac[ \t]*\d+[.:)][ \t]+(?=\S)/i;

/**
 * The lines of the first indented code block among `nodes` whose every line is numbered as a criterion ("AC1. …"),
 * each after its number. They are read from code, so no fix writes there (`readOnlyBlock`).
 */
function indentedCriteria(text: string, nodes: readonly RootContent[]): StoryItem[] {
  for (const node of nodes) {
    if (node.type !== 'code' || /^[ \t]*(?:```|~~~)/.test(text.slice(startOf(node), endOf(node)))) continue;
    const block = { start: text.lastIndexOf('\n', startOf(node)) + 1, end: endOf(node) };
    const lines = linesOf(text, block.start, block.end).filter((line) => line.text.trim());
    if (lines.length === 0 || !lines.every((line) => NUMBERED_CRITERION.test(line.text))) continue;
    return lines.flatMap((line) => {
      const span = trimSpan(
        text,
        line.start + NUMBERED_CRITERION.exec(line.text)![0].length,
        line.start + line.text.length,
      );
      return authored({ span, text: text.slice(span.start, span.end), readOnlyBlock: block });
    });
  }
  return [];
}

/** The values of items nested in lists, at any depth, that open with a criteria label ("Acceptance Criteria: …"). */
function nestedCriteria(text: string, nodes: readonly RootContent[], vocabulary: Vocabulary): StoryItem[] {
  return textBlocks(nodes, false, true).flatMap((block) => {
    if (!block.inList) return [];
    const line = text.slice(block.from, lineEndOf(text, block.from));
    const label = matchLabelLine(line, vocabulary);
    if (label?.role !== 'success') return [];
    const value = trimSpan(text, block.from + label.valueStart, block.to);
    return value.end > value.start ? authored({ span: value, text: text.slice(value.start, value.end) }) : [];
  });
}

/** A why's keyword opening a line, in emphasis or not: "So that …", "**So** I can …", "In order to …". */
const WHY_OPENING = /^([*_]{0,3})(so\s+that|so(?=[*_]{0,3}\s+(?:I|we)\s)|in\s+order\s+to)\1[ \t]+(?=\S)/i;

/**
 * The first item of the lists nested in a statement's item, at any depth, that opens with a why's keyword: the
 * statement's reason, written a line on ("* As a member, I want …" over "  * So that I can …").
 */
function nestedWhy(text: string, nodes: readonly RootContent[]): StoryElement | undefined {
  for (const block of textBlocks(nodes, false, true)) {
    if (!block.inList) continue;
    const m = WHY_OPENING.exec(text.slice(block.from, block.to));
    if (!m) continue;
    const keyword = block.from + m[1]!.length;
    const span = trimSpan(text, block.from + m[0].length, block.to);
    const end = span.start + text.slice(span.start, span.end).replace(/[\s.!]+$/, '').length;
    if (end <= span.start) continue;
    return {
      kind: 'why',
      span: { start: span.start, end },
      text: text.slice(span.start, end),
      label: { start: keyword, end: keyword + m[2]!.length },
      from: 'sentence',
    };
  }
  return undefined;
}

/** The item of a list among `nodes` (not nested deeper) whose text holds `at`. */
function itemHolding(nodes: readonly RootContent[], at: number): ListItem | undefined {
  for (const node of nodes) {
    if (node.type !== 'list' || at < startOf(node) || at >= endOf(node)) continue;
    return node.children.find((item) => at >= startOf(item) && at < endOf(item));
  }
  return undefined;
}

/** Blocks whose prose may say who struggles and why: the story's own text and its outcome and context sections. */
function proseNodes(text: string, own: readonly RootContent[], labelSections: readonly LabelSection[]): RootContent[] {
  // Open questions and their answers ("(none — all blocking questions resolved)") ask; they state no need.
  const asks = (l: LabelSection) =>
    l.section.heading !== undefined && QUESTIONS_SECTION.test(headingText(l.section.heading, text));
  const proseParts = labelSections.filter((l) => (l.kind === undefined || l.kind === 'outcome') && !asks(l));
  return [...own, ...proseParts.flatMap((l) => l.nodes)];
}

/** The headings of a section and of the sections under it, in order. */
const headingsOf = (section: Section): Heading[] => [
  ...(section.heading ? [section.heading] : []),
  ...section.children.flatMap(headingsOf),
];

/**
 * The items of the list that follows the statement's block straight away, when half or more check what is done
 * ("a single time slot is chosen", "the event is unique"), not the work to do ("add the slots table"): the story's
 * criteria, written with no label. None for a single item: one line may be a note. The rating and fields of its
 * card ("- highest priority", "- Related persona: …") are no checks.
 */
function checksAfter(
  text: string,
  nodes: readonly RootContent[],
  statement: Span,
  vocabulary: Vocabulary,
): StoryItem[] {
  const at = nodes.findIndex((n) => startOf(n) <= statement.start && statement.start < endOf(n));
  const list = at < 0 ? undefined : nodes[at + 1];
  if (list?.type !== 'list') return [];
  const listed = itemsIn([list], text, startOf(list), endOf(list), vocabulary);
  // Beside the card's rating and fields ("- highest priority"), one check is the list's point, no stray note.
  const items = listed.filter((item) => !isCardNote(item.text, vocabulary));
  if (listed.length < 2 || items.length === 0) return [];
  const checking = items.filter((item) => CHECKS.has(judgeCriterion(item.text, vocabulary).kind)).length;
  return checking * 2 >= items.length ? items : [];
}

const CHECKS: ReadonlySet<CriterionKind> = new Set(['acceptance-check', 'outcome-signal']);

/** The criteria under a heading naming a period ("### Q1 2020" over "- 12 streams"), marked as in it. */
function inPeriods(criteria: StoryItem[], headings: readonly Heading[], text: string): StoryItem[] {
  const periods = headings.filter((h) => PERIOD_HEADING.test(headingText(h, text).trim()));
  if (!periods.length) return criteria;
  return criteria.map((item) => {
    const above = headings.filter((h) => startOf(h) < item.span.start).sort((a, b) => startOf(a) - startOf(b));
    // The nearest heading above it of each level down to it: "### Q1 2020" over "#### Key results" still holds.
    const chain: Heading[] = [];
    for (const h of above.reverse()) if (!chain.length || h.depth < chain.at(-1)!.depth) chain.push(h);
    return chain.some((h) => periods.includes(h)) ? { ...item, inPeriod: true as const } : item;
  });
}
