/**
 * Finds the stories of a document (SPEC §2 story boundaries): a heading section with fields,
 * named sections or one sentence; a heading that is a story statement; a one-line story in a
 * list, a nested item or a quote; a heading with prose and no story under it. Named sections
 * (`## Problem to solve`, `## Background`) are parts of the story around them, never stories.
 * The outline comes from sections.ts, what each section states from statements.ts, and each
 * story's elements from build-story.ts.
 */
import { DEFAULT_VOCABULARY, type Vocabulary } from '../language/vocabulary.js';
import type { Root, RootContent } from 'mdast';
import type { Span, Story, StorySentence } from '../types.js';
import { containsPlaceholder, isOnlyPlaceholder, isTemplateSlot, isUnfilled } from '../text/placeholder.js';
import { maskTemplate } from './template.js';
import {
  blockEnd,
  blockNodes,
  endOf,
  lastOffset,
  listEndingWith,
  startOf,
  textBlocks,
  withTableCells,
} from './blocks.js';
import { buildStory } from './build-story.js';
import type { LabelSection, StoryParts } from './story-parts.js';
import { indentOf, lineEndOf, linesOf, trimSpan } from './lines.js';
import { lastAtOrBefore, lineStartOf } from '../text/line-index.js';
import {
  buildSections,
  firstContentStart,
  hasProse,
  headingText,
  subtreeHasProse,
  subtreeNodes,
  type Section,
} from './sections.js';
import { isScenarioName, matchLabelLine, normaliseName } from './labels.js';
import { asksForChange, asksInProse, statesCapability } from './asked-outcome.js';
import { frontMatterKind, kindOfGroup, kindOfType } from './kind.js';
import { fencedStatements, statedInCode } from './fenced-statements.js';
import { isUseCase } from './use-case.js';
import {
  isElementLabel,
  isStatementKind,
  isStatementLabel,
  labelHits,
  listedStatement,
  StatementReader,
  statementWords,
  type LabelHit,
  type SentenceHit,
} from './statements.js';
import type { SectionFlags, StoryMemo } from './story-memo.js';
import {
  IDEAS,
  ITEM_NAME,
  FIELD_LEGEND,
  PRIORITY_GROUP,
  asksQuestion,
  hasParagraph,
  isAsideContext,
  headingName,
  isDesignProposal,
  matterNamesAuthorAndStatus,
  isInvestigationReport,
  describesDesign,
  isProjectReadme,
  isRequirementsSpecification,
  isRetrospective,
  reviewsSprint,
  datesIteration,
  listsTheStories,
  namesStoryList,
  opensWithMeetingFields,
  namesBacklog,
  namesDocument,
  namesGroup,
  namesIterationRecord,
  namesPlan,
  namesRecord,
  namesBacklogName,
  namesGuide,
  namesSprint,
  namesUseCases,
  onlyCardFields,
  sectionsInBacklogs,
} from './section-names.js';

interface Finder {
  text: string;
  reader: StatementReader;
  stories: Story[];
  memo?: StoryMemo;
  /** Each heading section's memo key, made once per parse (undefined: not memoised). */
  keys: Map<Section, string | undefined>;
  /** Where the parse's pieces start (see parseMarkdown). */
  pieceStarts?: ReadonlySet<number>;
  /** How many sections gave their stories from the memo so far. */
  reused: number;
  /** The sections under a heading named for the backlog it is ("Product Backlog"): groups of its items. */
  inBacklog: ReadonlySet<Section>;
  /**
   * A dated post ("date: 2022-08-01" in its front matter, a design history note, a sprint's write-up), a proposal its
   * front matter names the authors and status of, or a guide ("title: Developer Guide"): a record of what was
   * researched, designed and decided, or of how a product works, as a whole document.
   */
  wholeRecord: boolean;
}

/**
 * A template's slot in brackets, braces or angle brackets: "[role]", "{goal}", "<stakeholder>". Not a placeholder a fix
 * wrote ("<who has the need?>"): a statement of those is a story still to fill in, asked for each of them.
 */
const isSlot = (text: string) => {
  // A blank to write on: "As a _______, I want ____" (the who's blank is read as emphasis: only its article is left).
  if (/^[\s*]*(?:_{3,}|an?)[\s*.,;:!]*$/i.test(text)) return true;
  const bare = text
    .replace(/[*_`]/g, '')
    .trim()
    .replace(/[.,;:!"”'’]+$/, '');
  // A fix's placeholders ask a question ("<who has the need?>"); a template names its slot ("<stakeholder>").
  return isTemplateSlot(bare) && (!containsPlaceholder(bare) || !bare.includes('?'));
};
/** A statement opening after a quotation mark: cited, not stated. */
const isQuoted = (text: string, sentence: StorySentence) =>
  /["“'‘][*_\s]*$/.test(text.slice(Math.max(0, sentence.span.start - 4), sentence.span.start));
/** A statement whose every part is still a template's slot: "As a [role], I want [goal], so that [benefit]". */
const onlySlots = ({ who, outcome, why }: StorySentence, part = (text: string) => text) =>
  who !== undefined &&
  outcome !== undefined &&
  [who, outcome, why].every((p) => p === undefined || isSlot(part(p.text)));
/** A heading naming the format stories are written in: "Template", "User story template", "Story format". */
const FORMAT_NAME = /^(?:(?:user\s+)?stor(?:y|ies)\s+)?(?:template|format)s?$/;
/** A part of a statement cited in quotes ends at the closing quotation mark. */
const beforeClosingQuote = (text: string) => text.split(/["”]/)[0]!;

/** A post's date in its front matter: `date: 2022-08-01`. */
const DATED = /^date[ \t]*:[ \t]*["']?\d{4}-\d\d-\d\d/m;

/** The YAML of the document's front matter, if it opens with one. */
const yamlMatterOf = (tree: Root) => {
  const matter = tree.children[0];
  return matter?.type === 'yaml' ? matter.value : undefined;
};

/**
 * A front matter making the whole document a record: dated (a post), or naming its authors beside its status (a
 * proposal's, as its header would in the text).
 */
const recordsWhole = (yaml: string) => DATED.test(yaml) || matterNamesAuthorAndStatus(yaml);

/** A title in the front matter: `title: Developer Guide`. */
const MATTER_TITLE = /^title[ \t]*:[ \t]*["']?([^"'\r\n]+?)["']?[ \t]*$/m;

/** The document's title in its front matter, as a name is compared (`normaliseName`). */
const matterTitle = (yaml: string) => {
  const title = MATTER_TITLE.exec(yaml)?.[1];
  return title === undefined ? undefined : normaliseName(title);
};

/** A story with a field of its own (`**Who:** …`): the author's, wherever it is written. */
const hasField = (story: Story) => Object.values(story.elements).some((e) => e?.from === 'field');

/**
 * A sentence naming both who and what, or in the job form when they want it ("When filtering issues, I want …"):
 * a story statement of its own.
 */
const isFull = (hit: SentenceHit | undefined) =>
  Boolean((hit?.sentence.who || hit?.sentence.situation) && hit.sentence.outcome);

/** "Vision", "Product vision", "Mission statement": what the whole product is for. */
const PRODUCT_FRAME = /^(?:product\s+)?(?:vision|mission)(?:\s+statement)?$/;

/** Collects the stories of a section and of the sections under it. */
function collect(finder: Finder, section: Section, parentIsStory: boolean, adopted: readonly Section[] = []): void {
  const { reader, stories, memo } = finder;
  // A sub-section read before gives its stories as they were, moved to where it is now.
  const key = memo && !adopted.length ? keyOf(finder, section) : undefined;
  const reused = key !== undefined ? memo!.take(key, parentIsStory, section.start) : undefined;
  if (reused) {
    stories.push(...reused);
    finder.reused++;
    return;
  }
  const found = stories.length;
  const reusedBefore = finder.reused;
  collectAnew(finder, section, parentIsStory, adopted);
  const stated = reader.of(section);
  // A section around memoised ones (a backlog's `# Title`) is read again each time, cheaply; keeping
  // its stories too would copy the whole document on every edit.
  if (key !== undefined && !stated.isPart && finder.reused === reusedBefore) {
    const { headingLabel, listsStories, subtreeHasStatement, subtreeHasStory, subtreeStatesStory } = stated;
    const flags = {
      isPart: false as const,
      ...(headingLabel ? { headingLabel } : {}),
      ...(listsStories ? { listsStories } : {}),
      subtreeHasStatement,
      subtreeHasStory,
      subtreeStatesStory,
    };
    memo!.store(key, parentIsStory, section.start, flags, stories.slice(found));
  }
}

/**
 * A heading section's memo key; none when the section is not made of whole pieces of the parse
 * (after an unclosed front matter, say, its text may parse otherwise than it did before).
 */
function keyOf(finder: Finder, section: Section): string | undefined {
  if (finder.keys.has(section)) return finder.keys.get(section);
  const { text, pieceStarts } = finder;
  const lineStart = lineStartOf(text, section.start);
  const endLine = lineStartOf(text, section.end);
  const whole =
    section.heading !== undefined &&
    pieceStarts?.has(lineStart) === true &&
    (section.end === text.length || (endLine === section.end && pieceStarts.has(section.end)));
  // Under a backlog's heading, a section of lists alone reads otherwise: where it is belongs in its key.
  const key = whole ? `${finder.inBacklog.has(section) ? 'b' : ''}${memoKey(text, section, lineStart)}` : undefined;
  finder.keys.set(section, key);
  return key;
}

/** The text a section's stories depend on: its own, and the indentation of its heading's line. */
function memoKey(text: string, section: Section, lineStart: number): string {
  const atEnd = section.end === text.length ? '$' : '';
  return `${section.start - lineStart}${atEnd}\u0000${text.slice(lineStart, section.end)}`;
}

function collectAnew(finder: Finder, section: Section, parentIsStory: boolean, adopted: readonly Section[]): void {
  const { text, reader, stories } = finder;
  const found = stories.length;
  const of = (s: Section) => reader.of(s);
  // What is read of a sub-section that may not be a part of this story: its flags only.
  const flags = (s: Section) => reader.flagsOf(s);
  const stated = of(section);
  // "Stories use the format: As a [role], I want [goal], so that [benefit]." over the stories it heads: a note on how
  // they are written, its slots never filled, and no story.
  // So is one quoted where it is cited ('… follow the format: "As a <stakeholder>, I want <functionality> …"').
  // Under a heading naming it the template, its slots or its blanks to write on ("As a ___, I want to ___"); the
  // heading is read once for the section, not once for each of its statements.
  const namesFormat = FORMAT_NAME.test(headingName(section, text) ?? '');
  const formatNote = (x: SentenceHit | undefined) =>
    x !== undefined &&
    ((onlySlots(x.sentence) &&
      (section.children.some((c) => flags(c).subtreeHasStory) ||
        stated.sentences.some((y) => y.sentence.who && !onlySlots(y.sentence)))) ||
      (namesFormat && (onlySlots(x.sentence) || /_{3,}/.test(text.slice(x.from, x.to)))) ||
      (isQuoted(text, x.sentence) && onlySlots(x.sentence, beforeClosingQuote)));
  const sentences = stated.sentences.filter((x) => !formatNote(x));
  const { headingSentence } = stated;
  // Over criteria written beside it at its level (adopted from its parent), its list's statement is its own too.
  const overAdoptedCriteria = adopted.some((a) => flags(a).headingLabel === 'success');
  const listedOverAdopted = overAdoptedCriteria ? listedStatement(sentences, text)?.sentence : undefined;
  const ownSentence =
    headingSentence ??
    (formatNote(stated.ownSentence) ? undefined : (stated.ownSentence?.sentence ?? listedOverAdopted));
  // A named sub-section is part of this story; one that carries a second story statement is a story of its own.
  // Under a story statement or its fields, a sub-section of another name that holds fields but no story of its own
  // (`### (Test) scenarios` with `**Acceptance criteria**` in it) is part of the story too.
  // Named sections saying what or why (`## Problem`) state the story too: a sibling `## Focus` holding only
  // `### Acceptance criteria` is then its part, not a story of its own.
  // A field holding only a placeholder a fix wrote ("**Who:** <who has the need?>") states nothing yet: the fix that
  // wrote it must not make a story under it a part of this one.
  const placeholderOnly = (l: LabelHit) => isOnlyPlaceholder(text.slice(l.valueStart, lineEndOf(text, l.valueStart)));
  const statesStory =
    ownSentence !== undefined ||
    stated.labels.some((l) => isStatementLabel(l) && !placeholderOnly(l)) ||
    section.children.some(
      (c) => flags(c).isPart && (isStatementKind(flags(c).headingLabel) || flags(c).subtreeStatesStory),
    );
  /** A statement naming who wants what in `s` or under it: a sentence, a statement heading or a Who: field. */
  const subtreeNamesWho = (s: Section): boolean =>
    of(s).headingSentence !== undefined ||
    of(s).sentences.some((x) => x.sentence.who || x.sentence.situation) ||
    of(s).labels.some((l) => l.kind === 'who') ||
    s.children.some(subtreeNamesWho);
  // A story statement written in `s` or under it, fields aside: in a record (and its chapters) or under the people a
  // story is for (a persona's "**Goals:**") only that is a story; their fields are the record's or the persona's.
  const statedIn = (s: Section): boolean =>
    of(s).headingSentence !== undefined ||
    of(s).sentences.some((x) => x.sentence.who || x.sentence.situation) ||
    s.children.some(statedIn);
  const subtreeLabels = (s: Section): LabelHit[] => [...of(s).labels, ...s.children.flatMap(subtreeLabels)];
  const holdsFields = (c: Section) =>
    statesStory &&
    !flags(c).subtreeStatesStory &&
    (of(c).labels.some((l) => isElementLabel(l)) || c.children.some((h) => flags(h).headingLabel !== undefined));
  // "# Non-Functional Requirements" names the document it heads, not a context section of it.
  // A section named for a person ("### Demo User") that states a whole story of its own, among sections of stories, is
  // that story: not the who of one around them.
  const storyAmongStories = (c: Section) =>
    flags(c).headingLabel === 'who' &&
    isFull(of(c).ownSentence) &&
    section.children.some((o) => o !== c && !flags(o).isPart && flags(o).subtreeHasStory);
  // "# Acceptance Criteria" with no words of its own over sprints of stories, each with its criteria, names the
  // document they are in: no part of a story around them.
  const namesTheirDocument = (c: Section) => flags(c).headingLabel === 'success' && c.own.length === 0 && statedIn(c);
  const isOwnPart = (c: Section) =>
    !namesDocument(c, text) &&
    !namesTheirDocument(c) &&
    ((flags(c).isPart && !((ownSentence && isFull(of(c).ownSentence)) || storyAmongStories(c))) ||
      (!flags(c).isPart && holdsFields(c)));
  // Named sections written at the level of the document's title (setext `Goal\n===` after `# Title`) are
  // that title's; under a heading, they are the heading's (an unknown sub-heading between is context).
  const siblingParts = new Map<Section, Section[]>();
  const adopt = (owner: Section, part: Section) => siblingParts.set(owner, [...(siblingParts.get(owner) ?? []), part]);
  let title: Section | undefined;
  // After a named part of the document's own story, a section of another name is that story's context, not a title
  // whose parts follow (an issue form's `### Version` between its `### Who is this for?` and its problem).
  let ownPartSeen = false;
  for (const child of section.heading ? [] : section.children) {
    // After the title, a sibling with no story statement of its own is a section of the title's story.
    const belongs = isOwnPart(child) || (title !== undefined && !flags(child).subtreeHasStory);
    // A list of the stories ("## User needs" over several statements) heads none of the sections after it.
    const heads = !belongs && !(ownPartSeen && !flags(child).subtreeHasStory) && !flags(child).listsStories;
    if (!belongs || !title) title = heads ? child : undefined;
    else adopt(title, child);
    if (belongs && !title) ownPartSeen = true;
  }
  // Under a heading too, a story's scenarios written beside it ("### US 1" then "### UAT 1.1", "### UAT 1.2") are its.
  // So are, among stories written as sibling headings, the criteria at their level after one that has none under it
  // ("### Unassign a recipe" over its statement, then "### Acceptance Criteria" where its siblings have "####"); so are
  // those after an epic's one story when the epic states nothing itself ("## Epic: Cart" over "### US-5" and them), if
  // named as its checks: a sprint's "## Metrics" after its "## Plan" are the sprint's.
  let storyHeading: Section | undefined;
  // A statement naming nobody ("- I want to download my invoices.") makes no heading a story of its own to take them:
  // under a title stating the story, such a heading is a part of it, and so are the criteria after it.
  const statesWhole = (c: Section) =>
    Boolean(of(c).headingSentence?.who ?? of(c).headingSentence?.situation) || of(c).sentences.some(isFull);
  const statedHeadings = section.children.filter((c) => !flags(c).isPart && of(c).hasStatement && statesWhole(c));
  const criteriaOf = (story: Section | undefined, child: Section) =>
    story !== undefined &&
    statesWhole(story) &&
    (statedHeadings.length > 1 || (ownSentence === undefined && CHECKS_NAME.test(headingText(child.heading!, text)))) &&
    flags(child).headingLabel === 'success' &&
    !flags(story).isPart &&
    !story.children.some((c) => flags(c).headingLabel === 'success') &&
    !(siblingParts.get(story) ?? []).some((c) => flags(c).headingLabel === 'success');
  for (const child of section.heading ? section.children : []) {
    const scenario = child.heading !== undefined && isScenarioName(headingText(child.heading, text));
    if ((scenario || criteriaOf(storyHeading, child)) && storyHeading) adopt(storyHeading, child);
    // A mock-up or a picture between a story and its criteria ("### User interface mock-up") ends nothing.
    else if (of(child).hasStatement || flags(child).isPart || flags(child).subtreeHasStory || !storyHeading)
      storyHeading = of(child).hasStatement && !scenario ? child : undefined;
  }
  const adoptedBySibling = new Set([...siblingParts.values()].flat());
  const parts = [...section.children.filter((c) => isOwnPart(c) && !adoptedBySibling.has(c)), ...adopted];
  const others = section.children.filter((c) => !isOwnPart(c) && !adoptedBySibling.has(c));
  // Named sections under a named section (`### Success metrics` under `## Further details`) are the story's too.
  const named = parts.flatMap(function withNamed(p: Section): Section[] {
    return [p, ...p.children.filter((c) => flags(c).isPart).flatMap(withNamed)];
  });
  // The statement of a named part (`### Problem to solve` holding "As a …") is this story's when it has none.
  const sentence = ownSentence ?? parts.map((p) => of(p).ownSentence).find(isFull)?.sentence;
  // A sub-heading of a part that holds a story of its own (`### Requirement 1` under `## Requirements`, `### User
  // stories` under `## Goals`) is read as that story; under the solution, only a story statement makes one: a spec's
  // `### API development` with its **Goals** is a step of how the story is built.
  const isStoryUnder = (part: Section, child: Section) =>
    !flags(child).isPart &&
    // Under an aside of its (a budget's line items with their "Need:"), only a story statement makes one too.
    (flags(part).headingLabel === 'who' || isAsideContext(part, text)
      ? statedIn(child)
      : flags(part).headingLabel === 'solution'
        ? subtreeNamesWho(child)
        : flags(child).subtreeHasStory);
  const storiesUnderParts = named.flatMap((part) => part.children.filter((child) => isStoryUnder(part, child)));
  // Blocks and label lines under its sub-headings of no name (`#### Web` under `### Acceptance criteria`) are its
  // own too. The fields of a story of its own under it are that story's; its prose still says who the part's
  // stories are for (a spec's `### User stories` names its people).
  const unnamedOf = (c: Section) => c.children.filter((h) => !flags(h).isPart);
  // A part read as a list of items (criteria, assumptions), not as the text of an element (a Goals part's who and why).
  const listsItems = (c: Section) => of(c).headingLabel === 'success' || of(c).headingLabel === 'assumptions';
  const labelSections: LabelSection[] = named.map((c) => ({
    section: c,
    ...(of(c).headingLabel ? { kind: of(c).headingLabel } : {}),
    ...(of(c).headingRole ? { role: of(c).headingRole } : {}),
    // A persona's fields under the people it is for ("### Primary Persona" with its "**Goals**:") describe that
    // persona, not the story; so do an aside's items theirs (a budget's line items, each with its "Need:").
    labels: [
      ...of(c).labels,
      ...(of(c).headingLabel === 'who' || isAsideContext(c, text)
        ? []
        : unnamedOf(c).filter((h) => !isStoryUnder(c, h))
      ).flatMap((h) => subtreeLabels(h)),
    ],
    // A part's criteria or assumptions are not the blocks of a story of its own under it ("### Save card" under "## How
    // we'll know" or "## Assumptions": its statement was rewritten as a criterion, or given a "— validate by").
    nodes: [...c.own, ...unnamedOf(c).flatMap((h) => (listsItems(c) && isStoryUnder(c, h) ? [] : subtreeNodes(h)))],
    within: unnamedOf(c).flatMap(function spans(h: Section): Span[] {
      return [{ start: h.start, end: h.end }, ...h.children.flatMap(spans)];
    }),
  }));
  const elementParts = labelSections.filter((l) => l.kind !== undefined);
  // Fields written under a one-line story of a list (or of a heading-less file) are that story's.
  const oneLineBlocks = sentences.filter((s) => s.inList || !section.heading || sentences.length > 1);
  // So are the criteria in a list of their own after one ("* Acceptance Criteria:" under "1. As a …").
  // And the fields written in blocks after each, before the next ("Usage: …" and "Acceptance Criteria:" below "1. As a
  // critic …").
  const ownFieldRuns = fieldsAfterEach(text, oneLineBlocks, section.own, reader.vocabulary);
  const oneLineEnds = oneLineBlocks.map((s) => {
    const run = ownFieldRuns.get(s);
    const list = s.inList ? criteriaListAfter(text, s, section.own, reader.vocabulary) : undefined;
    return { from: s.from, end: run ? endOf(run.at(-1)!) : list ? endOf(list) : blockEnd(s) };
  });
  const inOneLineBlock = (at: number) => oneLineEnds.some((s) => at >= s.from && at < s.end);
  const listedStories = sentences.filter((s) => s.inList && isFull(s));
  const statedStories = sentences.filter((s) => isFull(s));
  // "User:" alone on its line over "1. as a user, I want …" groups the statements of that role: no who of its own.
  const groupsByRole = (h: LabelHit) => {
    if (h.kind !== 'who') return false;
    const end = lineEndOf(text, h.valueStart);
    if (text.slice(h.valueStart, end).trim()) return false;
    return listedStories.some((s) => s.from > end && /^\s*(?:[-*+]|\d+[.)])?\s*$/.test(text.slice(end, s.from)));
  };
  const fieldLabels = stated.labels.filter(
    (h) => isElementLabel(h) && !inOneLineBlock(h.lineStart) && !groupsByRole(h),
  );
  const storyChildren = others.filter((c) => flags(c).subtreeHasStory);
  // A story runs to its first child story, but always covers its own parts (its elements are
  // read from them), even one written after a child story.
  const partEnd = Math.max(0, ...parts.map((p) => trimSpan(text, p.start, p.end).end));
  const storyEnd = Math.max(trimSpan(text, section.start, storyChildren[0]?.start ?? section.end).end, partEnd);
  const { depth, heading } = section;
  const add = (parts: Omit<StoryParts, 'depth'>) => {
    const story = buildStory(text, { ...parts, depth }, stories.length, reader.vocabulary);
    // Its User Stories section may sit under its Background: any section in its span, at any depth.
    const capable = (c: Section): boolean =>
      c.start >= story.span.start &&
      c.start < story.span.end &&
      (listsCapabilities(c, text) || c.children.some(capable));
    const unasked = !story.sentence && isUnfilled(story.elements.outcome?.text ?? '');
    // Its title or first paragraph may ask for it at any depth: a backlog item's "##### Create users" too. A backlog's
    // item with no prose of its own over its parts ("## Integration with the Assistant" over "### How to demo") is
    // named for what it delivers whatever its grammar: whether that is a change for someone is output-focused's to
    // judge. Over prose telling how things are, its topic asks for nothing.
    const namedItem =
      finder.inBacklog.has(section) &&
      !hasParagraph(section, text) &&
      !story.sentence &&
      story.title !== undefined &&
      /\p{L}{3}/u.test(story.title) &&
      !numbersItem(normaliseName(story.title));
    if (asksInProse(story, text, reader.vocabulary) || (unasked && section.children.some(capable)) || namedItem)
      story.asksInProse = true;
    stories.push(story);
  };
  // A document with a User Stories section (a PRD, a spec) states its stories there; a proposal may list them as its
  // features ("## Features" over "### New features" and their "As a developer, I want …").
  const holdsStoriesSection = (c: Section): boolean =>
    flags(c).subtreeHasStory &&
    (listsTheStories(c, text) ||
      FEATURES.test(headingName(c, text) ?? '') ||
      flags(c).listsStories === true ||
      c.children.some(holdsStoriesSection));
  // Beside them, a title whose own parts say no who, what or why (a spec's Success Criteria, its Assumptions)
  // is the container of those stories, not one more: its criteria are the document's, judged as a criteria list.
  // What the heading names it, read once: a backlog or a sprint plans items and asks for none itself.
  const backlogName = namesBacklog(section, text);
  const sprintName = namesSprint(section, text);
  // Notes, a roadmap or a retrospective report what was said or planned, a design proposal weighs how to build: neither
  // it nor its chapters ask for anything.
  // "# Meeting notes" is a section's name too: as the document's only part, it names the document.
  const record =
    opensWithRecord(section, text, reader.vocabulary) ||
    opensWithMeetingFields(section, text) ||
    namesRecord(section, text, reader.vocabulary) ||
    isRetrospective(section, text) ||
    isDesignProposal(section, text) ||
    isInvestigationReport(section, text) ||
    describesDesign(section, text) ||
    isProjectReadme(section, text) ||
    isRequirementsSpecification(section, text) ||
    (section.depth === 0 && finder.wholeRecord) ||
    (heading === undefined &&
      parts.length > 0 &&
      parts.every((p) => namesRecord(p, text, reader.vocabulary) || isRequirementsSpecification(p, text))) ||
    (sprintName && sprintInProse(section, text, reader.vocabulary, flags)) ||
    reviewsSprint(section, text);
  // A file of context alone (a glossary, open questions, a team's Definition of Ready) holds no story still to write.
  const onlyContext =
    heading === undefined &&
    parts.length > 0 &&
    parts.every((p) => of(p).headingRole === 'context' && isAsideContext(p, text)) &&
    !hasProseBesideTables(section, text);
  // No field, no statement in the heading or the section's own text: what the heading is for is told by its parts.
  const statesNothing = fieldLabels.length === 0 && headingSentence === undefined && sentence === undefined;
  // "# EzLib Product Requirements Document (PRD)", "# 3.2 Non-Functional Requirements": a document named by its kind.
  const chapters = namesDocument(section, text);
  // A requirements document's title ("# 3.2 Non-Functional Requirements") whose parts say no who, what or why: its
  // metrics are the document's, judged as a criteria list; nothing else is asked of it.
  const documentsCriteria =
    chapters &&
    statesNothing &&
    elementParts.some((l) => l.kind === 'success') &&
    elementParts.every((l) => !isStatementKind(l.kind));
  // A backlog's title over its stories is their container whatever its parts say of the product (its Personas).
  const backlogOverStories = backlogName && storyChildren.length > 0;
  // Its personas say who its stories are for ("## User Personas" over epics of stories): no story of its own.
  // So do they when the stories are written under them ("## Users" over "### Sign Up", "### Log Out").
  // So do a product's Vision and Mission beside them: what the product is for, not what one story wants.
  const frames = (l: (typeof elementParts)[number]) => PRODUCT_FRAME.test(headingName(l.section, text) ?? '');
  const personasOverStories =
    (storyChildren.length > 0 || storiesUnderParts.length > 0) &&
    elementParts.some((l) => l.kind === 'who') &&
    elementParts.every((l) => l.kind === 'who' || !isStatementKind(l.kind) || frames(l));
  // A User Stories section among its sub-sections or the sections it adopted beside it; looked for once, if asked.
  let beside: boolean | undefined;
  const storiesSectionBeside = () => (beside ??= [...section.children, ...adopted].some(holdsStoriesSection));
  const containsStories =
    statesNothing &&
    (backlogOverStories || personasOverStories || elementParts.every((l) => !isStatementKind(l.kind) || frames(l))) &&
    (personasOverStories || storiesSectionBeside());
  // A section of the document's context ("## Team") naming only who is around the work (its Stakeholders) states no
  // need: it is no story, nor one still to be written. Nor is a sub-heading asking a question ("Q2: Who are your
  // target users?"): a prompt its prose and personas answer.
  const context =
    stated.headingRole === 'context' || (heading !== undefined && section.depth > 1 && asksQuestion(section, text));
  // Without criteria of the backlog's own, it is no story at all: its Scope and Personas say what its stories are for.
  const uncheckedBacklog = containsStories && backlogOverStories && elementParts.every((l) => l.kind !== 'success');
  // A backlog whose only named part is its Definition of Done: what every item meets, the backlog's criteria.
  const backlogCriteria =
    backlogName && statesNothing && elementParts.length > 0 && elementParts.every((l) => l.kind === 'success');
  // "# Inbox" over "Uncategorised thoughts, to be added" and a list of ideas, a TODO file's heading over its items: a
  // title asking for nothing over a list and a line or two is the list's page. Each item, not the page, is a want.
  const listPage =
    heading !== undefined &&
    statesNothing &&
    parts.length === 0 &&
    section.children.length === 0 &&
    !asksForChange(headingText(heading, text).replace(/[*_`]/g, ''), reader.vocabulary) &&
    isListPage(section, text);
  // A sub-section whose only parts name who the product is for ("## Personas and Scenarios" over "#### Target users:")
  // and that says nothing of its own describes the people, as a context section does: no story missing its want.
  const onlyPersonas =
    section.depth > 1 &&
    statesNothing &&
    elementParts.length > 0 &&
    elementParts.every((l) => l.kind === 'who') &&
    !hasParagraph(section, text);
  // A sprint's work streams ("**Dev:**", "**Design:**" over the tickets of each) are how it is built, and its
  // "Definition of Done:" how its items are accepted: no story of the sprint's own.
  const onlyWorkStreams =
    sprintName &&
    headingSentence === undefined &&
    sentence === undefined &&
    [...fieldLabels, ...elementParts].every((l) => l.kind === 'solution' || l.kind === 'success');
  // A backlog's or a request board's "## Ideas" are more of its items, not how a story of its own is built.
  const backlogIdeas =
    backlogName && elementParts.every((l) => l.kind === 'solution' && IDEAS.test(headingName(l.section, text) ?? ''));
  // "## High priority", "### 7.1 Must-Have (v1)": the items under it share a priority; it asks for none itself.
  const priorityGroup = PRIORITY_GROUP.test(headingName(section, text) ?? '');
  const legend = FIELD_LEGEND.test(headingName(section, text) ?? '');
  // "**Assumption:** …" a file opens with, over its stories, is said of them all: no story of its own.
  const assumedOfAll =
    heading === undefined &&
    sentence === undefined &&
    fieldLabels.length > 0 &&
    storyChildren.length > 0 &&
    fieldLabels.every((l) => l.kind === 'assumptions');
  // Statements of their own in a file with no title, each with its fields, over a note of the file's ("# Notes"): a
  // backlog's stories, the note the backlog's, not one story they would all be parts of.
  const notedBacklog =
    heading === undefined && statedStories.length > 1 && elementParts.every((l) => l.kind === 'solution');
  // "Users:" over the people a file's listed statements name ("* As a health researcher I want …"), or a "# Personas"
  // a title adopted over its list of them: the personas of its stories, not the who of one story around them.
  const whoOnly = [...fieldLabels, ...elementParts];
  const personasOverStatements =
    listedStories.length > 1 && whoOnly.length > 0 && whoOnly.every((l) => l.kind === 'who');
  // "# User Stories – Event Management System", with no statement of its own, over the stories (in its list, its table,
  // its sections or beside it): its fields and parts tell what the document is ("**Purpose:** This document outlines
  // the core user stories", "## User types"), not one story of its own. Criteria of its own would be theirs (see
  // criteriaForAll).
  const storiesTitle =
    heading !== undefined &&
    listsTheStories(section, text) &&
    sentence === undefined &&
    [...fieldLabels, ...elementParts].every((l) => l.kind !== 'success');
  const statesOwnStory =
    // A record's fields and sections say what it is about ("## Sprint Goal" in a retrospective, a test plan's
    // "**Goal:**"): only a story statement written in it is a story. A context section naming only whom the product
    // serves and its value ("### Product scope" with its "**Value proposition**:") asks for nothing either.
    (fieldLabels.length > 0 &&
      !(context && fieldLabels.every((l) => l.kind === 'who' || l.kind === 'why')) &&
      !onlyWorkStreams &&
      !record &&
      !assumedOfAll &&
      !personasOverStatements) ||
    // Under a priority ("### Must-Have (v1)"), parts named like a story's ("#### Metrics & Analytics") group features.
    (elementParts.length > 0 &&
      !notedBacklog &&
      !personasOverStatements &&
      !uncheckedBacklog &&
      !onlyPersonas &&
      !onlyWorkStreams &&
      !record &&
      !priorityGroup &&
      !backlogIdeas) ||
    headingSentence !== undefined ||
    // Its list's wants with nobody named ("- I can post price and details." under "As a service provider, I want to
    // create a post …") are what its statement's person can then do: its checks, not stories of their own.
    (sentence !== undefined &&
      (heading !== undefined || parts.length > 0) &&
      sentences.every((s) => !s.inList || !(s.sentence.who || s.sentence.situation)));
  // A container of its stories already (over its personas, beside a stories section) stays one.
  const isSectionStory = statesOwnStory && (!storiesTitle || containsStories);
  // A ticket written as bullets (`- As a …, I want …`, `- Priority: P0`, `- Acceptance Criteria:`) states its story in
  // its one list statement: with fields beside it, that statement is the section's, not a backlog line of its own.
  const listed = sentences.length === 1 && sentences[0]!.inList && isFull(sentences[0]) ? sentences[0] : undefined;
  const storySentence = sentence ?? (isSectionStory && fieldLabels.length > 0 ? listed?.sentence : undefined);
  // A list of one-line stories over "Acceptance criteria:" for them all (a course backlog's "Criteria of Satisfaction",
  // numbered as its stories are), or a feature's statements over its "### Acceptance criteria": the stories are the
  // statements', the criteria a list of their own, judged as criteria.
  const successOnly = [...fieldLabels, ...elementParts];
  const criteriaForAll =
    storySentence === undefined &&
    headingSentence === undefined &&
    statedStories.length > 1 &&
    successOnly.length > 0 &&
    successOnly.every((l) => l.kind === 'success');
  // A heading (or a document of named sections) with prose and no story anywhere under it is a
  // story still to be written; its named sections are its context.
  const isProseStory =
    (heading !== undefined || parts.length > 0) &&
    !parentIsStory &&
    !context &&
    !backlogName &&
    !sprintName &&
    !record &&
    !onlyContext &&
    // "# Known Issues", "## Tasks", "## High priority": a heading naming the kind or the priority of the items under it
    // groups them.
    !(heading && kindOfGroup(headingText(heading, text), reader.vocabulary)) &&
    !priorityGroup &&
    !legend &&
    !onlyPersonas &&
    // "# User stories" over sections of them names the document they are in, whether or not any is read in them.
    !(
      section.depth === 1 &&
      section.children.length > 0 &&
      (listsTheStories(section, text) || namesUseCases(section, text))
    ) &&
    // A file with no title whose parts name what it lists ("## Use Cases" over "### Registration" and its scenarios):
    // the document of those, its note on how they are written no story still to write.
    !(
      heading === undefined &&
      parts.length > 0 &&
      !hasProseBesideTables(section, text) &&
      parts.every((p) => p.children.length > 0 && (namesUseCases(p, text) || listsTheStories(p, text)))
    ) &&
    // A file of context sections alone ("# Sprint review") whose story statements are stories of their own: its prose
    // is those statements, no story still to write.
    !(heading === undefined && elementParts.length === 0 && parts.some((p) => flags(p).subtreeHasStory)) &&
    // Over sprints or backlogs alone, its prose introduces them: a plan, not a story still to be written.
    !(section.children.some((child) => namesPlan(child, text)) && others.every((child) => namesPlan(child, text))) &&
    // In a backlog, a heading over lists of its items and no prose (a phase's checklist, an epic's titles) groups them.
    // A section named for the stories it lists ("Planned Stories (Not Completed Yet)") or for a column of the board
    // ("Resolved", "In progress") is one of those groups too, whatever prose it has.
    (!finder.inBacklog.has(section) || (hasParagraph(section, text, true) && !namesGroup(section, text))) &&
    storyChildren.length === 0 &&
    // Stories under its named parts make it their container, unless the parts give it fields of its own (a spec's
    // `## Overview` with its `**Who:**` over `### User stories`).
    (storiesUnderParts.length === 0 || labelSections.some((l) => l.labels.some((h) => isElementLabel(h)))) &&
    (hasProseBesideTables(section, text) || parts.some(subtreeHasProse));
  const oneLiners = (hits: readonly SentenceHit[], siblings: readonly RootContent[] = []) => {
    // "As a …, I want …" over "Acceptance criteria:" running straight into a list: the list is that story's criteria,
    // and a statement in it ("I need to choose my username") one of them, not a story of its own.
    const criteriaLists = new Map(hits.map((s) => [s, criteriaListAfter(text, s, siblings, reader.vocabulary)]));
    const claimed = [...criteriaLists.values()].filter((l) => l !== undefined);
    const inClaimed = (s: SentenceHit) => claimed.some((l) => s.from >= startOf(l) && s.from < endOf(l));
    // Fields in blocks of their own after each statement, before the next, are its own.
    const fieldRuns = fieldsAfterEach(text, hits, siblings, reader.vocabulary);
    for (const s of hits) {
      if (inClaimed(s)) continue;
      const list = criteriaLists.get(s);
      const run = fieldRuns.get(s);
      const after = run ?? (list ? [list] : []);
      const end = after.length ? endOf(after.at(-1)!) : blockEnd(s);
      // A cell holds no blocks of its own: the paragraph is the whole table.
      const nodes = s.cell ? [] : [...blockNodes(s), ...after];
      add({
        span: trimSpan(text, s.from, end),
        own: { nodes, labels: labelHits(nodes, text, reader.vocabulary), end },
        labelSections: [],
        sentence: s.sentence,
        oneLine: true,
        indent: s.inList ? indentOf(text, s.from) : '',
        ...(s.cell === 'table' ? { inTableCell: true } : s.cell === 'line' ? { sharesItsParagraph: true } : {}),
      });
      // A row its table names a bug, a task or a spike ("| Bug |" in its Type column) is that item.
      const named = s.kindName === undefined ? undefined : kindOfType(s.kindName, reader.vocabulary);
      const row = stories[stories.length - 1]!;
      if (named && row.kind === 'story') row.kind = named;
      // "… on the community page. (Backend) (**8 pts**)": the part of the product its line names after the want.
      const area = ITEM_AREA.exec(text.slice(s.sentence.span.start, lineEndOf(text, s.sentence.span.end)))?.[1];
      if (area) row.itemAreas = [area.toLowerCase()];
    }
  };

  // "### As a Solid user I want …" with nothing under it (or only a board card's fields: "- tags: [Sprint 2]"), or
  // "#### User story 3" over its statement alone, as a backlog lists them: a one-line story under a heading, asked for
  // what a sentence says, not for a section's parts. A need numbered so may head the needs it breaks into ("## PL2"
  // over "### PL2.01").
  const alone = !section.children.length && !adopted.length;
  const numberedNeeds = !adopted.length && section.children.every((c) => numbersItem(headingName(c, text) ?? ''));
  const ownIsFields = !section.own.length || onlyCardFields(section.own, text, reader.vocabulary);
  const oneLineUnderHeading =
    (alone && headingSentence !== undefined && ownIsFields) ||
    (numberedNeeds &&
      sentence !== undefined &&
      section.own.length === 1 &&
      fieldLabels.length === 0 &&
      numbersItem(headingName(section, text) ?? ''));
  let container: Story | undefined;
  if (isSectionStory || (isProseStory && sentences.length === 0)) {
    const start = heading ? startOf(heading) : firstStart(section, parts, text);
    const ownEnd = lastOffset(section.own, heading ? endOf(heading) : start);
    const end = isSectionStory ? storyEnd : Math.max(storyEnd, start);
    // Sections added at the end go before the siblings this story adopted: under its own heading,
    // where they stay its own (after a sibling, a new sub-heading would make that sibling a story).
    // A story before the first heading ends its own text at the first heading that is none of its parts
    // (`# Notes` after the fields): what is added at its end goes before it, not under that heading.
    const firstOther = heading ? undefined : others.find((c) => c.start > start);
    const sectionEnd = adopted.length
      ? trimSpan(text, start, section.end).end
      : firstOther
        ? Math.min(end, Math.max(ownEnd, trimSpan(text, start, firstOther.start).end))
        : end;
    // A story of its own under one of its parts (`### Requirement 1` under `## Requirements`) ends its text there:
    // what is added at its end would be that story's.
    const firstStoryUnder = storiesUnderParts.find((c) => c.start > start);
    const ownSectionEnd = firstStoryUnder
      ? Math.min(sectionEnd, Math.max(ownEnd, trimSpan(text, start, firstStoryUnder.start).end))
      : sectionEnd;
    const insertAt = Math.min(ownSectionEnd, end);
    const nextHeading = firstSectionFrom(section, insertAt);
    add({
      span: { start, end },
      ...(ownSectionEnd < end ? { insertEnd: ownSectionEnd } : {}),
      ...(nextHeading ? { nextHeadingDepth: nextHeading.depth } : {}),
      own: { nodes: section.own, labels: stated.labels, end: ownEnd },
      labelSections,
      // One-line stories of a list under this heading are stories of their own, not this story's sentence.
      ...(storySentence ? { sentence: storySentence } : {}),
      oneLine: oneLineUnderHeading,
      heading,
      indent: '',
    });
    const self = (container = stories[stories.length - 1]!);
    // Read as a story, a list page would miss its outcome, and all else: its items are the wants. One whose words ask
    // for something ("There should be a way for a marker to …" over its options) is a story; a bug, a task or a spike
    // ("# BE: POC: Use FastAPI" over its findings) is still listed as that item.
    if (listPage && self.kind === 'story' && !self.elements.outcome && !self.asksInProse) {
      stories.pop();
      return;
    }
    // In a backlog an item is a story by its place, whatever its prose says.
    if (!isSectionStory && !finder.inBacklog.has(section) && saysNothing(self)) self.describesOnly = true;
    if ((containsStories || documentsCriteria || criteriaForAll || backlogCriteria) && self.kind === 'story')
      self.kind = 'criteria';
    if (criteriaForAll) oneLiners(listedStories.length > 1 ? listedStories : statedStories, section.own);
    // One-line stories listed in the story's parts (`## User stories` with a list) are stories too.
    // Only statements that name who wants what: "- we can start with 100 recipients" in a plan is no story.
    // Not under the criteria: "- As a TUTOR, I can view my timesheets" there is a check in the persona's voice.
    // Without a title over them, statements a part writes as paragraphs, several of them ("# Description" over "As a
    // cloud user, I would like …" twice), are one-line stories as a list's are. Under an issue's title they tell its
    // one need by examples ("When filtering issues, I want …" twice under "### Problem To Solve").
    const untitled = self.title === undefined;
    for (const part of named.filter((p) => of(p).headingLabel !== 'success')) {
      const from = stories.length;
      const full = of(part).sentences.filter((s) => isFull(s) && s.sentence !== storySentence);
      const paragraphs = untitled && full.filter((s) => !s.inList).length > 1;
      oneLiners(full.filter((s) => s.inList || paragraphs));
      takeGroupKind(finder, part, from);
    }
    for (const part of named) {
      const from = stories.length;
      for (const child of part.children) if (isStoryUnder(part, child)) collect(finder, child, true);
      takeGroupKind(finder, part, from);
    }
    // A spec whose parts list its stories (`### User stories` under `## Goals`) states its outcomes in them.
    if (stories[stories.length - 1] !== self) self.listsStories = true;
  } else if (sentences.length > 0) {
    oneLiners(sentences, section.own);
  }
  const isStory = isSectionStory || (isProseStory && sentences.length === 0);
  // Named sections of a container are its context, not stories; stories under them are still found.
  // Not a story, a backlog or a list of stories under a section it adopted beside it holds stories, as its children do
  // ("# Description" after an empty "# Tic Tac Toe", over "## Backlog"); so does a chapter stating one ("# Purpose"
  // over "## Sara's User Stories" and their "As a student, I want …"). Its other chapters do not.
  const listsUnderAdopted = adopted
    .flatMap((a) => a.children)
    .filter((c) => namesBacklog(c, text) || listsTheStories(c, text) || statedIn(c));
  const toVisit = isStory
    ? others
    : [...section.children, ...listsUnderAdopted].filter((c) => !flags(c).isPart || flags(c).subtreeHasStatement);
  // Its Overview, Platforms or Roadmap beside the stories section are its context, not stories still to be written.
  const storiesElsewhere = !isStory && storiesSectionBeside();
  // Beside stories, a heading that only groups context sections (`## Scope` over `### In scope`, `### Out of scope`)
  // is a section of the document, not a story still to be written.
  const holders = isStory ? [] : section.children.filter((c) => flags(c).subtreeHasStory);
  const groupsContext = (c: Section) =>
    !hasProse(c) && c.children.length > 0 && c.children.every((h) => of(h).headingRole === 'context');
  // Beside epics (headings whose stories sit under them, none stated in their own text), a section of prose is a
  // note of the document ("Clarifications resolved", "Next step"); beside heading stories it is a story to write.
  const besideEpics =
    holders.length > 0 && holders.every((c) => c.heading !== undefined && !flags(c).isPart && !of(c).hasStatement);
  // Under "# EzLib Product Requirements Document (PRD)" its chapters that hold no story ("## System Architecture",
  // "## Technical Assumptions") are the document's, not stories still to write.
  const noStoryHere = (child: Section) =>
    isStory ||
    storiesElsewhere ||
    besideEpics ||
    chapters ||
    onlyPersonas ||
    (holders.length > 0 && groupsContext(child));
  // A chapter of a document naming its kind is a story only if it or a part of it says who, what or why: its
  // "### 3.2 Implementation Details" alone proposes how, for the document.
  const storyIn = (c: Section) => (chapters ? flags(c).subtreeStatesStory : flags(c).subtreeHasStory);
  for (const child of toVisit) {
    // A title's stories may sit in the sections it adopted beside it ("# Requirements" over "## User Stories").
    const storyBelow = storyIn(child) || (siblingParts.get(child) ?? []).some(storyIn);
    if (!storyBelow && noStoryHere(child)) continue;
    if (record && !statedIn(child)) continue;
    if (adoptedBySibling.has(child)) continue;
    collect(finder, child, isStory, siblingParts.get(child));
  }
  // In a record only a statement is a story, however deep under it: its chapters' prose ("#### Share modal" under a
  // proposal's "## Design") tells what was said, planned or designed. Filtered here, so the record's memo keeps it so.
  if (record) {
    // A want with nobody named ("I need to look at this more") is what someone there said they would do.
    const names = (s: Story) => s.sentence?.who !== undefined || s.sentence?.situation !== undefined;
    // A use case there ("### Use case: Add a client" over its Actor and MSS) specifies how the product behaves: its
    // stories are the record's statements, the use case no story still to complete.
    const specifies = (s: Story) => s.title !== undefined && isUseCase(true, text.slice(s.span.start, s.span.end));
    const statements = stories.splice(found).filter((s) => names(s) || (hasField(s) && !specifies(s)));
    stories.push(...statements);
  }
  if (!container) takeGroupKind(finder, section, found);
  // What a story's criteria measure covers the stories written within it (a spec's Success Criteria): a new array
  // each time, as a reused story is a shallow copy of the one the memo keeps.
  if (container?.criteria.length) {
    for (const s of stories.slice(stories.indexOf(container) + 1))
      s.enclosingCriteria = [...(s.enclosingCriteria ?? []), ...container.criteria];
  }
}

/**
 * The stories found from `from` on under a heading named for their kind ("## Tasks", "## Bugs") are of that kind.
 * Set where they were found, after the memo kept them: a story reused from it is given its kind again here.
 */
function takeGroupKind(finder: Finder, section: Section, from: number): void {
  const kind = section.heading && kindOfGroup(headingText(section.heading, finder.text), finder.reader.vocabulary);
  if (!kind) return;
  // Over what the item's own words suggest (a spike written in the team's voice reads as a task), not over a bug
  // report's template or a criteria list.
  for (const s of finder.stories.slice(from)) if (s.kind === 'story' || s.kind === 'task') s.kind = kind;
}

/**
 * A document whose first section, with no paragraph of its own before it (a template's quoted note at most), names
 * the record it is: "## Manual Test Plan" first in a file with no title (its sections beside that heading are the
 * plan's too), or "## Iteration 02 - Review & Retrospect" under "# Green Peeps", a title naming only the product (under
 * a title only an iteration's record, or "## Sprint 1" over its dates alone: a "## Retrospective" alone may be a note
 * of a story still to write).
 */
function opensWithRecord(section: Section, text: string, vocabulary: Vocabulary): boolean {
  const first = section.children[0];
  if (first === undefined || section.own.some((n) => n.type === 'paragraph')) return false;
  if (section.depth === 0) return namesRecord(first, text, vocabulary);
  return section.depth === 1 && (namesIterationRecord(first, text) || datesIteration(first, text));
}

/** Items a list page holds at least, and the lines of prose it has at most (its note on what the list is). */
const LIST_PAGE_ITEMS = 5;
const LIST_PAGE_NOTES = 2;

/** A section whose own text is lists of items and a line or two about them (a bold line naming a group is no prose). */
function isListPage(section: Section, text: string): boolean {
  let items = 0;
  let notes = 0;
  for (const node of section.own) {
    if (node.type === 'list') items += node.children.length;
    else if (node.type === 'paragraph') notes += ITEM_NAME.test(text.slice(startOf(node), endOf(node))) ? 0 : 1;
    else if (node.type !== 'html' && node.type !== 'thematicBreak') return false;
  }
  return items >= LIST_PAGE_ITEMS && notes <= LIST_PAGE_NOTES;
}

/**
 * Its own text, tables aside: a heading over only a table (a backlog's epic over the titles of stories kept in a
 * tracker, a PRD's price table) says nothing a story is written in.
 */
const hasProseBesideTables = (section: Section, text: string) =>
  hasParagraph(section, text) || section.own.some((n) => n.type === 'list');

/**
 * The list right after a one-line story's paragraph whose last line is an empty success or assumptions label
 * ("Criteria of Satisfaction:", "Acceptance criteria:"): the items that label heads.
 */
function criteriaListAfter(
  text: string,
  hit: SentenceHit,
  siblings: readonly RootContent[],
  vocabulary: Vocabulary,
): RootContent | undefined {
  if (hit.cell) return undefined;
  if (hit.inList) return criteriaListAfterItem(text, hit, siblings, vocabulary);
  const at = siblings.indexOf((hit.joined?.at(-1) ?? hit.block) as RootContent);
  const next = at < 0 ? undefined : siblings[at + 1];
  if (next?.type !== 'list') return undefined;
  const lines = linesOf(text, hit.from, hit.to);
  const last = lines[lines.length - 1];
  return (last && namesCriteria(last.text, vocabulary)) || checksInOwnVoice(next, text) ? next : undefined;
}

/**
 * A part of the product named in brackets on a statement's line, one word after a space: "(Backend)", "(iOS)",
 * "(API)"; not the plural of "item(s)".
 */
const ITEM_AREA = /(?<=\s)\(([A-Za-z][\w+&/-]{1,15})\)/;

/** "I can …", "I am able to …": what the person can do once the story is done, said in their voice. */
const CAN_DO_ITEM = /^[\s*_]*(?:\[[ xX]\][ \t]*)?i\s+(?:can|could|am\s+able\s+to|(?:should|will)\s+be\s+able\s+to)\s/i;

/**
 * A list right under a statement whose items say, most of them, what its person can do ("- I can log in or create an
 * account", "- I can download the app from the store"): the statement's conditions of satisfaction, no wants.
 */
function checksInOwnVoice(list: RootContent & { type: 'list' }, text: string): boolean {
  const cans = list.children.map((item) => {
    const first = item.children[0];
    return first?.type === 'paragraph' && CAN_DO_ITEM.test(text.slice(startOf(first), endOf(first)));
  });
  return cans[0] === true && cans.filter(Boolean).length * 2 > cans.length;
}

/**
 * The blocks after each one-line story up to the next (`hits` in document order) when they hold its criteria: an
 * "Acceptance Criteria:" a paragraph or two below its statement, past its "Usage:" line, before the next statement or
 * the rule setting it apart. Read only where two or more stories are followed so: one "Acceptance criteria:" after a
 * list's last story is for them all.
 */
function fieldsAfterEach(
  text: string,
  hits: readonly SentenceHit[],
  siblings: readonly RootContent[],
  vocabulary: Vocabulary,
): Map<SentenceHit, RootContent[]> {
  const runs = new Map<SentenceHit, RootContent[]>();
  if (hits.length < 2) return runs;
  const index = new Map<unknown, number>(siblings.map((node, i) => [node, i]));
  for (const [i, hit] of hits.entries()) {
    if (hit.cell) continue;
    const at = hit.inList ? listEndingWith(siblings, hit.block) : (index.get(hit.joined?.at(-1) ?? hit.block) ?? -1);
    if (at < 0) continue;
    const next = hits[i + 1]?.from ?? Infinity;
    const run: RootContent[] = [];
    for (let j = at + 1; j < siblings.length; j++) {
      const node = siblings[j]!;
      // The block holding the next statement (a list's next item) ends the run, as a rule between them does.
      if (endOf(node) > next || node.type === 'thematicBreak') break;
      run.push(node);
    }
    if (run.some((node) => holdsCriteriaLabel(node, text, vocabulary))) runs.set(hit, run);
  }
  return runs.size > 1 ? runs : new Map();
}

/**
 * "# Sprint 3" over "## What we heard from the client", "## What this sprint is", "## Tickets": a sprint's page
 * written as prose, no statement anywhere in it and no part named for what it asks. It records the sprint; its
 * tickets are elsewhere.
 */
function sprintInProse(
  section: Section,
  text: string,
  vocabulary: Vocabulary,
  flags: (s: Section) => SectionFlags,
): boolean {
  return (
    section.depth === 1 &&
    section.children.length > 0 &&
    !flags(section).subtreeHasStory &&
    section.children.every((c) => !asksForChange(headingText(c.heading!, text).replace(/[*_`]/g, ''), vocabulary))
  );
}

/**
 * Whether a line of the block's text is an empty criteria label ("Acceptance Criteria:" over what follows), or an item
 * of a list opens with one over its check ("- CoS: A new account is created", a criterion of satisfaction each).
 */
const holdsCriteriaLabel = (node: RootContent, text: string, vocabulary: Vocabulary) =>
  textBlocks([node]).some((block) =>
    linesOf(text, block.from, block.to).some((line) => {
      const label = criteriaLabelOf(line.text, vocabulary);
      // A check written after its label in a paragraph of its own ("Acceptance Test: Playing the game …") too.
      const own = node.type === 'list' || node.type === 'paragraph';
      return label !== undefined && (!label.valued || (own && label.role === 'success'));
    }),
  );

/** A line's label naming criteria or assumptions, and whether a value follows it there ("CoS: The user gets …"). */
function criteriaLabelOf(line: string, vocabulary: Vocabulary) {
  const label = matchLabelLine(line, vocabulary);
  if (!label || (label.role !== 'success' && label.role !== 'assumptions')) return undefined;
  return { role: label.role, valued: line.slice(label.valueStart).trim() !== '' };
}

/** An empty criteria label: "Acceptance criteria:", "**Assumptions**". */
function namesCriteria(line: string, vocabulary: Vocabulary): boolean {
  const label = criteriaLabelOf(line, vocabulary);
  return label !== undefined && !label.valued;
}

/**
 * "1. As a …, I want …" as the last item of its list, over a list of its own opening with an empty criteria label
 * ("* Acceptance Criteria:" and its checks nested under it): that list is the statement's criteria.
 */
function criteriaListAfterItem(
  text: string,
  hit: SentenceHit,
  siblings: readonly RootContent[],
  vocabulary: Vocabulary,
): RootContent | undefined {
  const at = listEndingWith(siblings, hit.block);
  const next = at < 0 ? undefined : siblings[at + 1];
  if (next?.type !== 'list') return undefined;
  const first = next.children[0]?.children[0];
  if (first?.type !== 'paragraph') return undefined;
  const words = text.slice(startOf(first), endOf(first));
  return !/[\r\n]/.test(words) && namesCriteria(words, vocabulary) ? next : undefined;
}

/**
 * Prose under a heading that asks for nothing: no statement, no outcome, nothing asked, and no field or part saying
 * who or why — at most a person or a cost its description mentions ("helps inform the user").
 */
const saysNothing = (story: Story) =>
  !story.sentence &&
  !story.elements.outcome &&
  Object.entries(story.elements).every(([kind, e]) => e.from === 'prose' && (kind === 'who' || kind === 'why')) &&
  // Read after `add`, which has already asked `asksInProse` (title and first paragraph, at any depth) and kept its
  // answer on the story.
  !story.asksInProse;

/**
 * Where the document's title starts: its first heading, when no heading after it is of its level or higher (a file of
 * one issue under "## Login"), or when it is of the first level with nothing of its own under it (an issue's title over
 * its template's "# Improvement Project"). A first heading over its own prose among others of its level is a section
 * (a research write-up's "# What we wanted to learn" before "# Who we talked to").
 */
function documentTitleStart(tree: Root): number | undefined {
  const nodes = tree.children;
  const at = nodes.findIndex((n) => n.type === 'heading');
  const first = nodes[at];
  if (!first || first.type !== 'heading') return undefined;
  const after = nodes.slice(at + 1);
  const next = after.findIndex((n) => n.type === 'heading');
  const alone = !after.some((n) => n.type === 'heading' && n.depth <= first.depth);
  const bare = first.depth === 1 && after.slice(0, next < 0 ? after.length : next).every((n) => n.type === 'html');
  return alone || bare ? startOf(first) : undefined;
}

/**
 * A heading's prose that only describes ("## Pinning" in a UX audit, a page's "## Installation") is no story still
 * to be written. Read once every kind is settled: under a heading naming their kind ("## Known bugs") such sections
 * are items of that kind. The document's title, or its story without one, is a story to write whatever its prose says
 * (a file of one issue), unless it is a document of chapters (`describesDocument`).
 */
const isDescription = (story: Story, titleStart: number | undefined, document: DocumentShape) =>
  story.describesOnly === true &&
  story.kind === 'story' &&
  // A heading naming it a story ("#### User story 12") says what it is.
  !(story.title !== undefined && STORY_NUMBER.test(story.title.trim())) &&
  // Without a heading, it is the file's own story ("## Summary" and its parts with no title over them).
  ((story.span.start !== titleStart && story.title !== undefined) ||
    describesDocument(story, document) ||
    introducesStories(story, titleStart, document));

/** What `describesDocument` reads of the document besides the story: its tree, the vocabulary, the stories found. */
interface DocumentShape {
  readonly tree: Root;
  readonly text: string;
  readonly vocabulary: Vocabulary;
  readonly stories: readonly Story[];
}

/**
 * The file's title beside stories stated elsewhere in it (a README's backlog), or over a section named for the stories
 * it lists ("### Vue webclient user stories" over links to a file each), or itself so named over lists alone ("## User
 * Stories" over a checklist of what the app must do): the file's introduction or its list, not one more story still
 * to write.
 */
const introducesStories = (story: Story, titleStart: number | undefined, { stories, tree, text }: DocumentShape) =>
  story.span.start === titleStart &&
  (stories.some(
    (o) => o !== story && o.kind === 'story' && o.elements.who && o.elements.outcome?.from === 'sentence',
  ) ||
    (namesStoryList(normaliseName(story.title ?? '')) && listsAloneAfter(tree, story.span.start)) ||
    tree.children.some(
      (n) =>
        n.type === 'heading' && startOf(n) > story.span.start && namesStoryList(normaliseName(headingText(n, text))),
    ));

/** "Features", "New features", "Planned features": a section naming what the product will do, item by item. */
const FEATURES = /^(?:(?:new|current|planned|proposed|key|main|core)\s+)?features$/;

/** Whether all the file holds after the heading at `start` is lists, under it or under sub-headings, comments aside. */
function listsAloneAfter(tree: Root, start: number): boolean {
  const at = tree.children.findIndex((n) => n.type === 'heading' && startOf(n) === start);
  const after = tree.children.slice(at + 1).filter((n) => n.type !== 'html' && n.type !== 'heading');
  return at >= 0 && after.length > 0 && after.every((n) => n.type === 'list');
}

/** The fewest chapters of a document's own that make it a document (a spec, a design, a roadmap), not an issue. */
const DOCUMENT_CHAPTERS = 3;

/**
 * The document's own story, its title or the file with no title, that asks for nothing and names no one's need over
 * chapters of its own ("# Relocatable OCaml" over "## Introduction", "## What is Relocatable", "## Changes required";
 * an RFC's "# Summary", "# Concepts", "# Open questions"): a document that tells how something is or will be built, not
 * a story still to write. A file of one issue is written in fewer, and a title asking for a change ("# Clear the
 * support backlog") is a story whatever its chapters say.
 */
function describesDocument(story: Story, { tree, vocabulary }: DocumentShape): boolean {
  if (story.title !== undefined && asksForChange(story.title.replace(/[*_`]/g, ''), vocabulary)) return false;
  // Its chapters are the headings in it, its title's aside: an untitled file starts at its first chapter.
  const ownHeading = story.title === undefined ? -1 : story.span.start;
  const headings = tree.children.filter(
    (n): n is RootContent & { type: 'heading' } =>
      n.type === 'heading' &&
      startOf(n) >= story.span.start &&
      startOf(n) !== ownHeading &&
      startOf(n) < story.span.end,
  );
  const top = Math.min(...headings.map((h) => h.depth));
  const chapters = headings.filter((h) => h.depth === top);
  if (chapters.length >= DOCUMENT_CHAPTERS) return true;
  // One chapter holding the rest ("## Who is this for?" over "### Historical Context", "### Early Approach", …): the
  // chapters are the ones under it.
  if (chapters.length !== 1) return false;
  const next = Math.min(...headings.filter((h) => h.depth > top).map((h) => h.depth));
  return headings.filter((h) => h.depth === next).length >= DOCUMENT_CHAPTERS;
}

/** A story's number, as one grammar wherever it stands: "User story 3", "Story 1.2", "Story #4", "US-12". */
const STORY_ID = String.raw`(?:(?:user\s+)?story|us)\s*[#-]?\s*(\d+(?:\.\d+)*)`;

/** A heading that only numbers a story: "User story 3", "Story 1.2", "US-12". */
const STORY_NUMBER = new RegExp(String.raw`^${STORY_ID}[.:]?$`, 'i');

/** An item's identifier alone: "PL1", "PL2.01", "FR-3", "REQ 12". */
const ITEM_ID = /^[a-z]{1,6}[-_ ]?\d+(?:\.\d+)*$/;

/** Criteria named as a story's checks: "Acceptance Criteria", "Acceptance tests", "Definition of Done". */
const CHECKS_NAME = /\b(?:acceptance|criteria|done|tests?)\b/i;

/** A heading that only numbers its item: "User story 3", "US-12", "PL2.01". */
const numbersItem = (name: string) => STORY_NUMBER.test(name) || ITEM_ID.test(name);

/** The number a heading gives its story: "User Story 8 - Non-Admin Message Sending", "US-12: Saved cards". */
const NUMBERED_STORY = new RegExp(String.raw`^${STORY_ID}(?=$|[\s:.)–—-])`, 'i');
/** A one-line story opening with the number of one told elsewhere: "(User Story 8) As a parent …", "[US-12]". */
const CITED_STORY = new RegExp(String.raw`^[\s>*+-]*[([]\s*${STORY_ID}\s*[)\]][\s:.–—*_-]*$`, 'i');

/**
 * One-line stories that cite a story of the document by its number (a MoSCoW list's "(User Story 8) As a …" under
 * "### Must Have"): the story restated where it is prioritised, not a second one. Only when a heading of the document
 * gives a story that number: "[US-12] As a shopper …" in a backlog is that story's own key. So are those an overview
 * lists whose statement a section of the document then details, word for word, and those a later table or list
 * repeats word for word (a trace table, a sprint's backlog taking stories from the product's): the same list saying
 * it twice is a duplicate to merge, another one points back at the story.
 */
function restatementsOf(stories: readonly Story[], text: string, tree: Root): (story: Story) => boolean {
  const told = new Set(stories.flatMap((s) => (!s.oneLine && s.title ? [NUMBERED_STORY.exec(s.title)?.[1]] : [])));
  told.delete(undefined);
  // A list's line stating, word for word, the statement a section of the document details ("List:" over "1.As a
  // student app user, I want …", then "## Story #1" over the same words and its Acceptance Test): the overview's line.
  const detailed = new Set(stories.flatMap((s) => (!s.oneLine && s.sentence ? [statementWords(s, text)] : [])));
  // Each one-line story's statement words, read once, and the first one-line story stating them.
  const said = new Map<Story, string>();
  const firstSaying = new Map<string, Story>();
  let repeated = false;
  for (const s of stories) {
    const words = s.oneLine ? statementWords(s, text) : undefined;
    if (words === undefined) continue;
    said.set(s, words);
    if (containsPlaceholder(words)) continue;
    if (firstSaying.has(words)) repeated = true;
    else firstSaying.set(words, s);
  }
  if (told.size === 0 && detailed.size === 0 && !repeated) return () => false;
  // The top-level block (a table, a list) a story is in, and the numbers its line gives before its statement; read
  // only for a statement said again.
  let blockStarts: number[] | undefined;
  const blockOf = (story: Story) =>
    Math.max(0, lastAtOrBefore((blockStarts ??= tree.children.map(startOf)), story.span.start));
  const numbersOf = (story: Story) => {
    const { start, end } = story.sentence!.span;
    // Before the statement on its line, or opening it ("3) As Rahul, I can …").
    const opening = STATEMENT_NUMBER.exec(text.slice(start, end))?.[0] ?? '';
    return new Set(`${text.slice(lineStartOf(text, story.span.start), start)} ${opening}`.match(ITEM_NUMBER) ?? []);
  };
  return (story) => {
    if (!story.oneLine || !story.sentence) return false;
    // A line still holding a fix's placeholders is asked to fill them in, whatever words it shares: read as a
    // restatement it would be asked for nothing, and as its own story it was what the fix edited.
    const words = said.get(story);
    if (detailed.has(words) && !containsPlaceholder(words ?? '')) return true;
    // Repeated in a later block under the number it was first listed with ("US-01", "1)"): a trace table's or a
    // sprint's row pointing back at it. Under another number ("3." under one role, "5." under another) it is listed
    // twice.
    const first = words === undefined ? undefined : firstSaying.get(words);
    if (first && first !== story && blockOf(first) < blockOf(story)) {
      const firstNumbers = numbersOf(first);
      const numbers = numbersOf(story);
      if (firstNumbers.size > 0 && [...firstNumbers].every((n) => numbers.has(n))) return true;
    }
    const cited = CITED_STORY.exec(text.slice(story.span.start, story.sentence.span.start))?.[1];
    return cited !== undefined && told.has(cited);
  };
}

/** A story's number or key as a line or a row gives it before the statement: "US-01", "1", "4.2". */
const ITEM_NUMBER = /[A-Za-z]*-?\d+(?:\.\d+)*/g;
/** A number a statement opens with: "3) As Rahul …", "1. As a user …". */
const STATEMENT_NUMBER = /^\W*\d+(?:\.\d+)*[.)]/;

/** Where a story without a heading starts: its first block, else its first named section. */
function firstStart(section: Section, parts: readonly Section[], text: string): number {
  if (section.own.some((n) => n.type !== 'html')) return firstContentStart(section, text);
  return parts[0] ? parts[0].start : firstContentStart(section, text);
}

/**
 * Gives each story without a title the headings it is written under, outermost first; set after the memo, as a reused
 * story is a copy. One walk over the outline beside the stories, both in start order.
 */
function headingsAbove(root: Section, stories: readonly Story[], text: string): void {
  const outline: { start: number; end: number; depth: number; name: string }[] = [];
  (function walk(section: Section): void {
    if (section.heading)
      outline.push({
        start: section.start,
        end: section.end,
        depth: section.depth,
        name: headingText(section.heading, text),
      });
    section.children.forEach(walk);
  })(root);
  const open: (typeof outline)[number][] = [];
  let next = 0;
  for (const story of stories) {
    while (next < outline.length && outline[next]!.start <= story.span.start) {
      const section = outline[next++]!;
      while (open.length && open.at(-1)!.depth >= section.depth) open.pop();
      open.push(section);
    }
    while (open.length && open.at(-1)!.end <= story.span.start) open.pop();
    if (story.title === undefined && open.length) story.headingsAbove = open.map((s) => s.name);
    else delete story.headingsAbove;
  }
}

/**
 * Finds every story of a document (SPEC §2 story boundaries), in document order. Where a story written in a code
 * block was left unread, its block's span goes into `unread`.
 */
export function findStories(
  tree: Root,
  text: string,
  memo?: StoryMemo,
  vocabulary: Vocabulary = DEFAULT_VOCABULARY,
  unread?: Span[],
): Story[] {
  const root = buildSections(tree, text);
  const yaml = yamlMatterOf(tree);
  const title = (yaml !== undefined ? matterTitle(yaml) : undefined) ?? '';
  const finder: Finder = {
    text,
    reader: new StatementReader(text, undefined, vocabulary),
    stories: [],
    keys: new Map(),
    reused: 0,
    // A document its front matter titles as a backlog (`title: Backlog`, a Jekyll page's): its sections group items.
    inBacklog: sectionsInBacklogs(root, text, namesBacklogName(title)),
    // One it titles as a guide (`title: Developer Guide`): how a product works, a record.
    wholeRecord: (yaml !== undefined && recordsWhole(yaml)) || namesGuide(title),
  };
  const pieceStarts = (tree.data as { pieceStarts?: ReadonlySet<number> } | undefined)?.pieceStarts;
  if (memo && pieceStarts) {
    memo.readWith(vocabulary);
    finder.memo = memo;
    finder.pieceStarts = pieceStarts;
    finder.reader = new StatementReader(
      text,
      (s) => {
        const key = keyOf(finder, s);
        return key === undefined ? undefined : memo.flags(key);
      },
      vocabulary,
    );
  }
  collect(finder, root, false);
  memo?.commit();
  const titleStart = documentTitleStart(tree);
  const restates = restatementsOf(finder.stories, text, tree);
  // A story written in a code block is read from nothing (SPEC §2 reads no code): not a story, and a notice says so.
  // Read only when a story read nothing, as few do: the code blocks of a document are parsed no more than once.
  let fenced: Span[] | undefined;
  const fencedOnce = () => (fenced ??= fencedStatements(tree));
  const inCode = new Map(finder.stories.map((s) => [s, statedInCode(s, fencedOnce, finder.stories)] as const));
  for (const at of inCode.values()) if (at) unread?.push(at);
  const shape: DocumentShape = { tree, text, vocabulary, stories: finder.stories };
  finder.stories = finder.stories.filter((s) => !isDescription(s, titleStart, shape) && !restates(s) && !inCode.get(s));
  // A kind its front matter gives the document ("tags: [tech-spike]", a Jira export's "type": "Bug") is the kind of
  // its own story; a statement written in it is still a story.
  const matter = tree.children[0];
  const declared =
    matter && (matter.type === 'yaml' || (matter.type as string) === 'json')
      ? frontMatterKind((matter as { value: string }).value, vocabulary)
      : undefined;
  if (declared) for (const s of finder.stories) if (s.kind === 'story' && !s.sentence) s.kind = declared;
  finder.stories.sort((x, y) => x.span.start - y.span.start);
  headingsAbove(root, finder.stories, text);
  finder.stories.forEach((s, i) => {
    s.index = i;
    // In start order, a story holds another when the next one starts inside it (an epic heading over its stories).
    const next = finder.stories[i + 1];
    if (next && next.span.start < s.span.end) s.holdsStories = true;
    else delete s.holdsStories;
  });
  return finder.stories;
}

/** The first of a section's sub-sections, at any depth, that starts at or after `at`. */
function firstSectionFrom(section: Section, at: number): Section | undefined {
  for (const child of section.children) {
    if (child.start >= at) return child;
    const inner = child.end > at ? firstSectionFrom(child, at) : undefined;
    if (inner) return inner;
  }
  return undefined;
}

/** A list item's or a row's marker before its words. */
const ITEM_MARK = /^\s*(?:[-*+]|\d+[.)])\s+(?:\[[ xX]\]\s+)?/;

/**
 * A User Stories section listing what people can do ("Users can bring up a menu of tasks", a spec's table of them, "I
 * can create a group" under "#### As an organizer"): it states what the document asks for, though none of its items is
 * a statement.
 */
function listsCapabilities(section: Section, text: string): boolean {
  if (!listsTheStories(section, text)) return false;
  // Grouped under the roles that have them, too: "#### As an organizer" over "- I can create a group".
  return withTableCells(textBlocks(subtreeNodes(section)), text).some((block) =>
    statesCapability(maskTemplate(text.slice(block.from, block.to)).replace(ITEM_MARK, '')),
  );
}
