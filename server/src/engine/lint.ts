import type { Root } from 'mdast';
import { resolveConfig } from './config/resolve.js';
import type { ResolvedConfig, ResolvedRule, Vocabulary } from './config/types.js';
import { foreignLanguageOf } from './language/document-language.js';
import { DEFAULT_VOCABULARY } from './language/vocabulary.js';
import { fixAll, type FixAllResult } from './fix/apply-edits.js';
import { blockKeeper } from './fix/kept-blocks.js';
import { parseMarkdown, type ParseCache } from './parse/markdown.js';
import { findStories } from './parse/stories.js';
import { LEVEL_KEYS, memoOrigin } from './parse/story-memo.js';
import { RULES } from './rules/index.js';
import {
  appliesTo,
  type Report,
  type Rule,
  type StoryRule,
  type WorkspaceIndex,
  type WorkspaceRule,
} from './rules/rule.js';
import { OpenMarkup } from './text/open-markup.js';
import { StorySource } from './text/story-source.js';
import { applySuppressions, findDirectives, type Directive } from './suppress.js';
import { LineIndex, lineStartOf } from './text/line-index.js';
import type { Finding, Fix, Severity, Span, Story, TextEdit } from './types.js';
import { MAX_INLINE_MARKS, MAX_NESTING } from './parse/markdown.js';

export interface LintOptions {
  uri?: string;
  config?: ResolvedConfig;
  workspace?: WorkspaceIndex;
  /** Reuse the findings of stories that did not change since the last lint of this document. */
  cache?: LintCache;
}

export interface LintResult {
  uri: string;
  stories: Story[];
  findings: Finding[];
  /** What could not be read, for the user to know (e.g. lists nested too deeply); never a rule finding. */
  notices: Notice[];
  /** The language the document is written in when it plainly is not English: then nothing was checked. */
  language?: string;
}

/** Something about the document itself rather than a story: shown, but not a rule's finding. */
export interface Notice {
  message: string;
  span: Span;
}

const EMPTY_WORKSPACE: WorkspaceIndex = { personas: [], stories: [] };
const defaultConfig = resolveConfig();

interface Enabled<R extends Rule = Rule> {
  rule: R;
  setting: ResolvedRule;
  severity: Severity;
}

/** A parsed document: what every later step reads. */
export interface StoryDocument {
  uri: string;
  text: string;
  stories: Story[];
  /** The `<!-- storylint-… -->` comments, read from the tree while preparing. */
  directives: readonly Directive[];
  /** Where lists or quotes nested too deeply were cut, if anywhere (the lint's notice). */
  tooDeepAt?: number;
  /** Where a piece too dense with inline marks was first read as plain text, if anywhere (the lint's notice). */
  plainAt?: number;
  /** The admonitions read (`!!! note` over indented lines), each from the line break before it, in document order. */
  admonitions?: readonly Span[];
  /** The code blocks of the stories written in them, left unread (the lint's notices). */
  inCode?: readonly Span[];
  /** The language the document is written in when it plainly is not English (see `foreignLanguageOf`). */
  language?: string;
}

/** A document as `prepareDocument` returns it: its syntax tree still at hand, but not kept. */
export interface PreparedDocument extends StoryDocument {
  /**
   * The syntax tree, parsed again on every read: nothing after preparing needs it, and a kept tree
   * was most of a document's memory (about 15 bytes per character of text).
   */
  readonly tree: Root;
}

/**
 * Text → stories, once; linting, the workspace index and the report all start here. What the
 * lint needs of the syntax tree is read here, so the tree can go as soon as this returns.
 */
export function prepareDocument(
  text: string,
  uri = 'untitled:story.md',
  cache?: ParseCache,
  vocabulary: Vocabulary = DEFAULT_VOCABULARY,
): PreparedDocument {
  const tree = parseMarkdown(text, cache);
  const inCode: Span[] = [];
  const stories = findStories(tree, text, cache?.stories, vocabulary, inCode);
  const { tooDeepAt, plainAt, admonitions } = (tree.data ?? {}) as {
    tooDeepAt?: number;
    plainAt?: number;
    admonitions?: Span[];
  };
  const language = foreignLanguageOf(text);
  const doc: StoryDocument = {
    uri,
    text,
    stories,
    directives: findDirectives(tree, text),
    ...(tooDeepAt !== undefined ? { tooDeepAt } : {}),
    ...(plainAt !== undefined ? { plainAt } : {}),
    ...(admonitions ? { admonitions } : {}),
    ...(inCode.length ? { inCode } : {}),
    ...(language !== undefined ? { language } : {}),
  };
  readWith.set(doc, vocabulary);
  // Not enumerable: copies and comparisons of a document never parse it again.
  return Object.defineProperty(doc, 'tree', { get: () => parseMarkdown(text), enumerable: false }) as PreparedDocument;
}

/** The word lists each prepared document was read with (section names decide what a section is). */
const readWith = new WeakMap<StoryDocument, Vocabulary>();

/** Whether `doc` was read with `vocabulary`: if not, a lint under that configuration must prepare it again. */
export function preparedWith(doc: StoryDocument, vocabulary: Vocabulary): boolean {
  return (readWith.get(doc) ?? DEFAULT_VOCABULARY) === vocabulary;
}

export function parseStories(text: string): Story[] {
  return prepareDocument(text).stories;
}

/** A document in another language: its stories listed, nothing judged (the rules read English). */
function notCheckedIn(language: string, { uri, stories }: StoryDocument): LintResult {
  return {
    uri,
    stories,
    findings: [],
    notices: [{ message: notCheckedMessage(language), span: { start: 0, end: 0 } }],
    language,
  };
}

/** What the CLI, the report and the editor say of a document in another language. */
export function notCheckedMessage(language: string): string {
  return `Not checked: this document looks written in ${language}, and Storylint reads English.`;
}

/**
 * Lints one document: text → stories → findings, sorted by position. Pure: no file
 * system, no editor; what the workspace knows comes in through `options.workspace`.
 */
export function lintText(text: string, options: LintOptions = {}): LintResult {
  return lintDocument(prepareDocument(text, options.uri, undefined, options.config?.vocabulary), options);
}

/** Lints a document that is already parsed (the CLI parses once for the index and the lint). */
export function lintDocument(doc: StoryDocument, options: LintOptions = {}): LintResult {
  const { uri, text, stories, directives, tooDeepAt, plainAt, admonitions = [], inCode = [], language } = doc;
  if (language !== undefined) return notCheckedIn(language, doc);
  const config = options.config ?? defaultConfig;
  const workspace = options.workspace ?? EMPTY_WORKSPACE;
  const eol = new LineIndex(text.slice(0, 4096)).eol;
  const cache = options.cache?.forConfig(config);
  const findings: Finding[] = [];
  const enabled = RULES.flatMap((rule) => {
    const setting = config.rules[rule.id];
    return setting && setting.severity !== 'off' ? [{ rule, setting, severity: setting.severity as Severity }] : [];
  });
  const storyRules = enabled.filter((e): e is Enabled<StoryRule> => e.rule.scope === 'story');
  const workspaceRules = enabled.filter((e): e is Enabled<WorkspaceRule> => e.rule.scope === 'workspace');
  // What a fix must not write into, read once per story, and only for a story with a fix.
  const places = new Map<Story, { markup: OpenMarkup; place: Place }>();
  const fixFits = (story: Story, source: StorySource, fix: Fix) => {
    let known = places.get(story);
    if (!known) {
      known = { markup: new OpenMarkup(source.toString(), source.start), place: placeOf(story, admonitions) };
      places.set(story, known);
    }
    const { markup, place } = known;
    return (
      !fix.edits.some((e) => markup.isOpenAt(e.start) || markup.isOpenAt(e.end)) &&
      fitsItsPlace(story, place, fix.edits)
    );
  };
  const storyContext = (story: Story, setting: ResolvedRule, out: Finding[], rule: Rule, severity: Severity) => {
    const source = StorySource.of(text, story);
    return {
      story,
      source,
      options: setting.options,
      vocabulary: config.vocabulary,
      eol,
      report: ({ fix, ...r }: Report) =>
        out.push({
          ruleId: rule.id,
          severity,
          storyIndex: story.index,
          ...r,
          // Text inserted inside an open HTML comment would be invisible, and inserted again on every run; text
          // replaced up to a point inside one (a story split with its unclosed fence) copies what swallows the rest.
          ...(fix && fixFits(story, source, fix) ? { fix: { ...fix, kind: rule.fixable || 'safe' } } : {}),
        }),
    };
  };
  const runStoryRules = (story: Story, out: Finding[]) => {
    for (const { rule, setting, severity } of storyRules) {
      if (!appliesTo(rule, story)) continue;
      rule.check(storyContext(story, setting, out, rule, severity));
    }
  };
  for (const story of stories) {
    if (!cache) {
      runStoryRules(story, findings);
    } else {
      // A story rule's findings depend only on its story (see StorySource); reuse them when unchanged.
      const key = storyCacheKey(story, text, eol);
      let relative = cache.get(key);
      if (!relative) {
        const own: Finding[] = [];
        runStoryRules(story, own);
        relative = own.map((f) => moveFinding(f, -story.span.start, 0));
        cache.set(key, relative);
      }
      for (const f of relative) findings.push(moveFinding(f, story.span.start, story.index));
    }
    for (const { rule, setting, severity } of workspaceRules) {
      if (!appliesTo(rule, story)) continue;
      rule.check({ ...storyContext(story, setting, findings, rule, severity), uri, text, stories, workspace });
    }
  }
  cache?.commit();
  const kept = toldOnce(applySuppressions(findings, directives, stories));
  kept.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end || a.ruleId.localeCompare(b.ruleId));
  const notices: Notice[] = [];
  if (tooDeepAt !== undefined) {
    notices.push({
      message: `Lists or quotes nested deeper than ${MAX_NESTING} levels were not read from here on.`,
      span: { start: tooDeepAt, end: tooDeepAt },
    });
  }
  if (plainAt !== undefined) {
    notices.push({
      message:
        `A paragraph of more than ${MAX_INLINE_MARKS} inline marks (links, emphasis, code) ` +
        'was read as plain text.',
      span: { start: plainAt, end: plainAt },
    });
  }
  for (const { start } of inCode) {
    // A fence opens its line with three marks or more; a span of code with fewer.
    const fenced = /^(?:`{3,}|~{3,})/.test(text.slice(start, start + 3));
    notices.push({
      message: fenced
        ? 'A story statement in a code block was not read: take it out of the fence to have it checked.'
        : 'A story statement in inline code was not read: take off the backticks to have it checked.',
      span: { start, end: start },
    });
  }
  notices.sort((a, b) => a.span.start - b.span.start);
  return { uri, stories, findings: kept, notices };
}

/**
 * A story's items written as raw HTML, the blocks no fix writes in (the HTML its statement or items were read from,
 * the indented code of its "AC1. …" criteria), and its admonitions.
 */
interface Place {
  rawHtmlItems: readonly { span: Span }[];
  readOnly: readonly Span[];
  admonitions: readonly Span[];
}

const placeOf = (story: Story, admonitions: readonly Span[]): Place => {
  const items = [...story.criteria, ...story.assumptions];
  return {
    rawHtmlItems: items.filter((item) => item.rawHtml),
    readOnly: [story.sentence?.inHtml, ...items.map((item) => item.readOnlyBlock)].filter((b) => b !== undefined),
    admonitions: within(admonitions, story.span),
  };
};

/** The spans of a sorted list of spans that do not overlap each other which meet `span`, found by halving. */
function within(spans: readonly Span[], span: Span): Span[] {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (spans[mid]!.end < span.start) low = mid + 1;
    else high = mid;
  }
  const met: Span[] = [];
  for (let i = low; i < spans.length && spans[i]!.start <= span.end; i++) met.push(spans[i]!);
  return met;
}

/** Every line an edit starts after a line break is blank or indented as an admonition's content (four spaces, tab). */
const keepsIndented = (e: TextEdit) =>
  e.newText.split(/\r\n|\r|\n/).every((line, i) => i === 0 || /^(?: {4}|\t|[ \t]*$)/.test(line));

/**
 * A story in a table cell is changed only within its cell, on its row: a line break or a pipe breaks the table; one
 * sharing its paragraph with other statements only on its own lines.
 * Nothing is written in or right after the raw HTML a statement was read from (a placeholder would be read as a
 * tag, and a field line would join the HTML block), nor in the indented code its criteria were read from. Inside an
 * admonition every line added keeps its indentation.
 */
function fitsItsPlace(
  story: Story,
  { rawHtmlItems, readOnly, admonitions }: Place,
  edits: readonly TextEdit[],
): boolean {
  // A line added inside an admonition without its indentation would end it there, and the rest would be code.
  for (const a of admonitions)
    if (edits.some((e) => e.start < a.end && e.end >= a.start && !keepsIndented(e))) return false;
  // Words added on the line of an item whose words open an HTML block (`- <!-- … --></li>`) are raw HTML too.
  const onHtmlLine = (e: TextEdit) => !/^[ \t]*(?:\r|\n)/.test(e.newText);
  for (const item of rawHtmlItems)
    if (edits.some((e) => e.start <= item.span.end && e.end >= item.span.start && onHtmlLine(e))) return false;
  if (readOnly.some((b) => edits.some((e) => e.start <= b.end && e.end >= b.start && !setApartAfter(b, e))))
    return false;
  if (!story.inTableCell && !story.sharesItsParagraph) return true;
  const { start, end } = story.span;
  const breaks = story.inTableCell ? /[\r\n|]/ : /[\r\n]/;
  return edits.every((e) => e.start >= start && e.end <= end && !breaks.test(e.newText));
}

/** Text that opens with a blank line (a `\r\n` is one line break, never two). */
const BLANK_LINE_FIRST = /^[ \t]*(?:\r\n|\r(?!\n)|\n)[ \t]*(?:\r\n|\r(?!\n)|\n)/;

/** Text added right at the end of a block after a blank line: the blank line ends the block first. */
const setApartAfter = (block: Span, e: TextEdit) =>
  e.start === block.end && e.end === block.end && BLANK_LINE_FIRST.test(e.newText);

/**
 * Findings of several stories on the same words with the same message (the vague who of a lead-in its items share)
 * told once, on the first of those stories, naming the others.
 */
function toldOnce(findings: Finding[]): Finding[] {
  const first = new Map<string, Finding>();
  return findings.filter((f) => {
    const key = `${f.ruleId}\u0000${f.span.start}\u0000${f.span.end}\u0000${f.message}`;
    const told = first.get(key);
    if (!told) {
      first.set(key, f);
      return true;
    }
    if (told.storyIndex === f.storyIndex) return true;
    told.sharedWith = [...(told.sharedWith ?? []), f.storyIndex];
    return false;
  });
}

/**
 * Everything a story-local rule can read: the story's text from the start of its line, and
 * the story as parsed (its elements can depend on context, so the parse is part of the key),
 * with offsets made relative so a story that only moved still matches.
 */
function storyCacheKey(story: Story, text: string, eol: string): string {
  // A story the story finder reused is named by where it came from: the same text, read the same way.
  const origin = memoOrigin(story);
  // What encloses it is read afresh around a reused story: its kind and its criteria are part of the key.
  if (origin !== undefined) return `${eol}\u0000memo\u0000${origin}\u0000${story.kind}\u0000${enclosingKey(story)}`;
  const s = story.span.start;
  const lineStart = lineStartOf(text, s);
  const shape = JSON.stringify(story, (key, value: unknown) =>
    key === 'index' ? undefined : !LEVEL_KEYS.has(key) && typeof value === 'number' ? value - s : value,
  );
  return `${eol}\u0000${s - lineStart}\u0000${shape}\u0000${StorySource.of(text, story).toString()}`;
}

/** The criteria a story is written within, as they are judged: their words, scene lines, the lead-in they complete. */
const enclosingKey = (story: Story) =>
  story.enclosingCriteria
    ? JSON.stringify(story.enclosingCriteria.map((c) => [c.text, c.inScenario ?? false, c.completes ?? '']))
    : '';

const configKeys = new WeakMap<ResolvedConfig, string>();

/** What a configuration says, as a string: two equal configurations give equal keys. */
function configKey(config: ResolvedConfig): string {
  let key = configKeys.get(config);
  if (key === undefined) {
    key = JSON.stringify(config);
    configKeys.set(config, key);
  }
  return key;
}

function moveFinding(f: Finding, by: number, storyIndex: number): Finding {
  const move = <T extends { start: number; end: number }>(x: T): T => ({ ...x, start: x.start + by, end: x.end + by });
  const moveFix = (fix: Fix): Fix => ({ ...fix, edits: fix.edits.map(move) });
  return {
    ...f,
    storyIndex,
    span: move(f.span),
    ...(f.fix ? { fix: moveFix(f.fix) } : {}),
    ...(f.suggestions ? { suggestions: f.suggestions.map(moveFix) } : {}),
  };
}

/**
 * Findings of unchanged stories between two lints of one document (the editor's case). Keeps
 * only the stories of the latest lint; starts over when the configuration's content changes
 * (an equal configuration built afresh, as for an untitled document, keeps the cache).
 */
export class LintCache {
  private configKey: string | undefined;
  private entries = new Map<string, Finding[]>();
  private next = new Map<string, Finding[]>();

  forConfig(config: ResolvedConfig): this {
    const key = configKey(config);
    if (key !== this.configKey) {
      this.configKey = key;
      this.entries.clear();
      this.next.clear();
    }
    return this;
  }

  get(key: string): Finding[] | undefined {
    const hit = this.next.get(key) ?? this.entries.get(key);
    if (hit) this.next.set(key, hit);
    return hit;
  }

  set(key: string, findings: Finding[]): void {
    this.next.set(key, findings);
  }

  commit(): void {
    this.entries = this.next;
    this.next = new Map();
  }
}

export interface FixOptions extends LintOptions {
  /** Apply rewrites too (`--unsafe-fixes`), not only the safe fixes. */
  unsafe?: boolean;
}

/**
 * Applies the safe fixes (the CLI's `--fix`, the editor's fix-all on save) — and the rewrites
 * with `unsafe` — until nothing is left to fix.
 */
export function fixText(text: string, options: FixOptions = {}): FixAllResult {
  const { unsafe, ...lintOptions } = options;
  const wanted = (f: Finding) => f.fix !== undefined && (unsafe || f.fix.kind !== 'rewrite');
  return fixAll(text, (t) => lintText(t, lintOptions).findings, { wanted, keepsBlocks: blockKeeper() });
}
