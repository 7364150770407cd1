/** The Markdown blocks a story is written in: where they are, and the items listed in them. */
import type { Code, List, ListItem, RootContent } from 'mdast';
import type { Span, StoryItem } from '../types.js';
import { firstLabelLineAfter, matchLabelLine } from './labels.js';
import { DEFAULT_VOCABULARY, type Vocabulary } from '../language/vocabulary.js';
import { isClauseLeadIn } from '../language/lead-in.js';
import { linesOf, trimSpan } from './lines.js';
import { QUOTE_LEAD, lastAtOrBefore } from '../text/line-index.js';
import { bodyCells, cardReason, rowKindNames, rowReasons, tablesIn } from './table.js';
import { storyRows, type StoryRow } from './story-table.js';
import { htmlRuns } from './html.js';

interface Positioned {
  position?: { start: { offset?: number }; end: { offset?: number } };
}

/** Offset of a node's first character. */
export const startOf = (node: Positioned): number => node.position!.start.offset!;
/** Offset just after a node's last character. */
export const endOf = (node: Positioned): number => node.position!.end.offset!;

/** Where the last of the blocks ends, or `fallback` without blocks. */
export function lastOffset(nodes: readonly RootContent[], fallback: number): number {
  return nodes.length ? endOf(nodes[nodes.length - 1]!) : fallback;
}

/** A block that may hold a one-line story or label lines, with the range of its text. */
export interface TextBlock {
  /** A paragraph, a quote, or a top-level list item. */
  block: RootContent | ListItem;
  /** The text: the block's own, or the first paragraph of a list item. */
  from: number;
  to: number;
  inList: boolean;
  /**
   * A cell of a table row, a run of text in raw HTML, or the lines of one statement among several in a paragraph: the
   * block's text is the cell's, the run's or the lines', and nothing can be added on lines of its own.
   */
  cell?: 'table' | 'html' | 'line';
  /** A row of a table whose columns are a story's parts: the block runs from its want to its reason if that follows. */
  row?: StoryRow;
  /**
   * In a card kept as a table of fields (see `cardReason`), the cell and the card's reason below it; in a table with a
   * column of reasons (see `rowReasons`), the cell and its row's reason. The block runs from the one to the other, its
   * statement read from the cell.
   */
  card?: { cell: Span; reason: Span };
  /** What the table names the cell's row ("Bug" in its "Type" column; see `rowKindNames`). */
  kindName?: string;
  /**
   * The paragraphs after `block` that its statement runs on through, one keyword to a paragraph ("**As a** …", a blank
   * line, "**I want** …"): the block's text runs to the last of them.
   */
  joined?: RootContent[];
}

/**
 * Where a block's story ends: its cell, its whole node (a list item with what is nested in it), or the last paragraph
 * its statement runs on through.
 */
export const blockEnd = (block: TextBlock): number =>
  block.cell ? block.to : endOf(block.joined?.at(-1) ?? block.block);

/**
 * The blocks with each paragraph that holds a table read as its body cells (each like an item of a list, a
 * one-line story's place) and the text before the table: a story statement in a cell is a story of its own.
 */
export function withTableCells(blocks: readonly TextBlock[], text: string): TextBlock[] {
  return blocks.flatMap((block) => {
    if (block.block.type !== 'paragraph' || block.inList) return [block];
    const found = tablesIn(text, block.from, block.to);
    if (!found) return [block];
    const before = trimSpan(text, block.from, found.start);
    const cell = (span: Span, row?: StoryRow, kindName?: string): TextBlock => ({
      block: block.block,
      from: span.start,
      to: span.end,
      inList: true,
      cell: 'table',
      ...(row ? { row } : {}),
      ...(kindName ? { kindName } : {}),
    });
    return [
      ...(before.end > before.start ? [{ ...block, to: before.end }] : []),
      ...found.tables.flatMap((table) => {
        // A table whose columns are a story's parts: a statement per row, from its want to its reason when the reason
        // follows it.
        const rows = storyRows(text, table);
        const kinds = rowKindNames(text, table);
        if (rows)
          return rows.map((row) =>
            cell({ start: row.want.start, end: Math.max(row.want.end, row.why?.end ?? 0) }, row, kinds.get(row.want)),
          );
        // A card of fields: its statement's cell runs on to the reason the card gives below it; a row's cell, to the
        // reason the row gives in its column named for it.
        const card = cardReason(text, table);
        const reasons = rowReasons(text, table);
        return bodyCells(text, table).map((c) => {
          const reason = card && c.start < card.start ? card : reasons.get(c);
          return reason
            ? { ...cell({ start: c.start, end: reason.end }, undefined, kinds.get(c)), card: { cell: c, reason } }
            : cell(c, undefined, kinds.get(c));
        });
      }),
    ];
  });
}

/**
 * Paragraphs and the first paragraph of each top-level list item (and, with `quotes`, block
 * quotes as a whole). With `nested`, also the paragraphs inside quotes and the items of lists
 * nested in items: where a story statement may sit.
 */
export function textBlocks(nodes: readonly RootContent[], quotes = false, nested = false): TextBlock[] {
  const out: TextBlock[] = [];
  for (const node of nodes) {
    if (node.type === 'paragraph' || (quotes && node.type === 'blockquote')) {
      out.push({ block: node, from: startOf(node), to: endOf(node), inList: false });
    } else if (nested && node.type === 'blockquote') {
      out.push(...textBlocks(node.children, false, true));
    } else if (node.type === 'list') {
      for (const item of node.children) {
        const first = item.children[0];
        if (first?.type === 'paragraph')
          out.push({ block: item, from: startOf(first), to: endOf(first), inList: true });
        if (nested) {
          const lists = item.children.filter((c) => c.type === 'list' || c.type === 'blockquote');
          out.push(...textBlocks(lists, false, true).map((b) => ({ ...b, inList: true })));
        }
      }
    }
  }
  return out;
}

/** The code blocks among `nodes` and inside their quotes and lists: a paragraph holds none. */
export function codeBlocksIn(nodes: readonly (RootContent | ListItem)[]): Code[] {
  return blocksIn(nodes, (node) => (node.type === 'code' ? node : undefined));
}

/** What `pick` takes of the blocks among `nodes`, in order, those in quotes, lists and list items included. */
export function blocksIn<T>(
  nodes: readonly (RootContent | ListItem)[],
  pick: (node: RootContent) => T | undefined,
): T[] {
  const found: T[] = [];
  const visit = (node: RootContent | ListItem) => {
    if (node.type === 'blockquote' || node.type === 'list' || node.type === 'listItem') {
      for (const child of node.children) visit(child);
      return;
    }
    const picked = pick(node);
    if (picked !== undefined) found.push(picked);
  };
  for (const node of nodes) visit(node);
  return found;
}

/** The blocks a one-line story is made of: a list item's children, or the paragraph itself and those it runs on to. */
export function blockNodes({ block, joined }: Pick<TextBlock, 'block' | 'joined'>): RootContent[] {
  return block.type === 'listItem' ? (block.children as RootContent[]) : [block, ...(joined ?? [])];
}

/** An item's place: its list, the list's index among the blocks, the item's place in the list. */
export interface ItemPlace {
  list: List;
  index: number;
  at: number;
}

const itemPlacesRead = new WeakMap<readonly RootContent[], Map<unknown, ItemPlace>>();

/**
 * Where each item of the lists among `nodes` is, read once per array of blocks, as a backlog's are many: which list
 * holds it, where that list is, and where in it the item is.
 */
export function itemPlaces(nodes: readonly RootContent[]): Map<unknown, ItemPlace> {
  let found = itemPlacesRead.get(nodes);
  if (!found) {
    found = new Map();
    for (const [index, node] of nodes.entries())
      if (node.type === 'list')
        for (const [at, item] of node.children.entries()) found.set(item, { list: node, index, at });
    itemPlacesRead.set(nodes, found);
  }
  return found;
}

/** Where the list is among `nodes` whose last item `item` is; -1 when it is no list's last item there. */
export function listEndingWith(nodes: readonly RootContent[], item: unknown): number {
  const place = itemPlaces(nodes).get(item);
  return place && place.at === place.list.children.length - 1 ? place.index : -1;
}

/**
 * "The purpose of this document is to …", "This document describes …", "This document tracks requirements …", "This
 * is essential reading for anyone stepping into a lead product role": words about the document (a "Who is this for?"
 * naming its readers), neither its story nor one of its criteria.
 */
export const ABOUT_DOCUMENT = new RegExp(
  String.raw`^(?:the\s+(?:purpose|aim|goal|objective)\s+of\s+this\s+(?:document|page|paper|report|section|file)|` +
    String.raw`this\s+(?:document|page|paper|report|file)\s+` +
    String.raw`(?:describes|presents|outlines|summari[sz]es|lists|contains|covers|explains|tracks|` +
    String.raw`is\s+(?:meant|intended))|` +
    String.raw`this\s+is\s+(?:(?:essential|recommended|required|suggested|useful)\s+)?reading\s+for)\b`,
  'i',
);

/** A paragraph line that holds no criterion: a table row (read as text without GFM), an image or a lone "**or**". */
const NOT_AN_ITEM = /^\s*(?:\||!\[[^\]]*\]\([^)]*\)\s*$|[*_]*(?:or|and)[*_]*\s*$)/i;

/** The ends of blocks that follow one another in the document, read once per array; undefined if they do not. */
const orderedEnds = new WeakMap<readonly RootContent[], readonly number[] | undefined>();

function endsInOrder(nodes: readonly RootContent[]): readonly number[] | undefined {
  if (!orderedEnds.has(nodes)) {
    const ordered = nodes.every((n, i) => i === 0 || startOf(n) >= endOf(nodes[i - 1]!));
    orderedEnds.set(nodes, ordered ? nodes.map(endOf) : undefined);
  }
  return orderedEnds.get(nodes);
}

/** List items (or, without a list, the lines) inside a region: the criteria or assumptions. */
export function itemsIn(
  nodes: readonly RootContent[],
  text: string,
  from: number,
  to: number,
  vocabulary: Vocabulary = DEFAULT_VOCABULARY,
): StoryItem[] {
  const items: StoryItem[] = [];
  // Blocks that follow one another are looked through from the first ending after `from`, found by halving, to the
  // first starting at `to`: a story's blocks are asked once per field, and thousands of fields would each scan them.
  const ends = endsInOrder(nodes);
  for (let i = ends ? lastAtOrBefore(ends, from) + 1 : 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    if (ends && startOf(node) >= to) break;
    if (endOf(node) <= from || startOf(node) >= to) continue;
    if (node.type === 'list') {
      const completes = completedLeadIn(nodes[i - 1], node, text);
      for (const item of (node as List).children) {
        // A label written in an item ("* Acceptance Criteria:") has its items nested under it.
        if (startOf(item) < from && endOf(item) > from) {
          const nested = item.children.filter((c): c is List => c.type === 'list');
          items.push(...itemsIn(nested, text, from, to, vocabulary));
        }
        if (startOf(item) < from || startOf(item) >= to) continue;
        const found = listItems(item, text, vocabulary);
        items.push(...(completes ? found.map((it) => ({ ...it, completes })) : found));
      }
    } else if (node.type === 'paragraph') {
      // A question ("What do we expect to be in place before work starts?") is the template asking, not an item.
      if (/\?[\s*_]*$/.test(text.slice(startOf(node), endOf(node)))) continue;
      if (namesGroupBelow(node, nodes[i + 1], text)) continue;
      // "… one person can:" over what they can do: the items' opening words, not an item of its own.
      if (nodes[i + 1] && completedLeadIn(node, nodes[i + 1], text)) continue;
      // "We want to know the following:" points at what follows; it says nothing of its own.
      if (FOLLOWING.test(text.slice(startOf(node), endOf(node)))) continue;
      if (ABOUT_DOCUMENT.test(text.slice(startOf(node), endOf(node)).trim())) continue;
      if (nodes[i + 1]?.type === 'list' && NAMES_LIST.test(text.slice(startOf(node), endOf(node)).trim())) continue;
      const lines = linesOf(text, Math.max(from, startOf(node)), Math.min(to, endOf(node)));
      for (let l = 0; l < lines.length; l++) {
        const line = lines[l]!;
        // A line of a quoted paragraph starts with its quote markers: they are not the item's words.
        // So does a list marker Markdown read as the paragraph's text ("    * Prints out …" indented under a label).
        const quote = QUOTE_LEAD.exec(line.text)![0].length;
        const lead = quote + (/^[ \t]*[-*+][ \t]+(?=\S)/.exec(line.text.slice(quote))?.[0].length ?? 0);
        const words = line.text.slice(lead);
        let last = line;
        // A sentence wrapped onto the next line ("… what they see as a result," / "and any other changes …") is one;
        // so is a hypothesis ("If we remove the step" / "Then candidates …" / "Because …").
        const hypothesis = OPEN_IF.test(words);
        while (lines[l + 1]) {
          const next = lines[l + 1]!.text;
          const consequent = hypothesis && (last === line || CONSEQUENT.test(next)) && !NOT_AN_ITEM.test(next);
          if (!consequent && !wrapsOnto(last.text, next)) break;
          last = lines[++l]!;
        }
        const span = trimSpan(text, line.start + lead, last.start + last.text.length);
        if (span.end === span.start || matchLabelLine(words, vocabulary) || NOT_AN_ITEM.test(words)) continue;
        // A line in bold over the lines after it ("**Context drop-down**" over its "DESIGN: …") names them.
        if (last === line && lines[l + 1] && EMPHASIS_LINE.test(words.trim())) continue;
        items.push({ span, text: text.slice(span.start, span.end) });
      }
    } else if (node.type === 'html') {
      items.push(...htmlItems(node, text, from, to, vocabulary));
    } else if (node.type === 'blockquote' && startOf(node) < from) {
      // A label written in a quote has its items there too (a fix that adds one must find it again); a quote
      // under a label written outside it is something quoted, a log or a message, not a criterion.
      items.push(...itemsIn(node.children, text, from, to, vocabulary));
    }
  }
  return items;
}

/** Words a line cannot end an item on: a comma, or a word that needs what follows ("and", "the", "of"). */
const OPEN_END =
  /(?:,|\b(?:and|or|but|nor|the|a|an|of|to|for|with|by|from|than|that|which|is|are|be|as|in|on|at))[ \t]*$/i;
/** Words a line cannot start an item on, in lower case: it goes on with the line before ("and …", "which …"). */
const GOES_ON = /^[ \t>]*(?:and|or|but|nor|which|than|so\s+that|because)\b/;

/**
 * A line opening a condition that it does not end ("If we remove the step, whether you apply again"): the next line
 * has its consequent. Not "If the referee is abroad, we email them." nor "If …, then …".
 */
const OPEN_IF = /^[ \t]*if\b(?![^\n]*\bthen\b)[^\n]*[^\s.!?;:]\s*$/i;
/** A line going on with a hypothesis: its consequent or its reason ("Then …", "Because …"). */
const CONSEQUENT = /^[ \t>]*(?:then|because|so)\b/i;

/** Whether the next line of a paragraph goes on with this line's sentence rather than starting an item. */
const wrapsOnto = (line: string, next: string) =>
  !NOT_AN_ITEM.test(next) && /^[ \t>]*\p{Ll}/u.test(next) && (OPEN_END.test(line) || GOES_ON.test(next));

/** A lead-in that names what is counted, the items saying what they did: "we want to know how many users…:". */
const MEASURE_LEAD_IN = /\b(how\s+many\s+[\p{L}-]+(?:\s+[\p{L}-]+)?)[\s.…*_]*:[\s*_]*$/iu;
/**
 * A paragraph pointing at what follows it: "We want to know the following:", "It works as follows:", "We track the
 * following metrics to gauge …:" (one sentence), "How we'll know we've succeeded with our goals:" (the label, said as a
 * sentence).
 */
const FOLLOWING = new RegExp(
  // One sentence: a full stop ends it, the dot of "nuget.org" does not.
  String.raw`\b(?:the\s+following|as\s+follows)\b(?:[^\n.]|\.(?=\S))*:[\s*_]*$|` +
    String.raw`^[\s*_]*(?:how\s+)?we(?:['’]ll|\s+will)\s+know\b[^\n]*:[\s*_]*$`,
  'i',
);

/**
 * One sentence naming the list it leads into as criteria or checks: "The checks the team agreed for this story:",
 * "Suggested user story criteria for meeting the Definition of Done:". The items are the checks; it is none itself.
 */
const NAMES_LIST = /^[^\n.]*\b(?:criteria|checks|checklist|conditions)\b(?:[^\n.]|\.(?=\S))*:[\s*_]*$/i;

/** A clause that ends saying someone can do what follows: "one person can:", "Users should be able to:". */
const CAPABILITY_LEAD_IN =
  /\b(?:can|could|(?:should|will|must|shall)\s+be\s+able\s+to|(?:is|are)\s+able\s+to)[\s*_]*:[\s*_]*$/i;

/**
 * The words of a paragraph right above a list that its items complete: ending saying someone can do what the list
 * names ("The demo MVP is done when, from an empty database, one person can:"), its last line without the colon, or
 * naming what is counted ("… we want to know how many users…:"), those words; undefined otherwise.
 */
function completedLeadIn(above: RootContent | undefined, list: RootContent, text: string): string | undefined {
  if (above?.type !== 'paragraph' || list.type !== 'list') return undefined;
  const words = text.slice(startOf(above), endOf(above)).trim();
  // "… we want to know how many users...:" over what they did: the items are what is counted.
  const counted = MEASURE_LEAD_IN.exec(words);
  if (counted) return counted[1]!;
  if (!CAPABILITY_LEAD_IN.test(words)) return undefined;
  const lastLine = words.split(/\r?\n|\r/).pop()!;
  // The clause after the last comma says who can: "After following the user guide to reach this page, visitors can"
  // completes its items as "visitors can"; the situation before it ("to reach this page") is no part of any check.
  return lastLine
    .replace(/[\s*_]*:[\s*_]*$/, '')
    .replace(/^[^]*,[ \t]+/, '')
    .trim();
}

/**
 * The items of raw HTML (an Azure DevOps field kept as HTML): each run of text between block tags, an `<li>` or a
 * `<div>` line, read with its markup masked; a label or a question among them is the template's, as in Markdown.
 */
function htmlItems(node: RootContent, text: string, from: number, to: number, vocabulary: Vocabulary): StoryItem[] {
  const inHtml = { start: startOf(node), end: endOf(node) };
  const { runs, masked } = htmlRuns(text, inHtml.start, inHtml.end);
  return runs.flatMap(({ span }): StoryItem[] => {
    const words = masked.slice(span.start, span.end);
    if (span.start < from || span.end > to || /\?\s*$/.test(words) || matchLabelLine(words, vocabulary)) return [];
    return [{ span, text: words, rawHtml: true, readOnlyBlock: inHtml }];
  });
}

/** How many words an item's text has, emphasis, colons, articles and character references (`&#x20;`) aside. */
const wordCount = (words: string) =>
  words
    .replace(/&#?\w+;|[*_`:]/g, ' ')
    .split(/\s+/)
    .filter((word) => word !== '' && !/^(?:a|an|the)$/i.test(word)).length;

/**
 * A group's name over the items under it: "Basic requirements", "**Must have**", "Prior to the event:"
 * (a few words, or a few more that lead into the items with a colon).
 */
const isGroupLabel = (words: string) => wordCount(words) <= (/:[\s*_]*$/.test(words) ? 5 : 3);

/**
 * A lead-in to examples: "Example returned statuses could be:", "types of appointment, such as:", "e.g.:". What is
 * listed under it illustrates the item, and checks nothing of its own.
 */
const EXAMPLES_LEAD = /\b(?:examples?|e\.\s?g\.|for\s+instance|such\s+as)\b[^:\n]*:[\s*_]*$/i;

/** A line all in emphasis: a heading written in bold (`**Tech impl**`), in bold italics too (`**_Scenario #1_**`). */
const EMPHASIS_LINE = /^(\*\*|__|\*|_)([*_]?)(?![\s*_])(?:(?!\1)[^\n])+?\2\1[\s:]*$/;

/**
 * A one-line paragraph over what follows that names the group it forms, as a group's name over nested items does:
 * "Todo:" over a list or a paragraph, or a heading written in bold ("**Tech impl**", "**Must-have:**" over "Basic
 * requirements:" and its list). No criterion of its own.
 */
function namesGroupBelow(paragraph: RootContent, next: RootContent | undefined, text: string): boolean {
  const words = text.slice(startOf(paragraph), endOf(paragraph)).trim();
  if (/[\r\n]/.test(words)) return false;
  if (next?.type === 'list') return isGroupLabel(words) || EMPHASIS_LINE.test(words);
  // "Edge criteria for Dave:" over the scenarios that follow it, as over a list.
  const leadsIn = /:[\s*_]*$/.test(words) && isGroupLabel(words);
  return next?.type === 'paragraph' && (EMPHASIS_LINE.test(words) || leadsIn);
}

/**
 * A list item and the items of the lists nested in it, each one criterion or assumption: a Definition of
 * done's "The following conditions have been satisfied:" over its checks is three items, not one. A
 * group's name over its items ("Basic requirements") is no item of its own. Names that only complete
 * the item ("The site links to external resources, including:" over "The open source wiki", "Monday.com")
 * stay part of it, and so does all a short clause leads into ("Each message shows:" over "Avatar"). A nested
 * check is judged on its own words: judged with the words it is nested under, the tuning criteria read worse.
 */
function listItems(item: ListItem, text: string, vocabulary: Vocabulary): StoryItem[] {
  // An item that holds only code (indented four spaces past its bullet) quotes code, and one that holds only a
  // rule (`- ---`) draws a line: no words of the author's, and words added after a rule would end it.
  if (item.children.length && item.children.every((c) => c.type === 'code' || c.type === 'thematicBreak')) return [];
  const nestedAt = item.children.findIndex((c) => c.type === 'list');
  if (nestedAt < 0) return [listItem(item, text, vocabulary)];
  const own = listItem(item, text, vocabulary, nestedAt);
  // "Each message shows:" over "Avatar", "Sender": a short clause the names complete.
  const clause = /:[\s*_]*$/.test(own.text) && isClauseLeadIn(own.text, vocabulary);
  if ((clause && isGroupLabel(own.text)) || EXAMPLES_LEAD.test(own.text)) return [listItem(item, text, vocabulary)];
  // A group's name, a heading written in bold over the items ("**Complete removal of elderly-specific code**"), or a
  // clause left open on a comma that each item goes on with ("Before adding the questions to the assessment,").
  const grouped =
    own.text === '' || isGroupLabel(own.text) || EMPHASIS_LINE.test(own.text.trim()) || /,[\s*_]*$/.test(own.text);
  const nested = item.children.slice(nestedAt).flatMap((c) => (c.type === 'list' ? c.children : []));
  const subs = nested.map((sub) => listItems(sub, text, vocabulary));
  if (!grouped && subs.every((found) => found.length === 1 && wordCount(found[0]!.text) <= 3)) {
    return [listItem(item, text, vocabulary)];
  }
  return [...(grouped ? [] : [own]), ...subs.flat()];
}

/** Blocks that hold no words of an item's: a rule and code. */
const WORDLESS = new Set(['thematicBreak', 'code']);

/** One list item as a criterion or assumption: the words of its first `count` children, without bullet and checkbox. */
function listItem(item: ListItem, text: string, vocabulary: Vocabulary, count = item.children.length): StoryItem {
  // Its words end before a rule or code that closes it: words added after a `---` or a closing fence would end it.
  while (count > 1 && WORDLESS.has(item.children[count - 1]!.type)) count--;
  const first = item.children[0];
  const contentStart = first ? startOf(first) : endOf(item);
  let itemStart = startOf(item);
  // Skip the bullet so the range covers the criterion's words.
  const marker = /^[ \t]*(?:[-*+]|\d+[.)])[ \t]+/.exec(text.slice(itemStart, contentStart + 1));
  if (marker) itemStart += marker[0].length;
  let checkbox: Span | undefined;
  const box = /^\[[ xX]\][ \t]+/.exec(text.slice(itemStart));
  if (box) {
    checkbox = { start: itemStart, end: itemStart + 3 };
    itemStart += box[0].length;
  }
  const lastChild = item.children[count - 1];
  const itemEnd = lastChild ? endOf(lastChild) : count < item.children.length ? contentStart : endOf(item);
  // Markdown folds a label line that follows a list item without a blank line into the item.
  const wordsEnd = firstLabelLineAfter(text, contentStart, itemEnd, vocabulary) ?? itemEnd;
  const span = trimSpan(text, Math.min(itemStart, contentStart), wordsEnd);
  if (box && span.start < itemStart) span.start = itemStart;
  // An item opening with a quote (`- >20% of …`, a "more than" to its author) keeps its marker: the words start
  // after it, so a rewrite of them leaves the quote a quote.
  if (first?.type === 'blockquote') {
    const wordsStart = contentStart + QUOTE_LEAD.exec(text.slice(contentStart, endOf(first)))![0].length;
    if (span.start < wordsStart) span.start = wordsStart;
  }
  // An empty item ends where its words would start: never a range that ends before it starts.
  if (span.end < span.start) span.end = span.start;
  const result: StoryItem = { span, text: text.slice(span.start, span.end) };
  if (checkbox) result.checkbox = checkbox;
  if (first?.type === 'html') result.rawHtml = true;
  return result;
}
