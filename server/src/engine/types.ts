/** A half-open range of UTF-16 code-unit offsets into a document's text. */
export interface Span {
  start: number;
  end: number;
}

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type SeverityOrOff = Severity | 'off';

/** The elements a story can name, in the order the guideline lists them. */
export type ElementKind = 'who' | 'outcome' | 'why' | 'success' | 'consequence' | 'assumptions' | 'solution';

export type StoryShape = 'value' | 'classic' | 'job' | 'unknown';

/**
 * What an item is (SPEC §2): a story, or a bug report, a technical task or chore, or a spike; or acceptance
 * criteria written apart from the story they accept (their items are judged, nothing else is asked).
 * Only stories are asked for their elements and scored.
 */
export type StoryKind = 'story' | 'bug' | 'task' | 'spike' | 'question' | 'criteria';

/**
 * One named piece of a story: a field (`**Who:** …`), a sub-heading section, or a clause of a
 * classic/job sentence.
 */
export interface StoryElement {
  kind: ElementKind;
  /** Where the text of the element sits (without its label). Empty when only the label is present. */
  span: Span;
  text: string;
  /** The label (`Who:`, `### How we'll know`) or the sentence keyword (`As a`, `I want`, `so that`). */
  label?: Span;
  /** `prose`: read by meaning from a Problem or Background paragraph (SPEC §2); it has no label. */
  from: 'field' | 'heading' | 'sentence' | 'prose';
  /** Where the element's whole block ends, items included (fields and sections only). */
  blockEnd?: number;
  /**
   * A who section or field answered with something other than a person ("More visible vote count
   * change"): written, but it names nobody, so the story still lacks its who.
   */
  namesNobody?: true;
  /** A want said with a "not" in its keyword ("I do not want results per genre"): what the person is to be spared. */
  negated?: true;
}

/** A list item or line under a success or assumptions element. */
export interface StoryItem {
  span: Span;
  text: string;
  /** `[ ]`/`[x]` task-list marker, when present. */
  checkbox?: Span;
  /** Its words open an HTML block (`- <!-- … -->Basic requirements`): Markdown shows them as raw HTML. */
  rawHtml?: true;
  /**
   * The block it was read from where no fix writes: the raw HTML of an `<li>` in an Azure DevOps description, the
   * indented code of a statement's "AC1. …" lines.
   */
  readOnlyBlock?: Span;
  /** A line of a scenario under its own heading (`#### Scenario: …`): only its Then is a criterion. */
  inScenario?: true;
  /**
   * The words of the lead-in its list completes, when they say who can do what the items name ("The demo is done
   * when one person can" over "- create an item, …"): the item is judged with them.
   */
  completes?: string;
  /** A heading above it names the period it is for ("### Q1 2020" over key results): its timeframe. */
  inPeriod?: true;
}

/** A classic (`As a … I want … so that …`) or job (`When … I want to … so I can …`) sentence. */
export interface StorySentence {
  form: 'classic' | 'job';
  span: Span;
  who?: StoryElement;
  situation?: StoryElement;
  outcome?: StoryElement;
  why?: StoryElement;
  /**
   * The raw HTML block the statement was read from (an Azure DevOps description kept as HTML): no fix
   * writes there, where a placeholder would be read as a tag and a field line would join the block.
   */
  inHtml?: Span;
  /**
   * The tracker item a sprint page or an index cites: its number ("#1845"), written beside the statement or ending the
   * address of the link whose text the statement is ("[#1845 - As a data analyst, I want …](https://…/issues/1845)"),
   * or else that link's address. Two citations of one item are one story.
   */
  cites?: string;
}

export interface Story {
  /** Stable within one document: the index of the story in document order. */
  index: number;
  shape: StoryShape;
  /** A one-line story is a list item or paragraph holding just a classic or job sentence. */
  oneLine: boolean;
  span: Span;
  title?: string;
  titleSpan?: Span;
  /** Depth of the story's heading (0 when the story has none). */
  depth: number;
  sentence?: StorySentence;
  elements: Partial<Record<ElementKind, StoryElement>>;
  criteria: StoryItem[];
  assumptions: StoryItem[];
  /** Where new field lines go: the end of the last field/sentence line of the story's own text. */
  fieldInsertAt: number;
  /** Where new sections go: the end of the story's text. */
  endInsertAt: number;
  /**
   * The line after the story's end is text a line added there would run on into (a paragraph, or the text of
   * a setext heading): what is added at the end must be set apart from it. Rules see only the story's own
   * lines, so the parse says so.
   */
  textRunsOn?: true;
  /**
   * A one-line story written in a table cell (a Confluence requirements table): a fix may change only the
   * cell's own words, on its own line, and never add a pipe.
   */
  inTableCell?: true;
  /**
   * A one-line story on lines of a paragraph that holds another statement on its other lines: a fix may change only
   * its own lines, and adds none (a line of its own would be read as part of the statement before or after).
   */
  sharesItsParagraph?: true;
  /** The indentation continuation lines need (a one-line story inside a list item). */
  indent: string;
  /** A story, or a bug report, task or spike written in a story's place (no element is asked of those). */
  kind: StoryKind;
  /** Its parts hold stories of their own (a spec's `### User stories`): its outcomes are stated in them. */
  listsStories?: boolean;
  /**
   * The criteria of the stories it is written within, nearest first (a specification's Success Criteria over its
   * user stories, an epic's metrics over the stories listed under it): they tell how its outcome is seen too.
   */
  enclosingCriteria?: StoryItem[];
  /**
   * With no outcome of its own, its title or first paragraph asks for something ("Allow decimals in tip amounts",
   * "The system SHALL release …"): the prose states its outcome (see parse/asked-outcome.ts).
   */
  asksInProse?: true;
  /** Other stories start inside its span (stories listed in its parts, sub-headings that are stories). */
  holdsStories?: boolean;
  /**
   * Without a title of its own, the headings it is written under, outermost first ("UX&D: Clarify …" over "Goal"
   * over "As a user …, I want …"): what they name of the product names its part too (see duplicate-story).
   */
  headingsAbove?: string[];
  /**
   * The part of the product a one-line story's line names after its statement ("… community page. (Backend)"), lower
   * case: one statement listed for the backend and again for the frontend is two items (see duplicate-story).
   */
  itemAreas?: string[];
  /**
   * Read from a heading's prose alone, which names no one, asks for nothing and says why nothing: a description, no
   * story, unless it is the document's title, a numbered story or an item a heading names the kind of (see
   * `isDescription` in parse/stories.ts). Never set on a backlog's item.
   */
  describesOnly?: true;
  /**
   * One of its parts has a heading of a higher level than its own (`# Notes` after `## Story`, which it adopted;
   * without a heading of its own, a `# Part` outranks the `##` a heading given to it would take): a copy of the
   * story placed after it would become that part's sub-section.
   */
  partOutranksHeading?: boolean;
  /**
   * Without a heading of its own, the level of its highest part heading (`# Who` → 1): a section added at its end
   * takes that level, as a bold label there would be a line of its last part (a persona's field under a who).
   */
  partDepth?: number;
  /**
   * The level of the first sub-heading at or after where sections are added at its end ("### Save card" under "#
   * Rebooking"): a section added there takes that level at least, so it never takes that sub-heading's story in.
   */
  nextHeadingDepth?: number;
}

/** A plain-text change: replace `[start, end)` with `newText`. */
export interface TextEdit {
  start: number;
  end: number;
  newText: string;
}

/** `safe`: inserts what is missing, never moves the author's words; `rewrite`: changes them (SPEC §3). */
export type FixKind = 'safe' | 'rewrite';

export interface Fix {
  title: string;
  edits: TextEdit[];
  /** Only the fixes of a finding carry a kind; suggestions are chosen by the author. */
  kind?: FixKind;
}

export interface RelatedLocation {
  uri: string;
  span: Span;
  message: string;
}

/** What a rule reports: one finding per problem, with the exact range it is about. */
export interface Finding {
  ruleId: string;
  message: string;
  severity: Severity;
  span: Span;
  storyIndex: number;
  /**
   * The other stories the same finding is about, told once: the items of one lead-in ("As a user, I want:" over a
   * list, a table's header) share its vague who.
   */
  sharedWith?: number[];
  fix?: Fix;
  /** Alternatives the author may choose from; never applied by fix-all. */
  suggestions?: Fix[];
  related?: RelatedLocation[];
}
