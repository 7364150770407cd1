/**
 * Section names (SPEC §2, "The Markdown real teams write"): what a heading, a bold line or a
 * `Label:` line names. An element label (`Who`, `Acceptance criteria`) makes its text an
 * element of the story; a context name (`Background`, `Links`) is part of the story and no
 * element; a bug-report name (`Steps to reproduce`) marks the document as a bug report. The
 * names are data (language/words/*-labels.json).
 */
import { DEFAULT_VOCABULARY, perVocabulary, type Vocabulary } from '../language/vocabulary.js';
import type { ElementKind } from '../types.js';
import { linesOf } from './lines.js';
import { spacesRead } from '../text/line-index.js';

/**
 * A section named as the team's goal ("Goal", "Objectives", "User experience goal"): written to the team, where
 * an Outcome or a Problem section speaks for the person or tells how things are.
 */
export const GOAL_SECTION = /\b(?:goals?|objectives?)\b/i;

/** A section that tells how things are ("Problem to solve", "Problem statement"): a situation, not a request. */
export const PROBLEM_SECTION = /\bproblems?\b/i;

/** What a section name says about its section. */
export type SectionRole = ElementKind | 'context' | 'bug';

/** Field labels by element (SPEC §2). Matching is case-insensitive. */
const aliasesOf = (vocabulary: Vocabulary): Record<ElementKind, readonly string[]> => ({
  who: vocabulary.whoLabels,
  outcome: vocabulary.outcomeLabels,
  why: vocabulary.whyLabels,
  success: vocabulary.successLabels,
  consequence: vocabulary.consequenceLabels,
  assumptions: vocabulary.assumptionLabels,
  solution: vocabulary.solutionLabels,
});

/** The label each fix writes, in the spelling of the `story` snippet. */
export const CANONICAL_LABEL: Record<ElementKind, string> = {
  who: 'Who',
  outcome: 'Outcome',
  why: 'Why',
  success: "How we'll know",
  consequence: "If we don't",
  assumptions: 'Assumptions',
  solution: 'Proposed solution',
};

const escape = (s: string) =>
  s
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/'/g, "['’]")
    .replace(/ /g, '\\s+');

const EMPHASIS = String.raw`(\*\*|__|\*|_)?`;
/**
 * A qualifier after a slash or in brackets: `Acceptance criteria / TODO:`, `Success (for QA):`, `Acceptance criteria
 * (from [story P1](../research/README.md#user-stories)):` (a link in it counts as one word).
 */
const LINK = String.raw`\[[^\]\n]{0,40}\]\([^()\s]{0,200}\)`;
const QUALIFIER = String.raw`(?:[ \t]*(?:/[ \t]*[\w' ]{1,30}|\((?:[^()\n:]|${LINK}){1,40}\)))?`;

/** How a name is looked up: lower case, straight apostrophes, single spaces. */
const nameKey = (name: string) => name.toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' ').trim();

/** The section names of one vocabulary, by what they name, and the label line they make. */
const namesOf = perVocabulary((vocabulary) => {
  const byName = new Map<string, SectionRole>();
  for (const [role, names] of [
    ...Object.entries(aliasesOf(vocabulary)),
    ['context', vocabulary.contextLabels],
    ['bug', vocabulary.bugLabels],
  ] as [SectionRole, readonly string[]][]) {
    // An element label wins over a context name of the same spelling.
    for (const name of names) {
      const key = nameKey(name);
      if (!byName.has(key)) byName.set(key, role);
    }
  }
  const alternatives = [...byName.keys()]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|');
  /**
   * A label line: optional list marker, optional emphasis, the label, one colon inside or
   * outside the emphasis. The value is whatever follows on the line.
   */
  const labelLine = new RegExp(
    String.raw`^([ \t]*(?:[-*+][ \t]+)?)${EMPHASIS}[ \t]*(${alternatives})${QUALIFIER}` +
      String.raw`[ \t]*(:)?[ \t]*${EMPHASIS}[ \t]*(:)?[ \t]*`,
    'i',
  );
  return { byName, labelLine };
});

/**
 * A line that is all bold (`**Acceptance Criteria**`, `__Goal__:`) or all in single emphasis (`*Acceptance Criteria*`,
 * Jira's bold as exports keep it): a heading written in emphasis. A bullet (`* Acceptance …`) is no emphasis.
 */
const BOLD_LINE = /^([ \t]*(?:[-*+][ \t]+)?)(\*\*|__|\*|_)(?![ \t*_])((?:(?!\2)[^\n]){1,80}?)\2[ \t]*:?[ \t]*$/;

/**
 * A Jira wiki heading kept as text (`h3. Acceptance criteria`), as a description pasted from Jira's text editor or a
 * CSV export keeps it, or a heading written without its space (`###Criteria`, which CommonMark keeps as text; one `#`
 * alone is a hashtag, "#design"): a heading written as a line, read like a bold line.
 */
const WIKI_HEADING_LINE = /^([ \t]*)(?:h[1-6]\.[ \t]+|#{2,6}(?=[^\s#]))([^\n]{1,80}?)[ \t]*$/;

/**
 * Context that tells about the work and never tells the item itself: a glossary, open questions, a Definition of
 * Ready, a team's working agreement, references, a budget ("Project Glossary", "Proposed Budget" too). An issue's
 * "## Summary" or a document's "# Project Requirements" may hold the item's need.
 */
const ASIDE = new RegExp(
  String.raw`(?:^|\s)(?:glossary|terminology|definitions|(?:open|outstanding|unresolved)\s+questions|questions|faq|` +
    String.raw`definition\s+of\s+ready(?:\s+checklist)?|(?:working|team)\s+agreements?|references|links|resources|` +
    String.raw`appendix|appendices|` +
    // "## Technology Requirements" with each tool's "**Benefits:**": how it is built, no element of a story.
    String.raw`tech(?:nology)?\s+stack|technolog(?:y|ies)(?:\s+(?:requirements|choices|used))?|` +
    String.raw`change\s*log|(?:version|revision|document)\s+history|attendees|participants|contributing|` +
    String.raw`(?:proposed\s+|estimated\s+)?(?:budget|costs?|cost\s+estimates?|pricing))$`,
);

/**
 * "Must have", "could-have", "High", "Highest priority": a rating, all a "Value:" field holds when it ranks the story.
 */
export const RATING = new RegExp(
  String.raw`^(?:(?:must|should|could|won'?t|will\s+not)[\s-]+haves?|(?:nice|cool|good)[\s-]+to[\s-]+haves?|` +
    String.raw`(?:very\s+)?(?:high|medium|mid|low)(?:est)?(?:\s+priority)?|critical|p[0-4])\.?$`,
  'i',
);

/** Whether a section's name (as `normaliseName` gives it) names an aside: a glossary, open questions, a budget. */
export const namesAside = (name: string) => ASIDE.test(name);

/** A section's number or marker before its name (see `normaliseName`). */
const SECTION_NUMBER = new RegExp(
  String.raw`^(?:\d+(?:\.\d+)*[.)](?!\d)|\d+(?:\.\d+)*\s+[-–—](?=\s)|\d+(?:\.\d+)+(?=\s)|` +
    String.raw`(?:[IVX]+|[A-Z])[.)](?=\s)|[-–—•]|[qQ]\d+[:.)]|` +
    // "Appendix A: Product Scope", "Annex 2 - Glossary".
    String.raw`(?:[Aa]ppendix|[Aa]nnex)\s+(?:[A-Z]|[IVX]+|\d+)(?:[:.)]|\s+[-–—])(?=\s))\s*`,
);

/**
 * A section name as written, reduced to what it says: no emoji or `:emoji:` codes, emphasis,
 * numbering, trailing punctuation or curly apostrophes; lower case, single spaces.
 */
export function normaliseName(raw: string): string {
  return (
    spacesRead(raw)
      // "Purpose &amp; impact", as an HTML export writes the ampersand.
      .replace(/&amp;/gi, '&')
      // "## Product Scope <a name="scope"></a>": an empty anchor is a link's target, no word of the name.
      .replace(/<a\s[^<>]*>\s*<\/a>|<a\s[^<>]*\/>/gi, ' ')
      // "# Roadmap <!-- omit in toc -->": a comment is a tool's marker, no word of the name.
      .replace(/<!--[^]*?-->/g, ' ')
      .replace(/\\_/g, '_')
      .replace(/:[a-z0-9_+-]+:/gi, ' ')
      .replace(/\p{Extended_Pictographic}|\uFE0F/gu, ' ')
      .replace(/[*_`~]/g, '')
      .replace(/’/g, "'")
      .replace(/\s+/g, ' ')
      .trim()
      // "3. Goals", "1.2 Users", "3.2.1. Metrics", "1.3 – Acceptance criteria", "B. References", "IV. Risks",
      // "- Goals", and a questionnaire's "Q5: What are the user stories …"; not a version ("2.2.3"), which names
      // release notes.
      .replace(SECTION_NUMBER, '')
      // "Metrics to track: (WIP)", "Goals (draft)": the section's state, no word of its name.
      .replace(/[\s:]*\((?:wip|draft|tbd|todo|in\s+progress)\)$/i, '')
      .replace(/[\s:?.!]+$/, '')
      .toLowerCase()
  );
}

/**
 * Where a longer name may go on after a known one: "Acceptance criteria (to be checked…)", "Links / references",
 * "Links & references". Not after a colon or a hyphen: "UX: camera capture" is a title with a prefix; nor into a
 * word an ampersand joins: "UX&D: Clarify expectations" is a title tagged with its team.
 */
const NAME_GOES_ON = /^\s*[/(,;|–—]|^\s+&/;
/**
 * A question a longer name asks after a known one: "Is your feature request related to a problem? Please describe."
 * Only after a name of more than one word: "Why? Not now" is a heading of its own.
 */
const QUESTION_GOES_ON = /^\?\s/;
/**
 * A template's question after a known name and its colon: "Success: How do we know if we've solved this problem?",
 * "Audience: Who are we building for?" (NuGet's spec template). "UX: camera capture" asks nothing: a title.
 */
const PROMPT_GOES_ON = /^:\s+(?:what|who|whom|why|how|when|where|which|is|are|do|does|can|should)\b/;
/**
 * A template's question going on after a known question of more than one word: "Who will benefit the most from this
 * project?", "What problem are you trying to solve by participating?". Only in a heading that asks.
 */
const ASKED_NAME = /^(?:what|who|whom|why|how|when|which)\s/;

/**
 * "As a owner of a service:", "As owner of an incoming order": a heading that names a role and no
 * want, over what that role needs — context of the story around it, not a story of its own.
 */
const ROLE_ONLY = /^as\s+(?:an?\s+|the\s+)?\p{L}[^,.!?;]{0,100}$/u;
/** A heading that is a date's field and its value: "Date: 16.01.2023 - 30.01.2023", "Sprint dates: 3/1 – 3/14". */
const DATE_FIELD_NAME = /^(?:(?:sprint|due|start|end|release)\s+)?dates?\s*:\s*[^a-z]*\d/;
/** Whether a name (as `normaliseName` gives it) names a role and no want: "as a visitor", "as owner of an order". */
export const namesRoleOnly = (name: string) => ROLE_ONLY.test(name) && !/\b(?:i|we)\b/.test(name);
/** "Scenario: Rotation enabled": a Gherkin scenario under its own heading, a check that accepts the story. */
const SCENARIO_NAME =
  /^(?:scenario(?:\s+outline)?\s*:\s*\S|(?:uat|user\s+acceptance\s+test|scenario\s*#?)\s*\d+(?:\.\d+)*$)/;

/**
 * Whether a heading names one Gherkin scenario ("Scenario: Rotation enabled", "Scenario #2") or acceptance test ("UAT
 * 1.1").
 */
export const isScenarioName = (raw: string): boolean => SCENARIO_NAME.test(normaliseName(raw));
/** The words naming a plan's iteration: "Sprint", "Phase", "Release". */
const ITERATION = String.raw`(?:sprint|phase|iteration|milestone|increment|release)`;
/**
 * "Sprint Goal", "Sprint 1 Acceptance Criteria", "Phase 2 Risks": a plan's section named after the iteration it
 * belongs to; the name after the iteration says what the section is.
 */
const ITERATION_PREFIX = new RegExp(String.raw`^(?:${ITERATION}|mvp|v\d+(?:\.\d+)*)(\s+[\w.-]{1,8})?\s+`);
/** "Goals for 4.1", "Risks in Sprint 2", "Scope for the MVP": a known name, then the release or iteration it is for. */
const ITERATION_SUFFIX = new RegExp(
  String.raw`\s+(?:for|in)\s+(?:the\s+)?(?:(?:${ITERATION}|version)\s+[\w.-]{1,8}|v?\d+(?:\.\d+)*|mvp)$`,
);
/** "Demo objective", "Product goals", "Business objectives": named after what it is about, then what it is. */
const SUBJECT_PREFIX = /^(?:project|product|business|demo|feature|epic)\s+/;
/** "Sprint Review Template", "Daily Standup Template": a form a team fills in at each of its meetings. */
const FORM_NAME =
  /^(?:sprint|daily|weekly|standup|stand-up|retro|retrospective|planning|release)\b[\w -]{0,40}\stemplates?$/;
/** A name that opens struck through, after its number if any: "2. ~~Synchronous deletion~~ (resolved)". */
const STRUCK_NAME = /^[\s#]*(?:\d+[.)]\s*)?~~[^~\n]+~~/;
/**
 * "SupportFlow — Acceptance Criteria", "SME-Accounts MVP: Acceptance Criteria", "Acceptance criteria for checkout",
 * "Acceptance Criteria: Accounts have numbers": criteria named after what they accept.
 * Only success names of more than one word read so: "Checkout – Goal" and "Grafana - Metrics" are titles.
 */
const NAMED_BEFORE = /^\S.{0,60}?(?:\s[-–—]|:)\s+(\S+\s.+)$/;
const NAMED_AFTER = /\s(?:for|of)\s+\S/g;
/** "Acceptance Criteria: Accounts have numbers": criteria named after a colon, as a scenario is. */
const NAMED_AFTER_COLON = /^([^:]{3,40}):\s+\S/;

function namesCriteria(name: string, byName: ReadonlyMap<string, SectionRole>): boolean {
  const isCriteria = (named: string) => named.includes(' ') && byName.get(named) === 'success';
  const before = NAMED_BEFORE.exec(name)?.[1];
  if (before !== undefined && isCriteria(before)) return true;
  const after = NAMED_AFTER_COLON.exec(name)?.[1];
  if (after !== undefined && isCriteria(after)) return true;
  return name.length <= 100 && [...name.matchAll(NAMED_AFTER)].some((m) => isCriteria(name.slice(0, m.index)));
}

/**
 * "User Success Metrics", "Internal program measures of success", "Screenshots UX Acceptance Criteria": a success
 * name of more than one word after a few words that say whose (not another name before "and"); "Internal Reliability
 * Metrics", "Additional performance metrics": "metrics" after words of the vocabulary's metricQualifiers only —
 * "Logging daily metrics" is a title. And "Metrics to track".
 */
function qualifiesMetrics(name: string, vocabulary: Vocabulary): boolean {
  if (QUALIFIED_SUCCESS.test(name) || METRICS_TO_TRACK.test(name)) return true;
  const m = QUALIFIED_METRICS.exec(name);
  if (!m) return false;
  const { qualifiers } = metricQualifiersOf(vocabulary);
  let rest = m[1]!.trim();
  // Qualifiers of one word or more ("user experience"), longest first, until none is left.
  while (rest) {
    const next = qualifiers.find((q) => rest === q || rest.startsWith(`${q} `));
    if (!next) return false;
    rest = rest.slice(next.length).trim();
  }
  return true;
}
const QUALIFIED_SUCCESS = new RegExp(
  String.raw`^(?:(?!and\s)[\w-]+\s+){1,3}` +
    String.raw`(?:success\s+(?:metrics|criteria|measures)|measures\s+of\s+success|acceptance\s+criteria)$`,
);
const QUALIFIED_METRICS = /^((?:[\w-]+\s+){1,3})(?:metrics|kpis|measures)$/;
/** "Metrics to track", "KPIs we will monitor", "Key metrics to measure": the metrics a PRD names to watch. */
const METRICS_TO_TRACK =
  /^(?:(?:key|success)\s+)?(?:metrics|kpis|measures)\s+(?:to|we(?:['’]ll|\s+will)?)\s+(?:track|measure|monitor|watch)$/;
const metricQualifiersOf = perVocabulary((v) => ({
  qualifiers: v.metricQualifiers.map((q) => q.toLowerCase()).sort((a, b) => b.length - a.length),
}));

/**
 * "Workflow 1", "Alternative flow 2", "Basic flow": a use case's flow, told a part to a section — how the actor gets
 * there, never a story of its own.
 */
const FLOW_NAME =
  /^(?:work\s*flow\s+\d+[a-z]?|(?:main|basic|alternat(?:e|ive)|exception(?:al)?)\s+flows?(?:\s+\d+[a-z]?)?)$/;

/** "# Workflow Improvement Project - ": a template's heading whose blank after the dash was never filled in. */
const OPEN_SLOT = /\s[-–—]$/;

/**
 * What a heading or bold line names: a known name, or one followed by a qualifier after a
 * separator ("What does success look like, and how can we measure that?"). A known name
 * followed by more words ("Goal of this epic is …") is an ordinary sentence, not a name.
 */
export function sectionRoleOf(raw: string, vocabulary: Vocabulary = DEFAULT_VOCABULARY): SectionRole | undefined {
  const { byName } = namesOf(vocabulary);
  // "~~US-2: Import invoices~~ (descoped)": a heading struck through is withdrawn, a note of the document.
  if (STRUCK_NAME.test(raw)) return 'context';
  const name = normaliseName(raw);
  const exact = byName.get(name);
  if (exact) return exact;
  if (SCENARIO_NAME.test(name)) return 'success';
  if (namesRoleOnly(name)) return 'context';
  if (OPEN_SLOT.test(name)) return 'context';
  if (FLOW_NAME.test(name)) return 'context';
  // "Sprint Metrics Template": a form to fill in each time, not a story.
  if (FORM_NAME.test(name)) return 'context';
  // "#### Date: 16.01.2023 - 30.01.2023" under a sprint's heading: the field of a record, no story.
  if (DATE_FIELD_NAME.test(name)) return 'context';
  if (name.length > 120) return undefined;
  const iteration = ITERATION_PREFIX.exec(name);
  if (iteration) {
    // The iteration's number or name is optional: "Sprint Goal", "Sprint 1 Risks".
    const unnumbered = iteration[0].length - (iteration[1]?.length ?? 0);
    const role = roleGoingOn(name.slice(iteration[0].length), byName) ?? roleGoingOn(name.slice(unnumbered), byName);
    if (role) return role;
  }
  const forIteration = ITERATION_SUFFIX.exec(name);
  const iterationRole = forIteration ? byName.get(name.slice(0, forIteration.index)) : undefined;
  if (iterationRole) return iterationRole;
  if (namesCriteria(name, byName) || qualifiesMetrics(name, vocabulary)) return 'success';
  const subject = SUBJECT_PREFIX.exec(name);
  const asks = /\?[\s*_]*$/.test(raw);
  const when = asks ? WHEN_FIRST.exec(name) : null;
  return (
    roleGoingOn(name, byName, asks) ??
    (subject ? roleGoingOn(name.slice(subject[0].length), byName) : undefined) ??
    (when ? roleGoingOn(name.slice(when[0].length), byName, asks) : undefined) ??
    ownedRole(name, byName)
  );
}

/**
 * "Our vision for Wagtail", "Our goals for 2024", "Our users", "Project's Purpose or Goal": a known name the team says
 * is its own or the project's, and what it is for. Only after "our" (or "my", "their", "project's"): "Documentation
 * for the new API" is a title.
 */
const OWNED = /^(?:our|my|their|(?:the\s+)?(?:project|product|app|team|system)['’]s)\s+/;
function ownedRole(name: string, byName: ReadonlyMap<string, SectionRole>): SectionRole | undefined {
  const owned = OWNED.exec(name);
  if (!owned) return undefined;
  const rest = name.slice(owned[0].length);
  const known = /^(.+?)\s+for\s+\S/.exec(rest)?.[1];
  return byName.get(rest) ?? (known !== undefined ? byName.get(known) : undefined) ?? joinedRole(rest, byName);
}

/**
 * "At the end of the weekend, what does success look like?", "In six months, how will we know?": a template's question
 * that first says when it asks about. Only before a question word, in a heading that asks.
 */
const WHEN_FIRST = /^(?:at|by|in|after|once|when|within|over)\s[^,?]{1,50},\s+(?=(?:what|who|whom|why|how|which)\s)/;

/**
 * "Customer/Salon Manager Flow": a slash joining the first word of a longer name to words that open with no known
 * name is two titles in one ("Customer Flow", "Salon Manager Flow"), not "Customer" qualified; "Problem /
 * Opportunity", "Acceptance Criteria / BDD Scenarios" and "Background/Context and history" name the part.
 */
function joinsLongerName(rest: string, byName: ReadonlyMap<string, SectionRole>): boolean {
  // Spaced, the slash separates names ("Acceptance Criteria / BDD Scenarios"); unspaced, it joins words of one name.
  const written = /^\/(?=\S)(.*)$/.exec(rest)?.[1];
  if (written === undefined || !written.trim().includes(' ')) return false;
  const other = nameKey(written);
  return ![...byName.keys()].some((known) => other === known || other.startsWith(`${known} `));
}

/**
 * "Goals and Success Metrics", "Purpose or Goal": "and" or "or" joining another known name, as "Goals & Metrics" does.
 * Only a known name after it: "Export and print invoices" is a title.
 */
function joinsKnownName(rest: string, byName: ReadonlyMap<string, SectionRole>): boolean {
  const other = /^\s+(?:and|or)\s+(\S.*)$/.exec(rest)?.[1];
  return other !== undefined && byName.has(other);
}

/** "Purpose or Goal": the first of two known names joined. */
function joinedRole(name: string, byName: ReadonlyMap<string, SectionRole>): SectionRole | undefined {
  for (const known of byName.keys())
    if (name.startsWith(known) && joinsKnownName(name.slice(known.length), byName)) return byName.get(known);
  return undefined;
}

/** A known name, or the longest one followed by a qualifier after a separator ("Scope (Milestone 1)"). */
function roleGoingOn(name: string, byName: ReadonlyMap<string, SectionRole>, asks = false): SectionRole | undefined {
  name = name.trimStart();
  const exact = byName.get(name);
  if (exact) return exact;
  let best: string | undefined;
  for (const known of byName.keys()) {
    if (!name.startsWith(known) || known.length <= (best?.length ?? 0)) continue;
    const rest = name.slice(known.length);
    const goesOn =
      (NAME_GOES_ON.test(rest) && !joinsLongerName(rest, byName)) ||
      (QUESTION_GOES_ON.test(rest) && known.includes(' ')) ||
      PROMPT_GOES_ON.test(rest) ||
      (asks && ASKED_NAME.test(known) && known.includes(' ') && /^\s/.test(rest)) ||
      joinsKnownName(rest, byName);
    if (goesOn) best = known;
  }
  return best === undefined ? undefined : byName.get(best);
}

export interface LabelMatch {
  role: SectionRole;
  /** Offsets relative to the line: the label (with emphasis and colon) and where the value starts. */
  labelStart: number;
  labelEnd: number;
  valueStart: number;
}

/** Recognises `**Who:** …`, `Who: …`, `- **Outcome**: …`, `**Acceptance Criteria**` at the start of a line. */
export function matchLabelLine(written: string, vocabulary: Vocabulary = DEFAULT_VOCABULARY): LabelMatch | undefined {
  const { byName, labelLine } = namesOf(vocabulary);
  const line = spacesRead(written);
  const bold = BOLD_LINE.exec(line);
  const heading = bold ? { indent: bold[1]!, name: bold[3]! } : wikiHeading(line);
  if (heading) {
    const role = sectionRoleOf(heading.name, vocabulary);
    if (role) {
      const end = line.trimEnd().length;
      return { role, labelStart: heading.indent.length, labelEnd: end, valueStart: line.length };
    }
  }
  const m = labelLine.exec(line);
  if (!m) return undefined;
  const colonCount = (m[4] ? 1 : 0) + (m[6] ? 1 : 0);
  if (colonCount !== 1) return undefined;
  if (Boolean(m[2]) !== Boolean(m[5]) && !(m[2] && m[6] === undefined && m[5] === undefined)) {
    // Unbalanced emphasis such as `**Who: x` is still a label; only reject a closing marker without an opener.
    if (!m[2]) return undefined;
  }
  const role = byName.get(nameKey(m[3]!));
  if (!role) return undefined;
  const nameEnd = m.index + m[0].toLowerCase().indexOf(m[3]!.toLowerCase(), m[1]!.length) + m[3]!.length;
  if (joinsLongerName(line.slice(nameEnd, m[0].length).replace(/[\s:*_]+$/, ''), byName)) return undefined;
  const labelStart = m[1]!.length;
  return { role, labelStart, labelEnd: m[0].trimEnd().length, valueStart: m[0].length };
}

function wikiHeading(line: string): { indent: string; name: string } | undefined {
  const m = WIKI_HEADING_LINE.exec(line);
  return m ? { indent: m[1]!, name: m[2]! } : undefined;
}

/**
 * The start of the first label line after the first line of `[from, to]`: where fields written
 * under a sentence or a list item begin (Markdown folds them into the paragraph or the item).
 */
export function firstLabelLineAfter(
  text: string,
  from: number,
  to: number,
  vocabulary: Vocabulary = DEFAULT_VOCABULARY,
): number | undefined {
  return linesOf(text, from, to).find((line) => line.start > from && matchLabelLine(line.text, vocabulary))?.start;
}
