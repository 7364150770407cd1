/**
 * What a section's heading (and the names of its sub-sections) says it is, before anything in it is read: a
 * backlog, a sprint or a plan whose items are stories; a section named for the stories it lists; a record
 * (meeting notes, a decision record, a retrospective, a quarter's OKRs, a design proposal) or a group of a
 * backlog's items (a priority, a status column) that is never a story itself.
 */

import { perVocabulary, type Vocabulary } from '../language/vocabulary.js';
import type { RootContent } from 'mdast';
import { DATE } from '../text/dates.js';
import { opensWithAsk } from './asked-outcome.js';
import { endOf, startOf } from './blocks.js';
import { KEY_RESULTS } from './kind.js';
import { RATING, namesAside, normaliseName, sectionRoleOf } from './labels.js';
import { headingText, type Section } from './sections.js';
import { isOnlyTable } from './table.js';
import { isOnlyLinksOrTags } from '../text/links.js';
import { isUnfilled } from '../text/placeholder.js';

/**
 * "User Stories", "3. Stories", "User Flows & Stories", "User stories – Leaderboard": a section named for the stories
 * it holds (not "Success stories", nor "User stories addressed": the story an issue delivers, its own statement).
 */
const STORIES_SECTION = new RegExp(
  String.raw`^(?!.*\bsuccess\s+stories\b)(?!.*\bstories\s+addressed$)(?:[\w&/-]+\s+){0,4}` +
    String.raw`(?:stories|user\s+scenarios)(?:(?:\s+[\w&/-]+){0,4}(?:\s*\([^()]*\))?|(?:\s*:|\s+[–—-])\s+\S.{0,80})$`,
);
/**
 * "Product Backlog", "mldata-cli — Sprint Backlog", "Backlog — Blossom Flower Studio", "SBTracker — Feature Backlog",
 * "MapArr Development Backlog", "Feature Backlog & Further Development": a heading named for the backlog it is, never
 * a story. After another word, only a backlog of a kind is one ("Clear the support backlog" is a story about a
 * backlog).
 */
const BACKLOG_KIND =
  String.raw`(?:product|sprint(?:\s+\d+)?|team|project|release|features?|development|dev|engineering|` +
  String.raw`technical|tech|bugs?)`;
const BACKLOG_NAME = new RegExp(
  String.raw`(?:(?:^|\s[-–—:]\s*)(?:${BACKLOG_KIND}\s+)?|\s${BACKLOG_KIND}\s+)backlog(?:$|\s*[-–—:&]\s|\s+and\s)`,
);

/**
 * "Feature request board", "Feature Requests — Post-Migration", "Feature Requests & Optimization Opportunities",
 * "Wishlist", "Wishlist Items": the requests collected, each an item of a backlog.
 */
const REQUEST_BOARD = new RegExp(
  String.raw`^(?:(?:feature|community|user|customer|product)\s+)?` +
    String.raw`(?:requests|request\s+board|wish\s*list(?:\s+items)?|ideas\s+board)(?:$|\s*[-–—:&]\s|\s+and\s)`,
);
/**
 * "Story Map", "User Story Map — Release 1": the backlog laid out along the users' journey; "Project Plan", "Release
 * plan": laid out over time.
 */
const STORY_MAP = /^(?:user\s+)?story[\s-]*map(?:$|\s*[-–—:]\s)/;
const PROJECT_PLAN = /^(?:project|release|delivery)\s+plan(?:$|\s*[-–—:]\s)/;
/** "# ToDos", "# TODO", "# To-do list": a document titled as its author's list of things to do. */
const TODO_LIST = /^(?:to[\s-]?dos?|to[\s-]?do\s+list)$/;
/** "# Relicable Backlog": a document titled with a name and "Backlog" (a story would say what to do with one). */
const TITLE_BACKLOG = /^(?!(?:a|an|the|our|my)\s)[\w.-]+(?:\s+[\w.-]+)?\s+backlog$/;
/** "MoSCoW Prioritization", "MoSCoW list": the features planned, by the priority each has. */
const MOSCOW = /^moscow(?:\s+(?:prioriti[sz]ation|priorities|list|analysis|method))?$/;
/**
 * "# GSoC 2023 Ideas", "# Project Ideas", "Powermiser Wish List": a page titled as the ideas or wishes it lists, each
 * an item.
 */
const TITLE_IDEAS = /^(?!(?:a|an|the|our|my)\s)[\w.-]+(?:\s+[\w.-]+){0,2}\s+(?:ideas|wish\s*list)$/;

/**
 * "Sprint 3", "1st Sprint - Documentation management", "Sprint #2: Accounts", "sprint-100-summary", "Sprint 2.md",
 * "Phase 2A - Sprint 2 (8/31 - 9/8)": a sprint's share of the backlog.
 */
const SPRINT_NAME = new RegExp(
  String.raw`^(?:phase\s+\w{1,3}\s*[-–—:]\s*)?(?:sprint[\s-]*#?\d+|\d+(?:st|nd|rd|th)\s+sprint)` +
    String.raw`(?:$|\s*[-–—:]\s|-\w|\.md$|\s*\([^()\n]{1,30}\)$)`,
);

/** What a section's heading names, as section names are compared; undefined without a heading. */
export const headingName = (section: Section, text: string) =>
  section.heading === undefined ? undefined : normaliseName(headingText(section.heading, text));

const childNamesRead = new WeakMap<Section, string[]>();

/**
 * The names of a section's sub-sections, read once: a decision record, a retrospective, a design proposal and a
 * requirements specification are each told by them.
 */
function childNames(section: Section, text: string): string[] {
  let names = childNamesRead.get(section);
  if (!names) {
    names = section.children.map((c) => headingName(c, text) ?? '');
    childNamesRead.set(section, names);
  }
  return names;
}

/** Whether a name (as `normaliseName` gives it) names a backlog: "Product Backlog", "Backlog". */
export const namesBacklogName = (name: string) => BACKLOG_NAME.test(name);

export const namesBacklog = (section: Section, text: string) => {
  const name = headingName(section, text);
  if (name === undefined) return false;
  return (
    BACKLOG_NAME.test(name) ||
    REQUEST_BOARD.test(name) ||
    STORY_MAP.test(name) ||
    PROJECT_PLAN.test(name) ||
    (section.depth === 1 &&
      (TITLE_BACKLOG.test(name) ||
        TODO_LIST.test(name) ||
        TITLE_IDEAS.test(name) ||
        MOSCOW.test(name) ||
        // "# User Stories for Case Manager App" over a checklist and nothing else: a document titled as the stories
        // it lists.
        (STORIES_SECTION.test(name) && onlyLists(section))))
  );
};

/** A section whose own words are all in lists, under no sub-heading. */
const onlyLists = (section: Section) =>
  section.children.length === 0 && section.own.length > 0 && section.own.every((n) => n.type === 'list');

export const namesSprint = (section: Section, text: string) => SPRINT_NAME.test(headingName(section, text) ?? '');

/** "## Sprint 1", "## Iteration 01": an iteration named by its number alone. */
const ITERATION_NUMBER = /^(?:sprint|iteration)\s*#?\d+$/;
/** "* Start date: 3rd June 2023": the field a sprint's dates are written in. */
const SPRINT_DATE_FIELD = /^[ \t]*[-*+][ \t]+(?:\*\*)?(?:start|end|due)[ \t]+date(?:\*\*)?[ \t]*:/im;

/** "## Sprint 1" over its start and end dates alone: the iteration a plan is written for (a course's template). */
export const datesIteration = (section: Section, text: string) =>
  ITERATION_NUMBER.test(headingName(section, text) ?? '') &&
  section.children.length === 0 &&
  section.own.length > 0 &&
  section.own.every((n) => n.type === 'list' && SPRINT_DATE_FIELD.test(text.slice(startOf(n), endOf(n))));

/** A sprint's look back: "Retrospective", "Sprint Review", "Review & Retro". */
const SPRINT_LOOK_BACK = /^(?:sprint\s+)?(?:retro(?:spective)?|review)(?:\s+(?:and|&)\s+retro(?:spective)?)?$/;

/** "## Sprint 1 (dates)" over its "### Goals" and its "### Retrospective": how the sprint went, a record. */
export const reviewsSprint = (section: Section, text: string) =>
  namesSprint(section, text) && childNames(section, text).some((name) => SPRINT_LOOK_BACK.test(name));

/** A section named for a backlog or for a sprint: prose in it introduces the items it plans, it asks for none. */
export const namesPlan = (section: Section, text: string) => namesBacklog(section, text) || namesSprint(section, text);

/** Every section under a heading named for the backlog (or the sprint) it is, or for the priority its items share. */
export function sectionsInBacklogs(
  section: Section,
  text: string,
  inBacklog = false,
  found = new Set<Section>(),
): Set<Section> {
  if (inBacklog) found.add(section);
  const under = inBacklog || namesPlan(section, text) || PRIORITY_GROUP.test(headingName(section, text) ?? '');
  for (const child of section.children) sectionsInBacklogs(child, text, under, found);
  return found;
}

/**
 * A paragraph (not a table) or a quote of its own: prose, where lists hold items. With `namesItems`, a line wholly in
 * bold over a list ("**Dynamic Spending Modeling:**") names the item under it, as a backlog writes its items: no prose.
 */
export const hasParagraph = (section: Section, text: string, namesItems = false) =>
  section.own.some(
    (n) =>
      n.type === 'blockquote' ||
      (n.type === 'paragraph' &&
        !isOnlyTable(text, startOf(n), endOf(n)) &&
        !isOnlyLinksOrTags(text.slice(startOf(n), endOf(n))) &&
        // "Nothing right now.", "TBD": no words of the section's yet.
        !isUnfilled(text.slice(startOf(n), endOf(n))) &&
        !(namesItems && ITEM_NAME.test(text.slice(startOf(n), endOf(n))))),
  );

/** A paragraph that is one line wholly in bold, a colon after it or not. */
export const ITEM_NAME = /^(\*\*|__)(?![ \t])[^*_\n]{1,80}\1[ \t]*:?[ \t]*$/;

/**
 * A document's title that names what kind of document it is: "EzLib Product Requirements Document (PRD)", "Software
 * Requirements Specification", "Checkout — Design Document", "3.2 Non-Functional Requirements", "Project Functional
 * Spec".
 */
const DOCUMENT_TITLE = new RegExp(
  String.raw`(?:^|\s)(?:product\s+requirements?\s+(?:document|doc)|prd|requirements?\s+(?:document|specification)|` +
    String.raw`(?:non-?\s?functional|functional|system|software|quality)\s+requirements|` +
    String.raw`design\s+(?:document|doc)|(?:technical|functional)\s+(?:specification|spec))(?:\s*\([^()]*\))?$`,
);

export const namesDocument = (section: Section, text: string) =>
  section.depth === 1 && DOCUMENT_TITLE.test(headingName(section, text) ?? '');

/**
 * What a record is named for: "Meeting notes", "Minutes", "Agenda", "Retrospective", "Roadmap", "Future plans / Ideas",
 * "Changelog", "Sprint plan", "Test plan", "Testplan", "Release testing", "Testing strategy", "Postmortem", a "Process
 * journal"; "Sprint Plan Reference", "Roadmap overview".
 */
const RECORD_KIND =
  String.raw`(?:(?:(?:meeting|team|weekly|daily|sync|standup|customer|call|interview)\s+notes|(?:meeting\s+)?minutes|` +
  // "Sprint Review and Retrospective" over "### SPRINT 1", "### SPRINT 2": how each sprint went.
  String.raw`agenda|(?:sprint\s+)?(?:reviews?\s+(?:and|&)\s+)?retro(?:spective)?s?|roadmap|future\s+plans|` +
  String.raw`release\s+notes|change\s*log|` +
  String.raw`status\s+(?:report|update)|` +
  String.raw`post-?mortem|incident\s+(?:report|review)|(?:testing|test|qa)\s+strategy|testplan|release\s+testing|` +
  String.raw`(?:sprint|release|iteration|project|test|qa|annual|quarterly|yearly)\s+plan|` +
  // "Journal of our meetings", "Process journal": a journal alone may be what the product is.
  String.raw`journal(?=\s+of\s)|(?:process|project|team|sprint|development)\s+journal)` +
  String.raw`(?:\s+(?:reference|overview|summary|report))?)`;
/** A meeting's name after its date: "Weekly sync", "Team meeting", "Sprint review", "Notes". */
const MEETING =
  String.raw`(?:meeting|sync|standup|stand-up|notes|minutes|retro|retrospective|review|call|check-in|` +
  String.raw`planning|demo)`;
/** What an iteration's record is: its plan, its planning, its review, its demo, its retrospective, its report. */
const ITERATION_PART = String.raw`(?:planning|plan|review|demo|retro(?:spective)?|retrospect|report)`;
/**
 * "Sprint 1 Planning", "Iteration 2 Plan", "Iteration 02 - Review & Retrospect", "Sprint 2 Report": one iteration's
 * record.
 */
const ITERATION_RECORD =
  String.raw`(?:sprint|release|iteration|pi)\s+#?\d+\s*(?:[-–—:]\s*)?${ITERATION_PART}` +
  String.raw`(?:\s*(?:&|and)\s*${ITERATION_PART})?`;
const ITERATION_RECORD_NAME = new RegExp(String.raw`^${ITERATION_RECORD}$`);
/** Whether a section is named as one iteration's record ("Iteration 02 - Review & Retrospect"). */
export const namesIterationRecord = (section: Section, text: string) =>
  ITERATION_RECORD_NAME.test(headingName(section, text) ?? '');
/** A document titled with a version alone ("# 2.2.3"): its release notes. Under a title, a version groups items. */
const VERSION_TITLE = /^v?\s?\d+(?:\.\d+){1,3}$/;
/**
 * "2020-07-24", "2020-07-31 — Weekly sync", "Retrospective - Sprint 3", "Minutes of the board meeting", "Roadmap
 * Summer/2024", "Release plan v1.0", "Sprint 1 Planning" (a sprint's meeting; "Sprint Planning" over sprints plans
 * them, each a story), "TODOs and Future Plans".
 */
const RECORD_TITLE = new RegExp(
  String.raw`^(?:${DATE}(?:$|\s*[-–—:|]?\s*(?:\S+\s+){0,2}${MEETING}\b)|` +
    // A meeting named before its date, the year perhaps left out: "Sprint planning 03.06", "Weekly sync 2020-07-24",
    // "Notes for DEV CALL 07/02/2021".
    String.raw`(?:\S+\s+){0,3}${MEETING}\s*[-–—:|]?\s*(?:${DATE}|\d{1,2}[./]\d{1,2})$|` +
    String.raw`${ITERATION_RECORD}$|` +
    // "TODOs and Future Plans", "Ideas & Roadmap": the team's list of what is still to do beside it.
    String.raw`(?:todos?|to-?dos|ideas)\s+(?:and|&)\s+${RECORD_KIND}$|` +
    // "Retrospective Sprint 2 (Team 4)": the team's name after the iteration's.
    String.raw`${RECORD_KIND}(?:\s*[-–—:/]\s*\S|\s+(?:of|from|for)\s+\S|` +
    String.raw`(?:\s+\S+){0,2}\s+\S*\d\S*(?:\s*\([^()]*\))?$|$))`,
);
/**
 * "Terminal 2022 Roadmap", "Customer Notes", "EngineO.ai – Product Roadmap (MVP → 12 Months)", "Scalability Roadmap —
 * whatToEat": a record named for what it is about, the words before it a name.
 */
const NAMED_RECORD = new RegExp(String.raw`^((?:\S+\s+){1,4})${RECORD_KIND}(?:\s*\([^()]*\)|\s+[-–—:]\s+\S.*)?$`);

/**
 * "# Release checklist", "# Releasing Git LFS", "# Manual Tests", "# Test for screens/details.js": a page the team
 * keeps beside the product, on how it is released or tested, asking for nothing itself.
 */
const KEPT_PAGE = new RegExp(
  String.raw`^releasing\s+\S|` +
    String.raw`^(?:release|pre-?release|launch|deployment)\s+(?:checklist|process|procedure)$|` +
    String.raw`^(?:manual\s+tests?|(?:manual\s+)?test\s+cases)$|^tests?\s+(?:for|of)\s+\S`,
);

/** "Metrics", "Telemetry", "Data collection": a page named for the data a product records. */
const DATA_PAGE = /^(?:metrics|telemetry|data\s+collection)$/;
/** "… the metrics the add-on will record", "The collected data will be used to …", "pings", "telemetry". */
const DATA_COLLECTED =
  /\b(?:will\s+(?:record|collect|send)|collected\s+data|data\s+(?:we|it)\s+collects?|telemetry|pings?)\b/i;

/** The first paragraph of a page, or of its first chapter if it has none of its own, tells what data is collected. */
function tellsDataCollected(section: Section, text: string): boolean {
  const first = [section, ...section.children]
    .map((s) => s.own.find((n) => n.type === 'paragraph'))
    .find((n) => n !== undefined);
  return first !== undefined && DATA_COLLECTED.test(text.slice(startOf(first), endOf(first)));
}

/**
 * "Personas", "User personas", "Competition", "Competitive analysis", "Competitors", "Project Management concepts",
 * "Core concepts": a page that describes.
 */
const DESCRIBED_PAGE = new RegExp(
  String.raw`^(?:(?:user|target)\s+)?personas$|^(?:competition|competitors|competit(?:ive|or)\s+analysis)$|` +
    String.raw`^(?:[\w-]+\s+){0,3}concepts$`,
);

/** A title naming a guide: "TrackIt - Developer Guide", "Pivotal Tracker \(Guide\)" (escaped), "Guide to …". */
const GUIDE_TITLE = /(?:^|[^\p{L}])guide\\?\)?$|^(?:a\s+)?guide\s+(?:to|for)\s/u;
/** Whether a name (as `normaliseName` gives it) names a guide. */
export const namesGuide = (name: string) => GUIDE_TITLE.test(name);

/**
 * "Key moments in the user journey", "Customer journey map", "Customer's storyline", "Research synthesis: filing
 * taxes", "User Testing Report", "Key Takeaways".
 */
const REPORTED_RESEARCH = new RegExp(
  String.raw`\b(?:(?:user|customer|patient|citizen)(?:['’]s)?\s+(?:journeys?|storylines?)|journey\s+maps?|` +
    String.raw`(?:research|interview|(?:usability|user)(?:\s+test(?:ing)?)?)\s+` +
    String.raw`(?:synthesis|findings|insights|results|report)|key\s+(?:takeaways|findings|insights|learnings))\b`,
);

/** A quarter named alone or with its plan's kind: "Q1 2023", "2017 Q4 OKR", "Q3/24 goals". */
const QUARTER = /^(?:q[1-4]\s*[-/']?\s*\d{2,4}|\d{4}\s*[-/]?\s*q[1-4])(?:\s+(?:okrs?|goals|objectives|plan))?$/;
/** Whether a section under it is named as an OKR's key results. */
const hasKeyResults = (section: Section, text: string): boolean =>
  section.children.some((c) => KEY_RESULTS.test(headingName(c, text) ?? '') || hasKeyResults(c, text));
/**
 * A team's OKRs named for the team or the product: "IPFS Cluster Team OKRs", "Peerpad Objectives and Key Results".
 * Alone, "Objectives and Key Results" names the key results the document lists, as "Acceptance criteria" would.
 */
const NAMED_OKRS = /^((?:\S+\s+){1,4})(?:okrs?|objectives\s+and\s+key\s+results)$/;
/** A line naming the key results listed under it: "**Key Results:**" (a legend's "Key Results: 3-5 …" lists none). */
const KEY_RESULTS_LINE = /^[ \t]*(?:\*\*|__)?key[ \t]+results?[ \t]*(?::[ \t]*(?:\*\*|__)?|(?:\*\*|__):)[ \t]*$/im;
/** Whether an objective under the section lists its key results: criteria still to judge. */
const listsKeyResults = (section: Section, text: string) =>
  hasKeyResults(section, text) || KEY_RESULTS_LINE.test(text.slice(section.start, section.end));

/** A decision record's sections (Nygard's and MADR's templates): the decision, and what else it is recorded with. */
const DECISION = /^decision(?:\s+outcome)?$/;
const DECISION_PART = new RegExp(
  String.raw`^(?:status|consequences|(?:positive|negative)\s+consequences|considered\s+options|options\s+considered|` +
    String.raw`decision\s+drivers|pros\s+and\s+cons\s+of\s+the\s+options)$`,
);

/** "## Context", "## Decision", "## Consequences": an architecture decision record, which decides, and asks nothing. */
const isDecisionRecord = (section: Section, text: string) => {
  const names = childNames(section, text);
  return names.some((n) => DECISION.test(n)) && names.some((n) => DECISION_PART.test(n));
};

/** A design proposal's parts (Rust, Vue and Kubernetes RFCs, Windows specs): the design, and how it is weighed. */
const DESIGN_PART = new RegExp(
  String.raw`^(?:detailed\s+design|design\s+details?|detailed\s+proposal|solution\s+design|` +
    String.raw`(?:design|implementation)\s+proposal|(?:reference|guide)-level\s+explanation|` +
    // O3DE's "Technical design description", Ray's "Design and Architecture".
    String.raw`(?:feature|technical)\s+design(?:\s+description)?|design\s+and\s+architecture|` +
    // Scala's "Design Decisions", PyTorch's "Proposed Implementation".
    String.raw`design\s+decisions|proposed\s+implementation)$`,
);
/** A proposal's chapters named so, the question its template asks after the name aside ("Motivation: Why is …?"). */
const chapterNamed = (name: string) => new RegExp(String.raw`^${name}(?::\s+(?:why|how|what)\b.*)?$`);
const MOTIVATION = chapterNamed('(?:general\\s+)?motivation');
const PROPOSAL_CHAPTER = [/^abstract$/, MOTIVATION, chapterNamed('specification'), chapterNamed('rationale')];
/** The approaches a proposal weighs, named so: "Approaches", "Alternative approaches", "Proposed approaches". */
const APPROACHES = /^(?:(?:alternative|possible|proposed|considered)\s+)?approaches$/;
/**
 * An API spec's chapters (WinUI's, the Windows App SDK's and WebView2's templates): the API's pages or notes, and its
 * details.
 */
const API_PAGES = /^api\s+(?:pages|notes)$/;
const API_DETAILS = /^api\s+details$/;
/** A working-backwards document's parts: the launch told as if done, then the questions the public and the team ask. */
const WORKING_BACKWARDS = /^working\s+backwards$/;
const PUBLIC_FAQ = /^(?:public|external|customer)\s+faqs?$/;
const INTERNAL_FAQ = /^internal\s+faqs?$/;
const WEIGHING_PART = new RegExp(
  String.raw`^(?:drawbacks(?:\s*(?:\/|and|&)\s*trade-?offs)?|trade-?offs|prior\s+art|unresolved\s+questions|` +
    String.raw`rationale\s+and\s+alternatives|` +
    String.raw`alternatives(?:\s+considered)?|alternative\s+proposals(?:\s+and\s+considerations)?|` +
    String.raw`adoption\s+strategy|future\s+possibilities|potential\s+issues|` +
    // A design document's (M3DB's, a PEP's) "Open issues", its "Future work".
    String.raw`open\s+(?:issues|questions)|future\s+work|` +
    // A web platform explainer's (the W3C TAG's template): what it risks, and what implementers said of it.
    String.raw`(?:privacy|security)\s+considerations|stakeholder\s+feedback(?:\s*\/\s*opposition)?|` +
    // O3DE asks: "What are the disadvantages of the feature?", "Are there any alternatives to this feature?".
    String.raw`what\s+are\s+the\s+disadvantages\s+of\s+the\s+feature|` +
    String.raw`are\s+there\s+any\s+alternatives\s+to\s+this\s+feature)\??$`,
);

/**
 * "# Summary", "# Motivation", "# Detailed design", "# Drawbacks": a design proposal (an RFC, a KEP), which weighs how
 * to build something; the stories it serves are its User Stories, if any. Named a proposal in its title, what it
 * weighs is enough. A story weighing alternatives without a design of its own (a feature request's "Alternatives")
 * is still a story.
 */
export const isDesignProposal = (section: Section, text: string) => {
  // Named a proposal in its title ("# RFC: Managing access to records", "# KEP-1440: kubectl events"), or in the
  // fields its template opens with ("- RFC PR: …"), it is one.
  if (PROPOSAL_TITLE.test(headingName(section, text) ?? '') || opensWithProposalFields(section, text)) return true;
  if (section.heading !== undefined && NUMBERED_PROPOSAL.test(headingText(section.heading, text))) return true;
  const names = childNames(section, text);
  // Its design may be a chapter of its Proposal ("## Proposal" over "### Design Details", as Karmada's are).
  const chapters = [...names, ...section.children.flatMap((c) => childNames(c, text))];
  // Under an untitled document's opening sections ("## Summary" over "### General Motivation"), their chapters are
  // the document's.
  const told = section.heading === undefined ? chapters : names;
  // A KEP may weigh its approaches inside its Proposal: its Motivation beside its Design (Details) tells it; so does
  // its Motivation beside the Approaches it weighs.
  const motivated = told.some((n) => MOTIVATION.test(n));
  if (motivated && chapters.some((n) => n === 'design' || DESIGN_PART.test(n) || APPROACHES.test(n))) return true;
  // Three of the chapters a proposal's templates share, whatever its design is named: its Motivation beside two of what
  // it weighs ("Drawbacks", "Unresolved questions"); an improvement proposal's (a BIP's, a PEP's, a CIP's) Abstract,
  // Motivation, Specification and Rationale.
  const parts = names.filter((n) => PROPOSAL_CHAPTER.some((chapter) => chapter.test(n)) || WEIGHING_PART.test(n));
  if (new Set(parts).size > 2) return true;
  if (names.some((n) => API_PAGES.test(n)) && names.some((n) => API_DETAILS.test(n))) return true;
  const backwards = names.some((n) => WORKING_BACKWARDS.test(n));
  if (names.some((n) => INTERNAL_FAQ.test(n)) && (backwards || names.some((n) => PUBLIC_FAQ.test(n)))) return true;
  // What it weighs may be a chapter of its design ("## Design Details" over "### Pros", "### Alternatives").
  const designs = section.children.filter((_, i) => DESIGN_PART.test(names[i]!));
  const weighed = [...told, ...designs.flatMap((c) => childNames(c, text))];
  return chapters.some((n) => DESIGN_PART.test(n)) && weighed.some((n) => WEIGHING_PART.test(n));
};

/**
 * A README's chapters on getting the project running: "Installation", "Getting started", "User Guide", "Usage",
 * "How to run", "Tests", "Running the tests", "Build", "Prerequisites", "Setup instructions".
 */
const README_CHAPTER = new RegExp(
  String.raw`^(?:installation|installing|install|set\s*up|setup(?:\s+instructions)?|getting\s+started|quick\s*start|` +
    String.raw`user\s+guide|usage|how\s+to\s+(?:use|run|install|build|test)(?:\s+(?:it|the\s+\w+))?|` +
    String.raw`running(?:\s+(?:it|locally|the\s+(?:app|application|project|tests)))?|prerequisites|` +
    String.raw`build(?:ing)?|tests?|testing|running\s+tests|local\s+development|development\s+setup)$`,
);

/**
 * A project's README: two chapters or more on installing, running or testing it ("### User Guide", "### Tests"). It
 * describes the project; a story stated in it is still a story.
 */
export const isProjectReadme = (section: Section, text: string) =>
  childNames(section, text).filter((n) => README_CHAPTER.test(n)).length > 1;

/** What an investigation found: "Results", "Findings", "Observations". */
const FINDINGS = /^(?:results|findings|observations)$/;
/** What it concludes: "Conclusion", "Conclusions and next steps", "Conclusion and recommendations". */
const CONCLUSIONS = /^conclusions?(?:\s+(?:and|&)\s+(?:next\s+steps|recommendations?))?$/;
/** One option weighed: "Option 1", "Option-2 - AWS EventBridge", "Option A: a queue per consumer". */
const OPTION = /^option\s*[-#]?\s*(?:\d+|[a-z])\b/;
/** The option chosen or advised: "Recommendation(s)", "Recommended option", "Conclusion", "Decision". */
const RECOMMENDED = /^(?:recommendations?|recommended\s+(?:option|approach)|conclusions?|decision)\b/;

/**
 * An investigation's write-up (a spike's results beside its conclusions) or an options analysis (two or more options
 * weighed beside the one recommended): it reports what was found or weighs how to build, asking for no story.
 */
export const isInvestigationReport = (section: Section, text: string) => {
  const names = childNames(section, text);
  if (names.some((n) => FINDINGS.test(n)) && names.some((n) => CONCLUSIONS.test(n))) return true;
  return names.filter((n) => OPTION.test(n)).length > 1 && names.some((n) => RECOMMENDED.test(n));
};

/**
 * A chapter describing how the product is built: "Architecture and Design", "Logical Architecture", "Application
 * Domain", "Domain Model", "Component Diagram", "OO Design Principles", "Detailed design", "Data model".
 */
const BUILT_CHAPTER = new RegExp(
  String.raw`^(?:(?:(?:logical|physical|system|software|technical|high-?\s?level|overall)\s+)?architecture` +
    String.raw`(?:\s+(?:and|&)\s+design|\s+overview)?|(?:application\s+)?domain(?:\s+model)?|` +
    String.raw`(?:component|class|deployment|package)\s+diagrams?|(?:oo|object-?\s?oriented)\s+design\s+principles|` +
    String.raw`design\s+principles|detailed\s+design|data\s+model|database\s+(?:design|schema))$`,
);

/**
 * A design document: two chapters or more on how the product is built (its architecture beside its domain model).
 * It describes the product as it is designed, asking for nothing; a story stated in it is still a story.
 */
export const describesDesign = (section: Section, text: string) =>
  new Set(childNames(section, text).filter((n) => BUILT_CHAPTER.test(n))).size > 1;

/**
 * "1. Introduction", "2. Overall description", "3. Specific requirements": a software requirements specification in
 * IEEE 830's outline, or titled one, which specifies the product; its chapters ask for no story, a statement written in
 * it does.
 */
export const isRequirementsSpecification = (section: Section, text: string) => {
  const names = childNames(section, text);
  // A note after the name ("2. Overall description [DONE: Bogdan]") is the team's.
  const named = (pattern: RegExp) => names.some((n) => pattern.test(n.replace(/\s*[[(][^\])]*[\])]$/, '')));
  if (named(/^overall\s+description$/) && named(/^(?:specific\s+)?requirements$/)) return true;
  // "# SRS", "# Software Requirement Specifications"; "# Requirements" (or "# System Requirements") over its functional
  // and non-functional ones.
  if (section.depth !== 1) return false;
  const name = headingName(section, text) ?? '';
  return (
    SRS_TITLE.test(name) ||
    (/^(?:(?:system|software|product|project)\s+)?requirements$/.test(name) &&
      named(/^functional\s+requirements$/) &&
      named(/^non-?\s?functional\s+requirements$/))
  );
};
const SRS_TITLE = /^(?:srs|software\s+requirements?\s+specifications?(?:\s*\(srs\))?)$/;

/**
 * "Issue States RFC", "RFC: Export datasets", "RFC 0042 - …", "KEP-1440: kubectl events", "Open Grant Proposal",
 * "Subtitle Style Menu Explainer" (a web platform feature's): named a proposal.
 */
const PROPOSAL_TITLE = new RegExp(
  String.raw`(?:^|\s)(?:rfcs?|keps?|design\s+proposal|grant\s+(?:proposal|application)|explainer)(?:$|[\s:#-])`,
);

/** A field of an RFC template's opening list: "- RFC PR: …", "- RFC Type: feature", "* RFC Status: approved". */
/**
 * A title numbering its proposal as its project does: "KEP-1440", "KEEP-0023", "GEP-2627" (an enhancement proposal's),
 * "SIP-27", "BIP 32" (an improvement proposal's), "CFP-2024-06-12: …", "TAP 20"; an "IMP-9" of a backlog is its item.
 */
const NUMBERED_PROPOSAL = /^[\s*_]*(?:[A-Z]{0,3}EP|[A-Z]{1,2}IP|CFP|TAP)[\s-]?#?\d+(?:[-.]\d+)*(?=$|[\s:.)–—-])/;
const PROPOSAL_FIELD = /^[ \t]*[-*+][ \t]+(?:rfc|kep)[ \t]+(?:pr|type|status|driver|number|issue|tracking)[ \t]*:/im;

/** A design document's type, as its template asks for it in the list under the title: "- **Type**: UX Design". */
const DESIGN_TYPE_FIELD = new RegExp(
  String.raw`^[ \t]*[-*+][ \t]+(?:\*\*)?type(?:\*\*)?[ \t]*:(?:\*\*)?[ \t]*` +
    String.raw`(?:(?:ux|ui|technical|product|system)\s+)?(?:design|proposal|rfc)\b`,
  'im',
);

/**
 * The document's own list before its first heading holds the fields of a proposal's template; or the list its title
 * opens with types it a design.
 */
const opensWithProposalFields = (section: Section, text: string) => {
  if (namesAuthorAndStatus(section, text)) return true;
  if (section.heading === undefined)
    return section.own.some((n) => n.type === 'list' && PROPOSAL_FIELD.test(text.slice(startOf(n), endOf(n))));
  const first = section.own[0];
  return first?.type === 'list' && DESIGN_TYPE_FIELD.test(text.slice(startOf(first), endOf(first)));
};

/** A field of a document's header, as a line, a list item or a table row: "Author:", "* **Status**:", "| Author |". */
const headerField = (name: string) =>
  new RegExp(String.raw`^[ \t]*(?:[-*+][ \t]+|\|[ \t]*)?(?:\*\*|__|\*|_)?${name}(?:\*\*|__|\*|_)?[ \t]*(?::|\|)`, 'im');
const AUTHOR_FIELD = headerField(String.raw`authors?(?:\(s\))?`);
const STATUS_FIELD = headerField('status');
/** The same fields as keys of a front matter: "authors:" over its list, "status: implemented". */
const AUTHOR_KEY = /^authors?[ \t]*:/m;
const STATUS_KEY = /^status[ \t]*:/m;
/** Whether a front matter (its YAML) names who wrote the document and where it stands: a proposal's, a KEP's. */
export const matterNamesAuthorAndStatus = (yaml: string) => AUTHOR_KEY.test(yaml) && STATUS_KEY.test(yaml);

/**
 * The header a proposal opens with names who wrote it and where it stands ("| Author | @bmeck |" beside "| Status |
 * DRAFT |", "* **Author**: …" beside "* **Status**: Implemented"; a front matter's, `matterNamesAuthorAndStatus`): a
 * design record, whatever its chapters are named. An author alone is no such header: an issue names who wrote it too.
 */
function namesAuthorAndStatus(section: Section, text: string): boolean {
  const header = section.own
    .filter((n) => n.type === 'paragraph' || n.type === 'list' || n.type === 'table')
    .map((n) => text.slice(startOf(n), endOf(n)))
    .join('\n');
  return AUTHOR_FIELD.test(header) && STATUS_FIELD.test(header);
}

/**
 * A retrospective's questions: "What went well?" beside "What didn't go well?", "What could be improved?", or beside
 * the problems met ("Problems encountered and resolutions", "Challenges").
 */
const WENT_WELL = /^what\s+(?:went|worked)\s+(?:well|right)$/;
const WENT_WRONG = new RegExp(
  String.raw`^what\s+(?:didn'?t|did\s+not|went\s+(?:wrong|badly|poorly)|could|can|should|problems|to\s+improve|` +
    String.raw`would|challenges|needs)\b|` +
    String.raw`^(?:problems|issues|challenges|difficulties)(?:$|\s+(?:encountered|faced|met)\b)`,
);

/** Its sections ask what went well and what did not: a retrospective, whatever its title. */
export const isRetrospective = (section: Section, text: string) => {
  const names = childNames(section, text);
  return names.some((n) => WENT_WELL.test(n)) && names.some((n) => WENT_WRONG.test(n));
};

/** Who said something in a thread and when: "… commented at [date]", "… opened issue at …", "… replied on …". */
const COMMENT_HEADING = /\b(?:commented|replied|wrote|opened\s+(?:this\s+)?(?:issue|pull\s+request))\s+(?:at|on)\b/i;

/** The words a meeting's notes name who was there with: a heading's, a field's. */
const ATTENDED = 'attendees|attending|attendance|participants|present';
/** A meeting's fields: its date, and who attended ("- Date: 2/22/21" beside "- Attendance: 9/9"). */
const DATE_FIELD = /^[ \t]*[-*+][ \t]+(?:\*\*)?date(?:\*\*)?[ \t]*:/im;
const ATTENDANCE_FIELD = new RegExp(String.raw`^[ \t]*[-*+][ \t]+(?:\*\*)?(?:${ATTENDED})(?:\*\*)?[ \t]*:`, 'im');

/** A file or a title opening with a meeting's fields in a list: its notes, whatever the headings after them. */
export const opensWithMeetingFields = (section: Section, text: string) => {
  const first = section.own[0];
  if (section.depth > 1 || first?.type !== 'list') return false;
  const fields = text.slice(startOf(first), endOf(first));
  return DATE_FIELD.test(fields) && ATTENDANCE_FIELD.test(fields);
};

/** The people a meeting's notes list as there. */
const ATTENDANCE = new RegExp(`^(?:${ATTENDED}|who was there)$`);

/**
 * A heading naming a record of what was said or planned (meeting notes, a roadmap, a retrospective, a changelog): its
 * prose reports, it asks for nothing. Before the record's kind only a name in capitals or numbers: "Provide technical
 * changelog", "Show the roadmap" ask for one.
 */
export const namesRecord = (section: Section, text: string, vocabulary: Vocabulary) => {
  const name = headingName(section, text);
  if (name === undefined) return false;
  if (RECORD_TITLE.test(name) || isDecisionRecord(section, text)) return true;
  // A team's OKRs record what was planned, unless objectives list their key results: criteria still to judge.
  const team = NAMED_OKRS.exec(name)?.[1];
  if (team !== undefined && namedFor(team, section, text, vocabulary)) return !listsKeyResults(section, text);
  // "[Matt](…) commented at [2021-06-25 08:02](…):", an issue export's comment: what was said in a thread.
  if (COMMENT_HEADING.test(name)) return true;
  // "## Attending" over the people who were there: meeting notes, whatever their title.
  if (childNames(section, text).some((n) => ATTENDANCE.test(n))) return true;
  // A journey or a research write-up reports what people do and say, under the document's title.
  if (section.depth === 1 && REPORTED_RESEARCH.test(name)) return true;
  // "# Developer Guide", "# Pivotal Tracker (Guide)": how a product or the team works, asking for nothing itself.
  if (section.depth === 1 && namesGuide(name)) return true;
  if (section.depth === 1 && KEPT_PAGE.test(name)) return true;
  // "# Metrics" over "A summary of the metrics the add-on will record", "# Telemetry": what the product sends home, the
  // events and their fields, not the signs a story's need is met.
  if (section.depth === 1 && DATA_PAGE.test(name) && tellsDataCollected(section, text)) return true;
  // "# Personas", "# Competition", "# Core concepts": a page describing the people the product is for, the products it
  // competes with, the ideas it rests on.
  if (section.depth === 1 && DESCRIBED_PAGE.test(name) && !opensWithAsk(name, vocabulary)) return true;
  // A quarter's plan ("Q1 2023", "2017 Q4 OKR") records what was planned, unless its objectives list their key
  // results: those are criteria still to judge.
  if (QUARTER.test(name)) return !hasKeyResults(section, text);
  if (section.depth === 1 && VERSION_TITLE.test(name)) return true;
  if (section.depth === 1 && answersQuestionnaire(section, text, vocabulary)) return true;
  const before = NAMED_RECORD.exec(name)?.[1];
  return before !== undefined && namedFor(before, section, text, vocabulary);
};

/**
 * Whether the words before a record's kind in a heading's name (`before`) are a name: in capitals or numbers, as the
 * heading writes them, the first no verb of asking ("Agile - Retrospective", not "Provide technical changelog").
 */
function namedFor(before: string, section: Section, text: string, vocabulary: Vocabulary): boolean {
  // Words of letters or numbers: "Agile - Retrospective" names its record after "Agile", "gRPC-Web Roadmap" and
  // "rust-libp2p Roadmap" after a product written in small letters, a capital or a digit inside.
  const words = before
    .trim()
    .split(' ')
    .filter((word) => /[\p{L}\p{N}]/u.test(word));
  const raw = headingText(section.heading!, text)
    .replace(/[*_`~]/g, '')
    .split(/\s+/)
    .filter((word) => /[\p{L}\p{N}]/u.test(word));
  return (
    words.length > 0 &&
    raw.slice(0, words.length).every((word) => /[\p{Lu}\p{N}]/u.test(word)) &&
    !opensWithAsk(words[0]!, vocabulary)
  );
}

/**
 * "# WoofWoof (Team 04)" over "Q1: What are you planning to build?", "Q2: Who are your target users?": a course's
 * planning questionnaire the team answered, describing its product. Its sub-sections mostly ask questions no section
 * name knows; an issue template's ("Why is this important?") name the parts of a story.
 */
function answersQuestionnaire(section: Section, text: string, vocabulary: Vocabulary): boolean {
  const questions = section.children.filter((c) => asksQuestion(c, text));
  return (
    questions.length >= 2 &&
    questions.length * 2 >= section.children.length &&
    questions.every((c) => sectionRoleOf(headingText(c.heading!, text), vocabulary) === undefined)
  );
}

/** A heading that asks a question: a planning template's prompt ("Q3: Why would your users choose your product?"). */
export const asksQuestion = (section: Section, text: string) =>
  section.heading !== undefined && /\?[\s*_]*$/.test(headingText(section.heading, text));

/** A priority the items under a heading share: "High priority", "Must have (MVP)", "Nice to have", "P2", "Bonuses". */
export const PRIORITY_GROUP = new RegExp(
  String.raw`^(?:(?:highest|high|medium|mid|low|lowest|top|critical|urgent)\s+(?:priority|priorities)|` +
    String.raw`priority\s*\d|p[0-4]|(?:must|should|could|won'?t)[\s-]+haves?|nice[\s-]+to[\s-]+haves?|` +
    // What is done if time allows: "Bonuses", "Stretch goals", "Optional features".
    String.raw`bonus(?:es)?|bonus\s+features?|stretch(?:\s+goals?)?|optional(?:\s+features?)?)` +
    String.raw`(?:\s*\([^()]*\))?$`,
);

/**
 * A backlog's legend of the fields its items carry ("##### Priority:" over "1 - 5, with 1 being the highest", "Point
 * Estimate:", "Story points", a "Color Legend"): how items are rated or marked, no item.
 */
export const FIELD_LEGEND = new RegExp(
  String.raw`^(?:priority|priorities|(?:story\s+)?points?|(?:point\s+|effort\s+)?estimates?|estimation|effort|size|` +
    String.raw`status|(?:colou?r\s+|status\s+)?legend)$`,
);

/** A board's column: "Done", "Resolved", "In progress", "Completed Requests", "Remaining (3)". */
const STATUS_COLUMN = new RegExp(
  String.raw`^(?:recently\s+)?(?:done|completed?|resolved|shipped|closed|archived?|in\s+progress|remaining|pending|` +
    String.raw`to\s*do|next|up\s+next|now|later|icebox|blocked|ready|parked|deferred|active|open|doing|wip|planned|` +
    String.raw`unplanned|finished)` +
    String.raw`(?:\s+(?:requests|items|work|tasks|stories|issues|features))?(?:\s*\([^()]*\))?$`,
);

/** A heading in a backlog over a group of its items: the stories it lists, a column of the board. */
export const namesGroup = (section: Section, text: string) =>
  listsTheStories(section, text) || STATUS_COLUMN.test(headingName(section, text) ?? '');

/** A questionnaire's prompt for the stories: "Q5: What are the user stories that make up the MVP?". */
const STORIES_QUESTION = /^(?:what|which)\s+(?:are|were)\s+(?:the|our|your)\s+(?:[\w-]+\s+)?stories\b/;

/** "Ideas", "Feature ideas", "Ideas for later": a group of a backlog's items. */
export const IDEAS = /^(?:[\w-]+\s+)?ideas\b/i;

/** "User stories", "Vue webclient user stories", "What are our stories?": a name for the stories listed under it. */
export const namesStoryList = (name: string) => STORIES_SECTION.test(name) || STORIES_QUESTION.test(name);

export const listsTheStories = (section: Section, text: string) => {
  const name = headingName(section, text);
  return name !== undefined && namesStoryList(name);
};

/** "Use cases", "Potential Project Use-cases": a section named for the uses it lists, each a need of its own. */
const USE_CASES = /^(?:[\w&/-]+\s+){0,3}use[\s-]cases$/;
export const namesUseCases = (section: Section, text: string) => USE_CASES.test(headingName(section, text) ?? '');

/** A context section that tells about the work and never tells the item itself: a glossary, a Definition of Ready. */
export const isAsideContext = (section: Section, text: string) => namesAside(headingName(section, text) ?? '');

const cardFieldsOf = perVocabulary((vocabulary) => new Set(vocabulary.cardFields.map((f) => f.toLowerCase())));
/** A list item's opening "key:" ("tags: [Sprint 2]", "**Workload:** Easy", "steps:" over its sub-items). */
const FIELD_KEY = /^[\s*_]*([\p{L}][\p{L} ]{0,20}?)[\s*_]*:/u;

/**
 * An item of a story's list that files the story rather than checks it: its rating ("- highest priority") or a field
 * of its card ("- Related persona: Lara Foster", "- Story points: 3").
 */
export function isCardNote(item: string, vocabulary: Vocabulary): boolean {
  const key = FIELD_KEY.exec(item)?.[1];
  return (
    RATING.test(item.replace(/[*_]/g, '').trim()) ||
    (key !== undefined && cardFieldsOf(vocabulary).has(key.trim().toLowerCase()))
  );
}

/**
 * Whether a heading's own text is only the fields a board's card lists under it ("- tags: [Sprint 2]", "- workload:
 * Easy", "- steps:" over its checklist): metadata of the item the heading states, no text of a story's own.
 */
export function onlyCardFields(nodes: readonly RootContent[], text: string, vocabulary: Vocabulary): boolean {
  const fields = cardFieldsOf(vocabulary);
  return (
    nodes.length > 0 &&
    nodes.every(
      (node) =>
        node.type === 'list' &&
        node.children.every((item) => {
          const first = item.children[0];
          if (first?.type !== 'paragraph') return false;
          const key = FIELD_KEY.exec(text.slice(startOf(first), endOf(first)))?.[1];
          return key !== undefined && fields.has(key.trim().toLowerCase());
        }),
    )
  );
}
