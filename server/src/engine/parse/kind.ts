/**
 * What an item is (SPEC §2): bug reports (steps to reproduce, expected/actual), technical tasks
 * and chores, and spikes are recognised, so they are not asked for a who, an outcome or a why.
 * A story statement ("As a …, I want …") makes an item a story unless it sits in a bug report.
 */
import type { RootContent } from 'mdast';
import { tagAlternation } from '../language/pattern.js';
import { DEFAULT_VOCABULARY, perVocabulary, type Vocabulary } from '../language/vocabulary.js';
import type { Story, StoryElement, StoryKind } from '../types.js';
import type { LabelSection, Region } from './story-parts.js';
import { headingText } from './sections.js';
import { maskTemplate } from './template.js';
import { textBlocks } from './blocks.js';
import { withoutFields } from './prose.js';
import { EMPHASISED_SLOT, isOnlyPlaceholder, isUnfilled } from '../text/placeholder.js';
import { TITLE_TAG, splitTitle } from '../text/title.js';
import { isOnlyLinksOrTags } from '../text/links.js';
import { bareWho, mayNameNobody, namesPerson } from './persona.js';
import { normaliseName } from './labels.js';

const wordsOf = (words: readonly string[]) =>
  new RegExp(String.raw`(?<![\w-])(?:${tagAlternation(words)})(?![\w-])`, 'i');
/** As {@link wordsOf}, also ending a compound: "management-api" is an API, "api-first" is not one. */
const headsOf = (words: readonly string[]) => new RegExp(String.raw`(?<!\w)(?:${tagAlternation(words)})(?![\w-])`, 'i');

/** The patterns built from one vocabulary's lists. */
const kindWordsOf = perVocabulary((vocabulary) => ({
  BUG: wordsOf(vocabulary.bugWords),
  SPIKE: wordsOf(vocabulary.spikeWords),
  CHORE: wordsOf(vocabulary.choreWords),
  STACK: headsOf(vocabulary.stackWords),
  TASK_TAG: wordsOf(vocabulary.taskTags),
  // A whole name, in the plural a group of items takes: "Tasks", "Chores", "Technical debt"; "Spikes", "Research".
  TASK_GROUP: new RegExp(String.raw`^(?:${tagAlternation(vocabulary.taskTags)})s?$`, 'i'),
  SPIKE_GROUP: new RegExp(String.raw`^(?:${tagAlternation(vocabulary.spikeWords)})s?$`, 'i'),
  INTERNAL: new RegExp(String.raw`^(?:(?:the|our|a|an)\s+)?(?:${tagAlternation(vocabulary.internalRoles)})\b`, 'i'),
  INTERNAL_HEAD: new RegExp(String.raw`(?:^|\s)(?:${tagAlternation(vocabulary.internalRoles)})$`, 'i'),
}));
type KindWords = ReturnType<typeof kindWordsOf>;

/**
 * A role said of someone in particular: "developer in a company that uses only merge request pipelines", "developer
 * using this feature" is a user outside the team, whatever the role.
 */
const OUTSIDE_ROLE = /^\S+(?:\s+\S+){0,2}\s+(?:(?:in|at|from)\s+(?:a|an|another)\b|using\b|(?:who|that)\s+use[sd]?\b)/i;
/** A title's prefix naming the kind of document it heads: "Feature Specification: …", "Spec: …". */
const DOCUMENT_TYPE = /^\s*(?:feature\s+)?spec(?:ification)?\s*[:—–-]\s*/i;
/** A title asking how to use the product or why it does what it does: "How do I use this?", "Why is X greyed out?". */
const SUPPORT_QUESTION = new RegExp(
  String.raw`^\s*(?:how\s+(?:do|can|should|would)\s+(?:i|we|you|one)|how\s+to|why\s+(?:does|is|do|are|did)|` +
    String.raw`what\s+(?:is|are|does))\b[^?\n]*\?\s*$`,
  'i',
);
/**
 * Someone asking how to go about something: "what would be the best way to do this?", "How can I hide the drafts?".
 * Not "we": "How can we make onboarding faster?" asks the team for a change.
 */
const ASKS_ADVICE = new RegExp(
  String.raw`\b(?:(?:what|which)\s+(?:would|is|will)\s+(?:be\s+)?the\s+(?:best|right|recommended|preferred)\s+` +
    String.raw`(?:way|approach|practice|option)|how\s+(?:do|can|should|would)\s+(?:i|one)\b)[^?\n]*\?`,
  'i',
);

/**
 * An issue asking how to use the product or why it does what it does, asking nothing of it: its title asks so ("How
 * do I use this?"), or its title is a question ("Workflow with hidden drafts?") and its text, which may tell what its
 * author would like but names no one who needs it, asks how best to go about it.
 */
function asksForHelp(
  title: string,
  story: Story,
  text: string,
  own: Region,
  sections: readonly LabelSection[],
  vocabulary: Vocabulary,
): boolean {
  const outcome = story.elements.outcome;
  if (!outcome && SUPPORT_QUESTION.test(title)) return true;
  // "I would like …" with nobody named is its author's wish, not a statement of someone's need.
  if (story.sentence?.who || outcome?.from === 'field' || !/\?\s*$/.test(title)) return false;
  return ASKS_ADVICE.test(paragraphsOf(text, own, sections, vocabulary));
}

/** A title that opens by asking to make something better. */
const IMPROVES = /^\s*(?:improve|enhance|better)\b/i;
/** A title that opens by asking to fix something: "Fix data race". */
const FIX_TITLE = /^\s*(?:hot)?fix(?:es|ed)?\b(?!\s+(?:the\s+)?(?:design|layout|copy|text|wording)\b)/i;
/**
 * "Happens when …" opening a sentence or a line. After the stop or the line break, spaces on that line only: any line
 * break of a blank stretch may open it, and reading on over line breaks from each one was quadratic in the stretch (a
 * long template masked to blanks).
 */
const DEFECT_REPORT =
  /(?:^|[.!\r\n])[^\S\r\n]*(?:it\s+)?(?:happens|occurs|only\s+happens)\s+(?:when|on|if|after|in)\b/i;
/**
 * Someone telling of a defect they met: "Testers reported display issues", "I noticed that the CSP blocks …", "it was
 * reported"; not a count named so ("Logins reported / emails sent"), which nothing follows.
 */
const REPORTED = /\b(?:reported|noticed)\s+[\p{L}@]|\b(?:was|were|been)\s+(?:reported|noticed)\b/iu;
const TEAM_VOICE = /\b(?:we\s+(?:need|should|must|have|want|will\s+need)|let['’]?s)\b(?!\s+to\s+be\s+able\b)/i;
/** "Minds staff and data team", "Devs, QA": every group the persona names is the team's own people. */
const onlyTeam = (persona: string, { INTERNAL_HEAD }: KindWords) =>
  persona
    .split(/,|&|\/|\band\b|\n/)
    .map((part) =>
      part
        .replace(/^\s*[-*+]\s+/, '')
        .trim()
        .replace(/[.:;!]+$/, ''),
    )
    .filter((part) => part !== '')
    .every((part) => INTERNAL_HEAD.test(part));

/** Whether the story's named sections or label lines include a part of a bug report. */
function hasBugSection(labelSections: readonly LabelSection[], own: Region, text: string): boolean {
  if (own.labels.some((l) => l.kind === 'bug')) return true;
  return labelSections.some(
    (l) =>
      l.labels.some((h) => h.kind === 'bug') || l.role === 'bug' || isBugHeading(headingText(l.section.heading!, text)),
  );
}

/**
 * A heading of a bug report's part the bug labels do not name: "Expected outcome", "Actual result (iOS)", the
 * "Environment" it happens in (as a label line, "Environment:" may say where a task deploys to).
 */
const isBugHeading = (heading: string) =>
  /reproduce|expected|actual|observed|current\s+\W*bug|^[\s*_]*environment[\s*_:]*$/i.test(heading);

/** A card's opening field naming its task: "Task: Google Maps Integration", "**Task:** …". */
const TASK_CARD = /^[ \t]*(?:\*\*)?task(?:\*\*)?[ \t]*:(?:\*\*)?[ \t]*\S/gim;

/** A tag naming a defect: "Bug", "bugfix", "Defect", "hotfix", "regression" (a title's tag may also say "Fix"). */
const BUG_TAG = /^(?:bug|bugs|bugfix|defect|hotfix|regression)$/i;

/** A title numbering its item by kind, as a log or a tracker does: "Bug #008 – …", "Task 3: …", "Bug_02: …". */
const NUMBERED_ITEM = /^\s*([A-Za-z]+)[\s_-]*#?\d+(?:\.\d+)*(?=[\s:.)–—-]|$)/;

/**
 * What the tags a title opens with say the item is, if they name a kind of work that is not a story;
 * after them, a first word of investigating ("Research payment gateways") names a spike.
 */
function taggedKind(title: string, { SPIKE, TASK_TAG }: KindWords): StoryKind | undefined {
  const { tags, rest } = splitTitle(title);
  const numbered = NUMBERED_ITEM.exec(title)?.[1];
  for (const tag of numbered ? [numbered, ...tags] : tags) {
    if (SPIKE.test(tag)) return 'spike';
    if (BUG_TAG.test(tag) || /^fix$/i.test(tag)) return 'bug';
    if (TASK_TAG.test(tag)) return 'task';
  }
  return SPIKE.test(/^\s*([A-Za-z]+)/.exec(rest)?.[1] ?? '') ? 'spike' : undefined;
}

/**
 * A front matter's fields naming an item's kind, and its tags: `type: Bug`, `"issuetype": "Task"`, `contentType:
 * knownIssue`, `tags: [spike]`.
 */
const KIND_FIELD = /^[ \t]*["']?(?:type|issue_?type|content_?type|kind)["']?[ \t]*:[ \t]*["']?([^"'\n,]+)/gim;
/** "Known issue", "knownIssue": a defect documented for users, a bug report. */
const KNOWN_ISSUE = /^known[\s_-]*issues?$/i;
const TAGS_FIELD = /^[ \t]*["']?(?:tags|labels)["']?[ \t]*:([^\n]*(?:\n[ \t]*-[^\n]*)*)/gim;

/**
 * The kind a document's front matter gives it: a kind field naming a bug, a task or a spike (a Jira export's `"type":
 * "Bug"`), or a tag naming a spike or a bug (`tags: [tech-spike]`). Topics among the tags ("training providers",
 * "research" alone) and a page type naming documentation ("type: docs") say nothing of the kind: docs sites use them.
 */
export function frontMatterKind(matter: string, vocabulary: Vocabulary = DEFAULT_VOCABULARY): StoryKind | undefined {
  const { SPIKE } = kindWordsOf(vocabulary);
  for (const [, value] of matter.matchAll(KIND_FIELD)) {
    const named = value!.trim();
    if (BUG_TAG.test(named) || KNOWN_ISSUE.test(named)) return 'bug';
    if (SPIKE.test(named)) return 'spike';
    // Not every task tag: a docs site's pages say "type: docs".
    if (/^(?:sub-?)?task$|^chore$|^tech(?:nical)?\s+debt$/i.test(named)) return 'task';
  }
  for (const [, list] of matter.matchAll(TAGS_FIELD)) {
    const tags = list!.split(/[\[\],\n]|^\s*-|\s-\s/).map((t) => t.replace(/["'\s-]+$|^["'\s-]+/g, ''));
    for (const tag of tags.filter(Boolean)) {
      const parts = tag.toLowerCase().split(/[-_\s]+/);
      if (parts.some((part) => BUG_TAG.test(part))) return 'bug';
      if (parts.some((p) => SPIKE.test(p) && p !== 'research')) return 'spike';
    }
  }
  return undefined;
}

/** "Bugs", "Bug reports", "Known issues", ".NET 6.0 Known Issues": a group of defects. */
const BUG_GROUP = /^(?:bugs|bug\s+(?:reports|fixes)|defects|(?:\S+\s+){0,3}known\s+(?:bugs|issues|problems))$/;
/**
 * What a group's name may say beside its kind: "Open tasks", "Technical tasks", "Bugs (3)", "Tasks (in no particular
 * order)".
 */
const GROUP_QUALIFIER = /^(?:open|known|pending|remaining|technical|tech|dev|engineering)\s+(?=\S)/;
const GROUP_ASIDE = /\s*\([^()]*\)$/;

/**
 * What a heading over items says they are: "## Tasks" over a tracker's tasks, "## Bugs" over its bug reports, "##
 * Spikes". The author's word for what is under it, as a title's "[Chore]" tag is for the item it opens.
 */
export function kindOfGroup(name: string, vocabulary: Vocabulary = DEFAULT_VOCABULARY): StoryKind | undefined {
  const { TASK_GROUP, SPIKE_GROUP } = kindWordsOf(vocabulary);
  const named = normaliseName(name).replace(GROUP_ASIDE, '');
  const bare = named.replace(GROUP_QUALIFIER, '');
  if (BUG_GROUP.test(named) || BUG_GROUP.test(bare)) return 'bug';
  if (SPIKE_GROUP.test(bare)) return 'spike';
  if (TASK_GROUP.test(bare)) return 'task';
  return undefined;
}

/**
 * The kind a tracker's type names ("Bug", "Defect", "Task", "Chore", "Spike"), as a table's "Type" column gives it; a
 * story's own ("Story", "Feature", "Epic") names none.
 */
export function kindOfType(type: string, vocabulary: Vocabulary = DEFAULT_VOCABULARY): StoryKind | undefined {
  return BUG_TAG.test(normaliseName(type)) ? 'bug' : kindOfGroup(type, vocabulary);
}

/** A statement whose slots are still the template's: "As a / I want to / so that" left blank ("看護師" fills it). */
const blankSlot = (text: string) =>
  isUnfilled(text) ||
  EMPHASISED_SLOT.test(text) ||
  !/\p{L}{2,}/u.test(text.replace(/\b(?:an?|the|i|want|to|so|that|need|can|be|able)\b/gi, '').replace(/<[^<>]*>/g, ''));

/** The first paragraph of prose (no label lines) among `nodes`: what the item asks for, in the author's words. */
function firstProse(text: string, nodes: readonly RootContent[], vocabulary: Vocabulary): string {
  for (const block of textBlocks(nodes)) {
    if (block.inList) continue;
    const prose = withoutFields(maskTemplate(text.slice(block.from, block.to)), vocabulary);
    if (prose.trim()) return prose;
  }
  return '';
}

/** The item's paragraphs and quotes, template masked: its prose, without the lists criteria and checklists are in. */
function paragraphsOf(text: string, own: Region, sections: readonly LabelSection[], vocabulary: Vocabulary): string {
  return textBlocks([...own.nodes, ...sections.flatMap((s) => s.nodes)], true)
    .filter((block) => !block.inList)
    .map((block) => withoutFields(maskTemplate(text.slice(block.from, block.to)), vocabulary))
    .join('\n');
}

/** Setext underlines and the lines they underline, and ATX headings: labels, not content. */
const withoutHeadings = (lines: readonly string[]) =>
  lines.filter(
    (line, i) => !/^\s*(?:#{1,6}(?:\s|$)|[=-]{2,}\s*$)/.test(line) && !/^\s*[=-]{2,}\s*$/.test(lines[i + 1] ?? ''),
  );

/**
 * The code and template text of `span` where it stands, everything else blanked: its lines and spaces kept, so two
 * code spans never run into one word. Masking keeps every UTF-16 offset, so it is what differs unit by unit.
 */
const codeLaidOut = (span: string, masked: string) =>
  span
    .split('')
    .map((ch, i) => (masked[i] !== ch || /\s/.test(ch) ? ch : ' '))
    .join('');

/**
 * Its code names a defect, and apart from code, headings and template prompts it says nothing
 * (`masked` is `span` with its template text masked).
 */
function isOnlyLog(span: string, masked: string, vocabulary: Vocabulary): boolean {
  if (masked === span) return false;
  const prose = withoutHeadings(withoutFields(masked, vocabulary).split(/\r?\n/)).join(' ');
  return !/[\p{L}\p{N}]{2,}/u.test(prose) && kindWordsOf(vocabulary).BUG.test(codeLaidOut(span, masked));
}

/** A stack trace pasted in code: Python's, a JVM's or JavaScript's frames, Go's panic. */
const STACK_TRACE = /Traceback \(most recent call last\)|^[ \t]+at[ \t]+[\w$.<>]+[ \t]*\([^()\n]*:\d+|^panic:[ \t]/m;

/** Elements a story states that a list of its criteria, written apart from it, leaves to the story. */
const STORY_ELEMENTS = ['who', 'outcome', 'why', 'consequence'] as const;

/** The element is named by the document's title: a level-one heading at the start of its line. */
const isTitleLabel = (text: string, element: StoryElement | undefined) =>
  element?.from === 'heading' &&
  element.label !== undefined &&
  /(?:^|\n)#[ \t]+$/.test(text.slice(Math.max(0, element.label.start - 8), element.label.start));

/**
 * "# Acceptance Criteria" over its items, a file of `**Acceptance criteria:**` and nothing else: criteria written
 * apart from the story they accept, which is stated elsewhere (a tracker's issue, a spec). No title, statement or
 * prose says what they are for, so nothing but the criteria can be asked of them.
 */
function isCriteriaList(text: string, story: Story, labelSections: readonly LabelSection[], own: Region): boolean {
  if (story.title !== undefined || story.sentence || story.criteria.length === 0) return false;
  // Under a title naming the document its criteria ("# SME-Accounts MVP: Acceptance Criteria"), its overview's prose
  // is about the document, not a story's who or why.
  // Its "## Purpose" says why the document is kept (a team's Definition of Done), not why a story matters.
  const titled = isTitleLabel(text, story.elements.success);
  const documents = (k: string, from?: string) => titled && (from === 'prose' || k === 'why');
  if (STORY_ELEMENTS.some((k) => story.elements[k] && !documents(k, story.elements[k].from))) return false;
  const labels = [...own.labels, ...labelSections.flatMap((l) => [...l.labels, ...(l.role ? [{ kind: l.role }] : [])])];
  if (!labels.some((l) => l.kind === 'success')) return false;
  if (labels.some((l) => (STORY_ELEMENTS as readonly string[]).includes(l.kind) && !documents(l.kind))) return false;
  // Before the criteria's own label, nothing but template text or links to other pages ("[👈 Back to README](…)"): no
  // list of tasks, no paragraph about the need.
  const criteriaFrom = own.labels.find((l) => l.kind === 'success')?.lineStart ?? Infinity;
  const says = (words: string) => /[\p{L}\p{N}]/u.test(words) && !isOnlyLinksOrTags(words);
  return textBlocks(own.nodes)
    .filter((block) => block.from < criteriaFrom)
    .every((block) => !says(maskTemplate(text.slice(block.from, block.to))));
}

/** A team's agreements on any story: how it is taken on (Definition of Ready) and finished (Definition of Done). */
const DEFINITION_OF_READY = /^definitions?\s+of\s+ready\b/;
const DEFINITION_OF_DONE = /^definitions?\s+of\s+done\b/;

/**
 * A team's working agreements ("## Definition of Ready" beside "## Definition of Done"): criteria every story of the
 * team is held to, with prose about the team's process (who agrees, why it is kept), not a story of their own. A
 * statement or a field makes it a story whose checklist is the team's.
 */
function isTeamAgreement(text: string, story: Story, labelSections: readonly LabelSection[]): boolean {
  if (story.criteria.length === 0) return false;
  if (STORY_ELEMENTS.some((k) => story.elements[k]?.from === 'field' || story.elements[k]?.from === 'sentence'))
    return false;
  const names = labelSections.flatMap((l) =>
    l.section.heading ? [normaliseName(headingText(l.section.heading, text))] : [],
  );
  return names.some((n) => DEFINITION_OF_READY.test(n)) && names.some((n) => DEFINITION_OF_DONE.test(n));
}

/** A part named as an OKR's key results. */
export const KEY_RESULTS = /^(?:key\s+results?|krs?)$/;

/**
 * An OKR's objective over its key results ("### Browser developers understand the web" over "#### Key results"): the
 * title is the outcome aimed at and the key results measure it — criteria accepting a goal, not a story to write.
 * Fields naming who, what or why make it a story with those criteria.
 */
function isObjective(text: string, story: Story, labelSections: readonly LabelSection[], own: Region): boolean {
  if (story.title === undefined) return false;
  // "**Objective:** …" over "**Key Results:**": the objective's field names the outcome aimed at, and no more.
  const named = (span: { start: number; end: number }) => normaliseName(text.slice(span.start, span.end));
  const objectiveField = (k: (typeof STORY_ELEMENTS)[number]) =>
    k === 'outcome' &&
    story.elements.outcome?.label !== undefined &&
    OBJECTIVE.test(named(story.elements.outcome.label));
  if (STORY_ELEMENTS.some((k) => story.elements[k]?.from === 'field' && !objectiveField(k))) return false;
  return (
    labelSections.some(
      (l) => l.section.heading !== undefined && KEY_RESULTS.test(normaliseName(headingText(l.section.heading, text))),
    ) || own.labels.some((l) => l.kind === 'success' && KEY_RESULTS.test(named(l.label)))
  );
}

/** An OKR's objective, named so as a field: "Objective", "Objectives". */
const OBJECTIVE = /^objectives?$/;

/** "Feature: Booking search": a Gherkin feature, named by its keyword as a `.feature` file names it. */
const GHERKIN_FEATURE = /^\s*feature\s*:\s*\S/i;

/**
 * A Gherkin feature's heading over its scenario's steps and nothing else ("### Feature: Booking search" over "GIVEN
 * … WHEN … THEN …"): the checks that accept a story told elsewhere. With its narrative ("As a …, I want …") or any
 * field it is that story.
 */
function isFeatureScenarios(title: string, story: Story): boolean {
  if (!GHERKIN_FEATURE.test(title) || story.sentence) return false;
  const said = Object.values(story.elements).filter((e) => e !== undefined);
  return said.length > 0 && said.every((e) => e.kind === 'success' && e.from === 'prose');
}

/** No element said, no prose of its own, and every section it has named for tasks ("## Tasks", "## Open tasks"). */
function onlyTaskList(
  text: string,
  story: Story,
  labelSections: readonly LabelSection[],
  own: Region,
  vocabulary: Vocabulary,
): boolean {
  return (
    Object.keys(story.elements).length === 0 &&
    labelSections.length > 0 &&
    labelSections.every((l) => kindOfGroup(headingText(l.section.heading!, text), vocabulary) === 'task') &&
    firstProse(text, own.nodes, vocabulary).trim() === ''
  );
}

/**
 * A bug report when it has a bug template's sections or its title names a defect; a spike
 * when its title says so; a task when nobody outside the team is named and what it asks for
 * is a technical chore. Everything else is a story (and is asked for what it misses).
 */
export function kindOfStory(
  text: string,
  story: Story,
  labelSections: readonly LabelSection[],
  own: Region,
  vocabulary: Vocabulary = DEFAULT_VOCABULARY,
): StoryKind {
  const words = kindWordsOf(vocabulary);
  const { BUG, SPIKE, CHORE, STACK, INTERNAL } = words;
  const technical = (text: string) => CHORE.test(text) || STACK.test(text);
  // "Feature Specification: Trip sharing" names what the document is, not a chore: the rest is its title.
  const title = (story.title ?? '').replace(DOCUMENT_TYPE, '');
  const sentence = story.sentence;
  // "#### As a **developer**..." over "I want to …": the heading names the who of the want under it.
  const asker = sentence?.who ?? (story.elements.who?.from === 'heading' ? story.elements.who : undefined);
  // A want a rewrite left as its placeholder ("As a user, I want <what changes for the user?>") under a who of the
  // author's is still the author saying "story": the fix must not turn it into the task a line after it names.
  const rewritten = (want: string) => isOnlyPlaceholder(want) && !blankSlot(asker!.text);
  const statement =
    asker !== undefined &&
    sentence?.outcome !== undefined &&
    (!blankSlot(sentence.outcome.text) || rewritten(sentence.outcome.text));
  if (hasBugSection(labelSections, own, text)) return 'bug';
  if (isCriteriaList(text, story, labelSections, own) || isFeatureScenarios(title, story)) return 'criteria';
  if (!statement && isObjective(text, story, labelSections, own)) return 'criteria';
  if (!statement && isTeamAgreement(text, story, labelSections)) return 'criteria';
  // The author's own tag in the title ("Spike: …", "[Chore]") says what the item is.
  const tagged = taggedKind(title, words);
  if (tagged) return tagged;
  // A board's column of cards each opening "Task: …" ("Task: Gather Parking Data - Jordan") lists the team's tasks.
  const span = text.slice(story.span.start, story.span.end);
  if (!statement && (span.match(TASK_CARD)?.length ?? 0) > 1) return 'task';
  // "As a developer, I want to move the tests to …": the team asking itself for a technical chore.
  const role = statement ? bareWho(asker!.text) : '';
  if (statement && INTERNAL.test(role) && !OUTSIDE_ROLE.test(role) && technical(`${title}\n${sentence!.outcome!.text}`))
    return 'task';
  const who = story.elements.who;
  const persona = who ? bareWho(who.text) : '';
  // A story statement, or the value form's own fields (`**Who:**`, `Outcome:`), is the author saying "story".
  // A Who: field counts when it names someone ("Personas: receive updates faster" names no one).
  const valueForm = (['who', 'outcome', 'why'] as const).some(
    (k) => story.elements[k]?.from === 'field' && (k !== 'who' || namesPerson(persona, vocabulary)),
  );
  if (statement || valueForm) return 'story';
  // A title over the team's task list and nothing else ("# Sprint Planning" over "## Tasks"): work items, no need.
  if (onlyTaskList(text, story, labelSections, own, vocabulary)) return 'task';
  const outcomeSection = labelSections.find((l) => l.kind === 'outcome');
  const asked = [
    title,
    story.elements.outcome?.text ?? '',
    firstProse(text, own.nodes, vocabulary),
    outcomeSection ? firstProse(text, outcomeSection.section.own, vocabulary) : '',
  ]
    .join('\n')
    // A link names where something is, not what is asked.
    .replace(/\bhttps?:\/\/\S+/g, ' ');
  // "Improve UX when the extension fails to post": the failure is the situation an improvement is for.
  if (BUG.test(title) && !IMPROVES.test(title.replace(TITLE_TAG, ''))) return 'bug';
  if (SPIKE.test(title)) return 'spike';
  // "How do I use this?" asking nothing of the product: someone asking how to use it, a question to answer.
  if (asksForHelp(splitTitle(title).rest, story, text, own, labelSections, vocabulary)) return 'question';
  const internal = persona !== '' && (INTERNAL.test(persona) || onlyTeam(persona, words));
  // "Everyone", "All users": a persona field that names nobody in particular.
  const everyone = /^(?:all|everyone|everybody|all\s+users|any\s+user|anyone)\.?$/i.test(persona);
  // The who of a statement left as the template wrote it is the template's too.
  const templateWho = who?.from === 'sentence' && !statement;
  // "Receive updates faster", "It will simplify our workflow": a persona section or field that names no one.
  const namesNoOne = who !== undefined && mayNameNobody(who, vocabulary);
  const namesUser = who !== undefined && !templateWho && !blankSlot(persona) && !internal && !everyone && !namesNoOne;
  // A persona section that names only the team itself ("Personas: Devs, QA"): work for the team, a task.
  if (internal && who?.from !== 'prose' && who?.from !== 'sentence') return 'task';
  if (FIX_TITLE.test(title) && !namesUser) return 'bug';
  // A title that names a chore or a part of the stack outweighs a person mentioned in passing in the prose.
  if (technical(title) && (!namesUser || who?.from === 'prose')) return 'task';
  // In the text only a chore decides: a database tool's "Postgres configuration" is its users' feature.
  if (!namesUser && CHORE.test(asked)) return 'task';
  // Someone reporting what they met is a bug report, whoever the template's persona names.
  if (REPORTED.test(span) && REPORTED.test(paragraphsOf(text, own, labelSections, vocabulary))) return 'bug';
  if (!namesUser) {
    const masked = maskTemplate(span);
    // A report of what goes wrong ("Happens when …") for nobody named is a bug report.
    if (DEFECT_REPORT.test(withoutFields(masked, vocabulary))) return 'bug';
    // An item that is only a pasted log ("FATAL: could not connect …") under its headings reports a defect.
    if (isOnlyLog(span, masked, vocabulary)) return 'bug';
    // So does one pasting a stack trace with no outcome of its own asked: "all I get is this: Traceback …".
    if (!story.elements.outcome && STACK_TRACE.test(codeLaidOut(span, masked))) return 'bug';
  }
  // Work the team sets itself ("we need to …", "let's …") for nobody named is a task.
  if (!namesUser && TEAM_VOICE.test(asked)) return 'task';
  return 'story';
}
