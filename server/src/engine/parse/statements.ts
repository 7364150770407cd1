/**
 * What makes a section a story: label lines (`**Who:** …`), classic or job sentences, and
 * label sub-headings (`### How we'll know`). Each section's are read once, its blocks' sentences
 * included, and kept for the story finder and the story builder.
 */
import type { Heading, List, ListItem, Node, RootContent } from 'mdast';
import type { ElementKind, Span, Story, StoryElement, StorySentence } from '../types.js';
import {
  blockEnd,
  ABOUT_DOCUMENT,
  codeBlocksIn,
  endOf,
  itemPlaces,
  startOf,
  textBlocks,
  withTableCells,
  type TextBlock,
} from './blocks.js';
import {
  firstLabelLineAfter,
  isScenarioName,
  matchLabelLine,
  namesAside,
  RATING,
  namesRoleOnly,
  normaliseName,
  sectionRoleOf,
  type LabelMatch,
  type SectionRole,
} from './labels.js';
import { DEFAULT_VOCABULARY, type Vocabulary } from '../language/vocabulary.js';
import { lineEndOf, linesOf, textLineStartOf, trimSpan } from './lines.js';
import { headingSpan, headingText, type Section } from './sections.js';
import { PART_KEYWORDS, parseLeadIn, parseListedWant, parseSentence } from './sentence.js';
import { rowSentence } from './story-table.js';
import { maskTemplate } from './template.js';
import { namesPerson } from './persona.js';
import { htmlRuns } from './html.js';
import type { SectionFlags } from './story-memo.js';

/** A label line of a field. */
export interface LabelHit {
  /** The element the label names, or a context or bug-report name (which only ends the field before it). */
  kind: SectionRole;
  /** The real start of the line, before any list marker: a field's region ends there. */
  lineStart: number;
  label: Span;
  valueStart: number;
}

/** A block holding a classic or job sentence. */
export interface SentenceHit extends TextBlock {
  sentence: StorySentence;
}

/** "1.2", "US-12", "#34", "PROJ-101": an identifier, all a field holds when it numbers what it labels. */
const IDENTIFIER = /^(?:#|[A-Z][A-Z0-9]{0,9}-)?\d+(?:\.\d+)*$/;

/**
 * "Request:" alone on the last line of a paragraph over a fenced JSON body, or "Request: `/board/42`": the label
 * captions code (an API example's request), no part of a story left empty. Criteria and assumptions written in code
 * are read elsewhere.
 */
function captionsCode(
  role: string,
  value: string,
  endsBlock: boolean,
  next: () => RootContent | undefined,
  text: string,
): boolean {
  if (role === 'success' || role === 'assumptions') return false;
  // "Request: `/board/42/status`": its value is code alone.
  if (value !== '') return value.replace(/`[^`\n]*`/g, '').trim() === '';
  const after = endsBlock ? next() : undefined;
  return after?.type === 'code' && /^[ \t]*(?:```|~~~)/.test(text.slice(startOf(after), endOf(after)));
}

/**
 * The label lines of the blocks (paragraphs, quotes, first paragraphs of list items), in order; with
 * `listedCriteria` (a section named as the success), none of its list items.
 */
export function labelHits(
  nodes: readonly RootContent[],
  text: string,
  vocabulary: Vocabulary = DEFAULT_VOCABULARY,
  listedCriteria = false,
): LabelHit[] {
  const hits: LabelHit[] = [];
  // The node after each of `nodes`, mapped once and only if a label asks: looking it up label by label was quadratic.
  let following: Map<unknown, RootContent | undefined> | undefined;
  const after = (node: unknown) => (following ??= new Map(nodes.map((n, i) => [n, nodes[i + 1]]))).get(node);
  for (const block of textBlocks(nodes, true)) {
    // Under a success name, a listed "**Objective:** …" or "**Key result:** …" is a criterion's lead, not a field.
    if (listedCriteria && block.inList) continue;
    const code = codeBlocksIn([block.block]);
    for (const line of linesOf(text, block.from, block.to)) {
      // Code quoted in a quote is code: no label of the author's.
      if (code.some((c) => line.start + line.text.length > startOf(c) && line.start < endOf(c))) continue;
      // A label inside a quote (`> **Who:** …`) keeps its offsets: the marker becomes spaces.
      const m =
        matchLabelLine(
          line.text.replace(/^[ \t]*>[ \t]?/, (s) => ' '.repeat(s.length)),
          vocabulary,
        ) ?? plainListName(block, text, line, () => after(block.block), vocabulary, listedCriteria);
      if (!m) continue;
      const value = line.text.slice(m.valueStart).trim();
      // "**Story:** 1.2", "User story: US-12": a number that names the story is a property, no element; so is a
      // rating ("*Value:* Must have").
      const property = IDENTIFIER.test(value) || (m.role === 'why' && RATING.test(value.replace(/[*_]/g, '')));
      const endsBlock = line.start + line.text.trimEnd().length >= trimSpan(text, block.from, block.to).end;
      const caption = !property && captionsCode(m.role, value, endsBlock, () => after(block.block), text);
      hits.push({
        kind: property || caption ? 'context' : m.role,
        lineStart: textLineStartOf(text, line.start),
        label: { start: line.start + m.labelStart, end: line.start + m.labelEnd },
        valueStart: line.start + m.valueStart,
      });
    }
  }
  return hits;
}

/**
 * "Acceptance Tests" alone in a paragraph, in no emphasis and with no colon, right over a list: the name of the
 * criteria the list holds, as a heading or a bold line would be; so is a context's or a part's ("Notes" over its
 * list), which ends them. Not a who, what or why ("Goal" over a list may be a line of a plan), and not under the
 * criteria's name, where "Scenario: …" over its steps is one of them. Any other line so written is prose.
 */
function plainListName(
  block: TextBlock,
  text: string,
  line: { start: number; text: string },
  next: () => RootContent | undefined,
  vocabulary: Vocabulary,
  underCriteria: boolean,
): LabelMatch | undefined {
  if (underCriteria || block.inList || block.block.type !== 'paragraph') return undefined;
  // The paragraph is this one line (its edges read, not its text: a long paragraph has many lines), and only then is
  // the block after it looked up.
  const whole = trimSpan(text, block.from, block.to);
  if (whole.start < line.start || whole.end > line.start + line.text.length || next()?.type !== 'list')
    return undefined;
  const name = line.text.trim();
  if (isScenarioName(name)) return undefined;
  const role = sectionRoleOf(name, vocabulary);
  if (role === undefined || isStatementKind(role)) return undefined;
  const labelStart = line.text.length - line.text.trimStart().length;
  return { role, labelStart, labelEnd: labelStart + name.length, valueStart: line.text.length };
}

/** A cell holding only a scenario's keyword: "Given", "**And**". */
const STEP_KEYWORD = /^[\s*_]*(?:given|when|then|and|but)[\s*_:]*$/i;

/**
 * The statements of the raw HTML blocks among `nodes` (an Azure DevOps description): each run of text between
 * block tags read like a paragraph, or like a list item inside an `<li>`. Their words are read with the markup
 * masked, as the rules will judge them.
 */
function htmlSentences(nodes: readonly RootContent[], text: string): SentenceHit[] {
  const found: SentenceHit[] = [];
  for (const node of nodes) {
    if (node.type !== 'html') continue;
    const inHtml = { start: startOf(node), end: endOf(node) };
    const { runs, masked } = htmlRuns(text, inHtml.start, inHtml.end);
    for (const [i, { span, inList }] of runs.entries()) {
      // "<td><b>And</b></td><td>I want to inspect an object</td>": a scenario's step, the cell after its keyword.
      const before = runs[i - 1];
      if (before && STEP_KEYWORD.test(masked.slice(before.span.start, before.span.end))) continue;
      const sentence = parseSentence(maskTemplate(masked.slice(span.start, span.end)), span.start);
      if (sentence)
        found.push({
          block: node,
          from: span.start,
          to: span.end,
          inList,
          cell: 'html',
          sentence: { ...sentence, inHtml },
        });
    }
  }
  return found;
}

/** The sentences of the blocks, each read up to its first label line so fields added under it do not join it. */
function findSentences(
  nodes: readonly RootContent[],
  text: string,
  vocabulary: Vocabulary,
  headingLeadIn?: StoryElement,
  headingRole?: StoryElement,
): SentenceHit[] {
  const inHtml = htmlSentences(nodes, text);
  const inMarkdown = findMarkdownSentences(nodes, text, vocabulary, headingLeadIn, headingRole);
  return inHtml.length ? [...inMarkdown, ...inHtml].sort((a, b) => a.from - b.from) : inMarkdown;
}

const ROLE = /\bas\s+(?:an?|the)\b/gi;

/** "As a" on a line after one that holds "As a": the paragraph may hold a statement on each. Linear in its length. */
function twoRoles(words: string): boolean {
  ROLE.lastIndex = 0;
  const first = ROLE.exec(words);
  const lineAfter = first ? words.indexOf('\n', first.index) : -1;
  if (lineAfter < 0) return false;
  ROLE.lastIndex = lineAfter;
  return ROLE.exec(words) !== null;
}

/**
 * A paragraph holding a statement on each of several lines ("1576 - Katie - As a user I want …" over "1617 - Katie -
 * As an admin I want …", a sprint review's demo list): each statement's lines are a block of their own, so that no
 * want runs on into the next statement and takes its reason. A statement wrapped onto its next line stays one.
 */
function withStatementLines(blocks: readonly TextBlock[], text: string): TextBlock[] {
  return blocks.flatMap((block) => {
    if (block.block.type !== 'paragraph' || block.inList || block.cell || block.row) return [block];
    const words = text.slice(block.from, block.to);
    if (!twoRoles(words)) return [block];
    const lines = linesOf(text, block.from, block.to);
    const opening = lines.filter((line) => {
      const sentence = parseSentence(maskTemplate(line.text), line.start);
      return sentence?.who !== undefined && sentence.outcome !== undefined;
    });
    if (opening.length < 2) return [block];
    const starts = [block.from, ...opening.map((line) => line.start).filter((at) => at > block.from)];
    return starts.map((from, i) => ({
      ...block,
      from,
      to: trimSpan(text, from, starts[i + 1] ?? block.to).end,
      cell: 'line' as const,
    }));
  });
}

/** A statement as written, emphasis, spacing and case aside: how a statement listed again is told word for word. */
export const statementWords = (story: Story, text: string): string | undefined =>
  story.sentence &&
  text
    .slice(story.sentence.span.start, story.sentence.span.end)
    .replace(/[*_`]+/g, '')
    .replace(/\s+/g, ' ')
    .toLowerCase();

/** A statement in a card of fields with no reason of its own takes the card's ("| Rationale | so that … |"). */
function withCardReason(sentence: StorySentence, block: TextBlock, text: string): StorySentence {
  const reason = block.card?.reason;
  if (!reason || sentence.why) return sentence;
  return {
    ...sentence,
    why: { kind: 'why', span: reason, text: text.slice(reason.start, reason.end), from: 'sentence' },
  };
}

/** Words struck through whole, after a checkbox if any ("[x] ~~As a user, …~~", "~As a player, …~" in one tilde). */
const STRUCK_THROUGH = /^[ \t]*(?:\[[ xX]\][ \t]*)?(~~?)(?!~)[^~]+(?<!~)\1[ \t.]*$/;

/**
 * A block opening with a link: "[#1845 - As a data analyst, I want …](https://…/issues/1845) - Talk through", after
 * the item's short name if any ("Story Number 2 - [As a user, …](…)").
 */
const OPENING_LINK = /^(\s*(?:[^[\]\n]{1,30}?\s[-–—:][ \t]*)?\[)([^[\]\n]+)\]\(([^()\s]+)/;

/** An item's number opening or closing the words that name it: "#2473 As a data analyst …", "… #3008". */
const ITEM_NUMBER = /^\s*#(\d+)\b|(?<=\s)#(\d+)\\?\s*$/;
/** The number an address to a tracker's item ends with: "https://…/issues/3008", "…/-/merge_requests/12". */
const ITEM_ADDRESS = /\/(?:issues|pull|pulls|merge_requests)\/(\d+)\/?(?:[?#]\S*)?$/;

/** The tracker item named by its number, "#3008", whether written beside the statement or in the link to it. */
function itemNumber(words: string, address?: string): string | undefined {
  const written = ITEM_NUMBER.exec(words);
  const number = written ? (written[1] ?? written[2]) : address && ITEM_ADDRESS.exec(address)?.[1];
  return number ? `#${number}` : undefined;
}

/**
 * The statement of a block's words; one written as the text of the link the block opens with (a sprint page citing
 * its tracker's issues) ends with that text, not in the link's address or the note after it. Either cites the
 * tracker's item it names by number ("… django-admin-508 #3008" in one list, a link to issue 3008 in another).
 */
function parseStatement(words: string, base: number): StorySentence | undefined {
  const link = OPENING_LINK.exec(words);
  const linked = link ? parseSentence(words.slice(0, link[1]!.length + link[2]!.length), base) : undefined;
  if (linked) return { ...linked, cites: itemNumber(link![2]!, link![3]!) ?? link![3]! };
  const sentence = parseSentence(words, base);
  const cites = sentence && itemNumber(words);
  return cites ? { ...sentence, cites } : sentence;
}

/** Wants listed under a lead-in: the items of `items` (all items in the span, when none is given). */
interface LeadIn {
  from: number;
  to: number;
  who: StoryElement;
  items?: ReadonlySet<Node>;
  /** A role heading's ("### As a future participant"): only items that are wants themselves ("I can …") are its. */
  wantsOnly?: true;
}

/** The items of the lists among `nodes` themselves, not those nested in them. */
const topItems = (nodes: readonly RootContent[]): Set<Node> =>
  new Set(nodes.flatMap((n) => (n.type === 'list' ? n.children : [])));

function findMarkdownSentences(
  nodes: readonly RootContent[],
  text: string,
  vocabulary: Vocabulary,
  headingLeadIn?: StoryElement,
  headingRole?: StoryElement,
): SentenceHit[] {
  const found: SentenceHit[] = [];
  // Items saying "As a **grantor**, I want:": each item listed under one is a statement of that who. A heading saying
  // so ("## As a trainer, I want to:") leads into the items of its section's lists, a paragraph into the list after it;
  // the nearest lead-in is the one that counts.
  const leadIns: LeadIn[] = [];
  if (headingLeadIn && nodes.length)
    leadIns.push({
      from: startOf(nodes[0]!) - 1,
      to: endOf(nodes.at(-1)!),
      who: headingLeadIn,
      items: topItems(nodes),
    });
  // A heading naming a role ("### As a future participant") over "- I can …", "- I want …": that role's wants.
  else if (headingRole && nodes.length)
    leadIns.push({
      from: startOf(nodes[0]!) - 1,
      to: endOf(nodes.at(-1)!),
      who: headingRole,
      items: topItems(nodes),
      wantsOnly: true,
    });
  const blocks = withStatementLines(withTableCells(textBlocks(nodes, false, true), text), text);
  // The blocks come in the order of the text, so a block is inside a story found before it when it starts before the
  // furthest end of those: one comparison, where looking through every story found was quadratic in a long list.
  let foundTo = -1;
  const add = (hit: SentenceHit) => {
    found.push(hit);
    foundTo = Math.max(foundTo, blockEnd(hit));
  };
  for (const [i, block] of blocks.entries()) {
    // A list item inside a one-line story's item is part of that story.
    if (block.from < foundTo) continue;
    if (block.row) {
      const want = block.row.want;
      const sentence = rowSentence(text, block.row, maskTemplate(text.slice(want.start, want.end)));
      if (sentence) add({ ...block, sentence: withSourceText(sentence, text) });
      continue;
    }
    const end = block.card?.cell.end ?? firstLabelLineAfter(text, block.from, block.to, vocabulary) ?? block.to;
    // A statement in a comment or in code (a quoted e-mail text) is template text, not the author's story.
    const own = maskTemplate(text.slice(block.from, end));
    // Only an item's own words are a want listed under a lead-in: a quote inside the item is something quoted.
    const item = block.inList && block.block.type === 'listItem';
    const lead = item ? nearestLeadIn(leadIns, block) : undefined;
    // "~~As a user, I would like a GUI.~~": withdrawn or done, kept to show the backlog's history.
    if (STRUCK_THROUGH.test(own)) continue;
    const sentence = lead
      ? listedUnder(lead, own, block.from)
      : (parseStatement(own, block.from) ?? roleLabelled(own, block.from, vocabulary));
    // A paragraph naming no one that opens with a part of a statement may start one written a part to a paragraph.
    const run = !sentence?.who && openingPart(own) ? keywordRun(blocks, i, nodes, text, vocabulary) : undefined;
    if (run) add(run);
    else if (sentence) add({ ...block, sentence: withSourceText(withCardReason(sentence, block, text), text) });
    else if (block.inList) {
      const who = leadInWho(own, block.from, text, vocabulary);
      if (who) leadIns.push({ from: block.from, to: endOf(block.block), who });
    } else if (/(?::|…|\.{3})[\s*_]*$/.test(own)) {
      const who = leadInWho(own, block.from, text, vocabulary);
      const list = who ? listAfter(nodes, block.block) : undefined;
      if (list && who) leadIns.push({ from: block.from, to: endOf(list), who, items: new Set(list.children) });
    }
  }
  return found;
}

/**
 * A story card's "**As** Brandon Lang (student)" and "**So** that …": "As" and "So" alone are keywords only when set in
 * emphasis ("As discussed, …" opens prose).
 */
const EMPHASISED_AS = String.raw`(?<=[*_])as(?=[*_]{1,3}[ \t]+[\p{L}\p{N}(])`;
const EMPHASISED_SO = String.raw`(?<=[*_])so(?=[*_]{1,3}[ \t]+that\b)`;

/** The part of a statement a paragraph opens with, its emphasis aside: "**As a** …", "_I want_ …", "So that …". */
const KEYWORD_PARAGRAPH = new RegExp(
  String.raw`^[\s*_]*(?:(${PART_KEYWORDS.who}|${EMPHASISED_AS})|(${PART_KEYWORDS.want})|` +
    String.raw`${PART_KEYWORDS.why}|${EMPHASISED_SO})(?![\p{L}\p{N}])`,
  'iu',
);
// Not `\b` after the keyword: "_" is a word character, and "**_As a_**" closes its keyword with one.

/** Which part of a statement the paragraph's words open with, if any. */
function openingPart(words: string): 'who' | 'want' | 'why' | undefined {
  const m = KEYWORD_PARAGRAPH.exec(words);
  return !m ? undefined : m[1] ? 'who' : m[2] ? 'want' : 'why';
}

/**
 * A statement written a part to a paragraph ("**As a** …", a blank line, "**I want** …", "**So that** …") or a part to
 * an item of one list ("- As a person," / "- So that I can use a bike," / "- I'd like a docking station …"), from the
 * block at `i`: the paragraphs side by side among `nodes`, or the items side by side in their list, that each open with
 * another part, none a statement alone, read as one text with their line breaks and list markers as spaces. Anything
 * else between them (prose, a label line, a second want) ends the run.
 */
function keywordRun(
  blocks: readonly TextBlock[],
  i: number,
  nodes: readonly RootContent[],
  text: string,
  vocabulary: Vocabulary,
): SentenceHit | undefined {
  const seen = new Set<string>();
  const run: TextBlock[] = [];
  const items = itemPlaces(nodes);
  for (let b = blocks[i]; b !== undefined; b = blocks[i + run.length]) {
    if (b.cell || b.row) break;
    const item = b.block.type === 'listItem' ? items.get(b.block) : undefined;
    if (b.block.type !== 'paragraph' && !item) break;
    if (b.block.type === 'paragraph' && b.inList) break;
    const previous = run.at(-1);
    if (previous && !item && nodes.indexOf(b.block) !== nodes.indexOf(previous.block as RootContent) + 1) break;
    // An item goes on from the item just before it in the same list, and holds nothing but its words.
    const before = previous && items.get(previous.block);
    if (previous && item && (before?.list !== item.list || before.at + 1 !== item.at)) break;
    if (item && (b.block as ListItem).children.length !== 1) break;
    // Fields added under its last line ("**So that** …" over "**If we don't:** …") end the statement there.
    const fields = firstLabelLineAfter(text, b.from, b.to, vocabulary);
    const own = maskTemplate(text.slice(b.from, fields ?? b.to));
    const part = openingPart(own);
    if (!part || seen.has(part) || parseSentence(own, b.from)?.who) break;
    seen.add(part);
    run.push(fields === undefined ? b : { ...b, to: trimSpan(text, b.from, fields).end });
    if (fields !== undefined) break;
  }
  const [first, last] = [run[0], run.at(-1)];
  if (!first || !last || run.length < 2 || !seen.has('who') || !seen.has('want')) return undefined;
  // A paragraph's closing stop ends its clause, not the statement: "**I want** to pay.", "**So that** …".
  const stops = new Set(run.slice(0, -1).map((b) => trimSpan(text, b.from, b.to).end - 1 - first.from));
  // A part's end is its clause's: where it has no comma of its own ("- As a member of the public" / "- So I can …"),
  // the line break after it reads as one.
  const clauseEnds = new Set(
    run
      .slice(0, -1)
      .filter((b) => !/[,;:]$/.test(text.slice(b.from, trimSpan(text, b.from, b.to).end)))
      .map((b) => lineEndOf(text, trimSpan(text, b.from, b.to).end) - first.from),
  );
  const words = maskTemplate(text.slice(first.from, last.to))
    .replace(/((?:\r?\n|\r)[ \t]*)([-*+]|\d+[.)])(?=[ \t])/g, (_, lineStart: string, marker: string) =>
      lineStart.concat(' '.repeat(marker.length)),
    )
    .split('')
    .map((ch, at) =>
      clauseEnds.has(at) && (ch === '\n' || ch === '\r')
        ? ','
        : ch === '\n' || ch === '\r' || (stops.has(at) && /[.;!]/.test(ch))
          ? ' '
          : ch,
    )
    .join('');
  const sentence = parseSentence(words, first.from);
  if (!sentence?.who || !sentence.outcome) return undefined;
  return {
    ...first,
    to: last.to,
    joined: run.slice(1).map((b) => b.block as RootContent),
    sentence: withSourceText(sentence, text),
  };
}

/** An item's statement under a lead-in: any words are a want after "As a grantor, I want:"; under a role, a want. */
function listedUnder(lead: LeadIn, words: string, base: number): StorySentence | undefined {
  if (!lead.wantsOnly) return parseListedWant(words, base, lead.who);
  const own = parseStatement(words, base);
  return own && !own.who && !own.situation ? { ...own, who: lead.who } : own;
}

/**
 * A role set as a label before the want: "**Teacher** ➜ 2) I want …", "**Employee**: I want …", "Student: I would
 * like …" (a role, its separator, an item number, then "I" or "we"), after a mark such as "✅" (done) if any.
 */
const ROLE_LABEL = new RegExp(
  String.raw`^[\s>\p{Extended_Pictographic}\uFE0F]*(?:[*_]{1,3}(?<bold>[^*_\n:]{1,40}?)[ \t]*(?<inside>:)?[*_]{1,3}|` +
    String.raw`(?<plain>\p{Lu}[\p{L}'’-]*(?:[ \t]+[\p{L}'’-]+){0,2}))` +
    String.raw`[ \t]*(?<sep>:|➜|→|->|=>)?[ \t]*(?:\d+(?:[+,]\d+)*[.)][ \t]*)?(?=(?:I|we)\b)`,
  'du',
);

/**
 * The statement of words whose want is labelled with its role, the role as its who. Only a word for people makes a
 * label a role: "**Note**: I want to add it later" is an aside before a want.
 */
function roleLabelled(words: string, base: number, vocabulary: Vocabulary): StorySentence | undefined {
  const m = ROLE_LABEL.exec(words);
  const at = m?.indices?.groups?.bold ?? m?.indices?.groups?.plain;
  if (!m || !at || !(m.groups!.sep || m.groups!.inside)) return undefined;
  const role = words.slice(at[0], at[1]).trim();
  // "User story: I want …" labels the statement: a word for people in it does not make it a role.
  const labelled = sectionRoleOf(role, vocabulary);
  if (!namesPerson(role, vocabulary) || (labelled !== undefined && labelled !== 'who')) return undefined;
  const sentence = parseStatement(' '.repeat(m[0].length) + words.slice(m[0].length), base);
  if (!sentence?.outcome || sentence.who || sentence.situation) return undefined;
  const who: StoryElement = {
    kind: 'who',
    span: { start: base + at[0], end: base + at[0] + role.length },
    text: role,
    from: 'sentence',
  };
  return { ...sentence, who, span: { start: who.span.start, end: sentence.span.end } };
}

/** The last lead-in read whose list holds the item. */
function nearestLeadIn(leadIns: readonly LeadIn[], block: TextBlock): LeadIn | undefined {
  for (let i = leadIns.length - 1; i >= 0; i--) {
    const l = leadIns[i]!;
    if (block.from > l.from && block.from < l.to && (!l.items || l.items.has(block.block))) return l;
  }
  return undefined;
}

/** The list right after a paragraph among `nodes` themselves (not one in a quote), if one follows it. */
function listAfter(nodes: readonly RootContent[], block: Node): List | undefined {
  const at = nodes.indexOf(block as RootContent);
  const next = at < 0 ? undefined : nodes[at + 1];
  return next?.type === 'list' ? next : undefined;
}

/** A line naming only a person over the wants listed under it ("As a participant…"), when its words name one. */
function personLeadIn(words: string, base: number, vocabulary: Vocabulary): StoryElement | undefined {
  const person = parseLeadIn(words, base, true);
  return person && namesPerson(person.text, vocabulary) ? person : undefined;
}

const sourceOf = (el: StoryElement, text: string) => text.slice(el.span.start, el.span.end);

/**
 * The who of words that lead into listed wants ("As a grantor, I want to:"; given the word lists, a person alone: "As a
 * participant…"), its text the author's (the words were read masked).
 */
function leadInWho(words: string, base: number, text: string, vocabulary?: Vocabulary): StoryElement | undefined {
  const who = parseLeadIn(words, base) ?? (vocabulary ? personLeadIn(words, base, vocabulary) : undefined);
  return who ? { ...who, text: sourceOf(who, text) } : undefined;
}

/** What a section states, read once. */
export interface Statements {
  /** Label lines of the section's own blocks. */
  labels: LabelHit[];
  /** Classic and job sentences of the section's own blocks. */
  sentences: SentenceHit[];
  /** The element the heading names, when the whole heading is a label (`### How we'll know`). */
  headingLabel?: ElementKind;
  /** What the heading names: an element, context (`## Background`) or a part of a bug report. */
  headingRole?: SectionRole;
  /** The heading is itself a story statement (`## As a nurse, I want …`). */
  headingSentence?: StorySentence;
  /**
   * Named for who, what or why but holding several story statements ("## User needs", "## User Story" over two
   * "As a …"): the list of the stories, as "## User stories" is, not an element of a story around them.
   */
  listsStories?: true;
  /**
   * A named sub-section (`### How we'll know`, `## Background`, `## Steps to reproduce`): a part
   * of the story it sits in, not a story of its own, unless it carries a second story statement.
   */
  isPart: boolean;
  /** The one classic or job sentence of the section's own text, outside lists. */
  ownSentence?: SentenceHit;
  /** Label lines, sentences or a label sub-heading: the section is a story, or holds some. */
  hasStatement: boolean;
  /** The section or a section under it has a statement. */
  subtreeHasStatement: boolean;
  /**
   * The section or one under it names who wants what (fields, a full sentence, a label
   * sub-heading, a statement heading): only such a sub-section is a story of its own. "We would
   * like to …" in a sub-section is context of the story around it.
   */
  subtreeHasStory: boolean;
  /**
   * As `subtreeHasStory`, without sub-headings that name only how we'll know or what if we don't:
   * a section holding `### Acceptance criteria` and no who, outcome or why says no story of its own.
   */
  subtreeStatesStory: boolean;
}

/** A whole statement, who and what, on its own line. */
const wholeOnItsLine = (x: SentenceHit, text: string) =>
  Boolean(x.sentence.who && x.sentence.outcome) && !/[\r\n]/.test(text.slice(x.from, x.to).trimEnd());

/**
 * The statement a heading's list opens with, when it is the heading's story (over its criteria): whole on its line,
 * and the items after it naming nobody — they tell what the person does on the way ("* I should be able to see an
 * `Add` button").
 */
export function listedStatement(sentences: readonly SentenceHit[], text: string): SentenceHit | undefined {
  const [first, ...rest] = sentences;
  if (first === undefined || sentences.some((x) => !x.inList) || !wholeOnItsLine(first, text)) return undefined;
  return rest.every((x) => !x.sentence.who && !x.sentence.situation) ? first : undefined;
}

/**
 * Reads what each section states, on demand and once. A section whose text was read in an
 * earlier version of the document (see StoryMemo) answers its parent with its flags alone;
 * its own statements are read only if its stories must be found again.
 */
export class StatementReader {
  private readonly full = new Map<Section, Statements>();

  constructor(
    private readonly text: string,
    /** The flags of a section known from before, if any. */
    private readonly known: (section: Section) => SectionFlags | undefined = () => undefined,
    /** The word lists: section names among them. */
    readonly vocabulary: Vocabulary = DEFAULT_VOCABULARY,
  ) {}

  /** Everything a section states: what the story finder reads of the section it is in. */
  of(section: Section): Statements {
    let statements = this.full.get(section);
    if (!statements) {
      statements = this.read(section);
      this.full.set(section, statements);
    }
    return statements;
  }

  /** What a parent reads of a sub-section: its flags, from before when they are known. */
  flagsOf(section: Section): SectionFlags {
    return (this.full.has(section) ? undefined : this.known(section)) ?? this.of(section);
  }

  private read(section: Section): Statements {
    const { text } = this;
    const children = section.children.map((c) => this.flagsOf(c));
    const { vocabulary } = this;
    const title = section.heading ? headingText(section.heading, text) : undefined;
    const named = title !== undefined ? sectionRoleOf(title, vocabulary) : undefined;
    // "## Purpose and Overview" saying "The purpose of this document is …" is about the document: its context.
    const namedRole = isStatementKind(named) && speaksOfDocument(section, text) ? 'context' : named;
    // A glossary's bold terms ("**Story**" over its definition) name words, not the story's parts.
    // Named as context first: "Provide technical CHANGELOG" is a story that ends in an aside's word.
    const contextName = named === 'context' ? normaliseName(title!) : undefined;
    const aside = contextName !== undefined && namesAside(contextName);
    const labels = aside ? [] : labelHits(section.own, text, vocabulary, namedRole === 'success');
    const headingSentence = section.heading ? headingSentenceOf(section, text) : undefined;
    const leadIn = headingSentence ? undefined : headingLeadIn(section, text);
    // "### As a visitor": a heading naming a role and no want (a role-only name is always read as context).
    const namesRole = contextName !== undefined && namesRoleOnly(contextName);
    const roleLead = namesRole && !headingSentence && !leadIn ? roleInHeading(text, section.heading!) : undefined;
    const sentences = findSentences(section.own, text, vocabulary, leadIn, roleLead);
    const loose = sentences.filter((x) => !x.inList);
    // "### As a visitor" over "I want to sign up …": the heading names the role whose want follows (build-story.ts
    // reads it as the who), so the section states that story; over prose alone it is context of the story around it.
    const roleLeads = namesRole && loose.some((x) => x.sentence.outcome && !x.sentence.who && !x.sentence.situation);
    const headingRole = roleLeads ? undefined : namedRole;
    // "## User needs" holding two or more "As a …, I need …" lists the stories, as "## User stories" does: it is not
    // the outcome of a story around them (a design history post's needs, each a story of its own).
    const listsStories =
      isStatementKind(headingRole) && sentences.filter((x) => x.sentence.who && x.sentence.outcome).length > 1;
    // An element label names an element; a context or bug-report name only makes the section a part.
    const headingLabel = headingRole === 'context' || headingRole === 'bug' || listsStories ? undefined : headingRole;
    const role = listsStories ? undefined : headingRole;
    // Under a name saying it is the statement ("## User Story", "## User stories addressed"), its one statement is the
    // section's even as a list item: an issue cut from a PRD lists the story it delivers so.
    // Only a whole statement on its line: "As a grantor, I want:" over listed wants leads into stories of their own.
    const stating =
      isStatementKind(headingLabel) &&
      loose.length === 0 &&
      sentences.length === 1 &&
      wholeOnItsLine(sentences[0]!, text);
    const hasLabelHeading = children.some((c) => c.headingLabel !== undefined);
    // "## Creating" over one "* As a homemaker, I want …" and its "### Acceptance Criteria": the heading's one
    // statement, written as an item, over parts of its story is the heading's, as a paragraph would be.
    const listedOverParts = hasLabelHeading ? listedStatement(sentences, text) : undefined;
    const ownSentence = loose.length === 1 ? loose[0] : stating ? sentences[0] : listedOverParts;
    // Fields saying who, what or why, a sentence naming who, or a statement heading: the section states a story.
    const statesStory =
      labels.some((l) => isStatementLabel(l)) ||
      sentences.some((x) => x.sentence.who || x.sentence.situation) ||
      roleLeads ||
      headingSentence !== undefined;
    const hasStatement =
      labels.some((l) => isElementLabel(l)) || sentences.length > 0 || hasLabelHeading || headingSentence !== undefined;
    return {
      labels,
      sentences,
      ...(headingLabel ? { headingLabel } : {}),
      ...(role ? { headingRole: role } : {}),
      ...(headingSentence ? { headingSentence } : {}),
      ...(listsStories ? { listsStories } : {}),
      isPart: role !== undefined && headingSentence === undefined,
      ...(ownSentence ? { ownSentence } : {}),
      hasStatement,
      subtreeHasStatement: hasStatement || children.some((c) => c.subtreeHasStatement),
      subtreeHasStory: statesStory || hasLabelHeading || children.some((c) => c.subtreeHasStory),
      subtreeStatesStory: statesStory || children.some((c) => isStatementKind(c.headingLabel) || c.subtreeStatesStory),
    };
  }
}

/**
 * A label line that says who wants what or why (`Who:`, `Outcome:`, `Why:`): what makes a
 * sub-section a story of its own. `Acceptance criteria:` alone under a sub-heading is the story's.
 */
export const isStatementLabel = (hit: LabelHit): boolean => isStatementKind(hit.kind);

/** Who, outcome and why: the elements that state a story (how we'll know and what if we don't do not). */
export const isStatementKind = (kind: string | undefined): boolean =>
  kind === 'who' || kind === 'outcome' || kind === 'why';

/** A label line that names an element, not context. */
export const isElementLabel = (hit: LabelHit): hit is LabelHit & { kind: ElementKind } =>
  hit.kind !== 'context' && hit.kind !== 'bug';

/**
 * Where the role starts and ends in a heading `namesRoleOnly` accepts: after "as" and its article, before the
 * trailing emphasis, colon or closing hashes ("### 1 - As **a** visitor:" → "visitor").
 */
const ROLE_WORDS = /\bas[\s*_]+(?:(?:an?|the)\b[\s*_]+)?/i;
const ROLE_END = /[\s*_:#.?!]+$/;

/** The role a heading names ("### 1 - As a visitor" names "visitor"), as the who of the statement under it. */
export function roleInHeading(text: string, heading: Heading): StoryElement | undefined {
  const span = headingSpan(heading, text);
  const line = text.slice(span.start, span.end);
  if (!namesRoleOnly(normaliseName(line))) return undefined;
  const lead = ROLE_WORDS.exec(line);
  if (!lead) return undefined;
  const from = lead.index + lead[0].length;
  const role = line.slice(from).replace(ROLE_END, '');
  if (role === '') return undefined;
  const at = span.start + from;
  return { kind: 'who', span: { start: at, end: at + role.length }, text: role, from: 'heading' };
}

/** The story statement a heading's own text makes, when it names at least what is wanted. */
function headingSentenceOf(section: Section, text: string): StorySentence | undefined {
  const span = headingSpan(section.heading!, text);
  const sentence = parseSentence(text.slice(span.start, span.end), span.start);
  return sentence?.outcome && (sentence.who || sentence.situation) ? sentence : undefined;
}

/** The who of a heading that leads into wants listed under it ("As a volunteer I would like to:"). */
function headingLeadIn(section: Section, text: string): StoryElement | undefined {
  if (!section.heading) return undefined;
  const span = headingSpan(section.heading, text);
  return leadInWho(text.slice(span.start, span.end), span.start, text);
}

/** The sentence with each clause's text read from the source: what was masked to match it stays the author's. */
function withSourceText(sentence: StorySentence, text: string): StorySentence {
  const out: StorySentence = { ...sentence };
  for (const key of ['who', 'situation', 'outcome', 'why'] as const) {
    const el = sentence[key];
    if (el) out[key] = { ...el, text: text.slice(el.span.start, el.span.end) };
  }
  return out;
}

/** Whether the section's first paragraph speaks of the document it is in. */
function speaksOfDocument(section: Section, text: string): boolean {
  const first = section.own.find((n) => n.type === 'paragraph');
  return first !== undefined && ABOUT_DOCUMENT.test(maskTemplate(text.slice(startOf(first), endOf(first))).trim());
}
