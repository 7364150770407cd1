/**
 * Placeholders are what fixes insert where only the author can supply the words:
 * `<who has the need?>`. They are plain text so every editor and the CLI can show them;
 * the language server turns them into snippet tab stops. A placeholder never satisfies a
 * rule, which is what makes fixes idempotent: the second pass sees the placeholder, asks
 * for it to be filled in, and inserts nothing.
 */
/** HTML element names: `<b>` or `<video …>` is markup, not a placeholder. */
const HTML_TAGS = [
  'a abbr b bdi bdo br cite code data del details dfn div em hr i img ins kbd li mark ol p pre q s samp',
  'small span strong sub summary sup table tbody td th thead time tr u ul var wbr video audio source',
  'picture figure figcaption center font section article aside nav header footer main dl dt dd caption',
  'col colgroup input button label select option textarea form iframe script style link meta base head',
  'body html title noscript template slot svg math canvas',
]
  .join(' ')
  .split(' ')
  .join('|');
/** `<who has the need?>`, `<baseline>`: angle brackets around words, but not an HTML tag. */
const PLACEHOLDER = new RegExp(`<(?!/)(?!(?:${HTML_TAGS})(?:[\\s/>]|$))[a-z][^<>\\n="/]*>`, 'gi');

export function placeholder(prompt: string): string {
  return `<${prompt}>`;
}

export function findPlaceholders(text: string): { start: number; end: number }[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

export function containsPlaceholder(text: string): boolean {
  PLACEHOLDER.lastIndex = 0;
  const found = PLACEHOLDER.test(text);
  PLACEHOLDER.lastIndex = 0;
  return found;
}

/** True when the text says nothing but placeholders (and punctuation). */
export function isOnlyPlaceholder(text: string): boolean {
  return containsPlaceholder(text) && text.replace(PLACEHOLDER, '').replace(/[\s,.;:*_—-]/g, '') === '';
}

/**
 * A slot a template leaves for the author, in brackets or braces, escaped or not, standing alone and
 * holding words: `[type of user 1]`, `\[Must-have condition 1]`, `{success metric}` — not a task box (`[x]`).
 */
const TEMPLATE_SLOT = /^\s*\\?[[{<][^\]}>]*\\?[\]}>]\s*$/;
export const isTemplateSlot = (text: string): boolean => TEMPLATE_SLOT.test(text) && /[\p{L}\p{N}]{2}/u.test(text);

/** Words a template writes in its slots, in emphasis: "As a _user_ I want _goal_ so _purpose_". */
const SLOT_WORDS = 'user|role|persona|goal|purpose|benefit|reason|action|feature|value|outcome|need';
/** Text that opens with a template's slot word in emphasis: "_goal_", "*purpose*", "_user_ <br>". */
export const EMPHASISED_SLOT = new RegExp(String.raw`^\s*[*_]+(?:${SLOT_WORDS})[*_]*(?:\s|<|$)`, 'i');

/** A list marker and task box opening a line: `- [ ] `, `1. `. */
const ITEM_MARK = /^\s*(?:[-*+]|\d{1,9}[.)])\s+(?:\[[ xX]\]\s*)?/;
/**
 * "TBD", "n/a" …, "_No response_", what a GitHub issue form writes under a field left empty, and "None provided.",
 * what an export writes there.
 */
const STAND_IN = new RegExp(
  String.raw`^(?:tbd|tbc|todo|to\s+do|n\/a|na|none(?:\s+(?:provided|given|specified|yet))?|` +
    // "Nothing right now.", "None for now": a backlog's group with nothing in it yet.
    String.raw`(?:nothing|none)(?:\s+(?:yet|so\s+far|right\s+now|for\s+now|at\s+the\s+moment))|` +
    String.raw`not\s+(?:provided|specified)(?:\s+yet)?|no\s+response|-+|\?+|\.\.\.|…|xxx)\.?$`,
  'i',
);

/**
 * A value that says nothing yet: a placeholder, or a stand-in like "TBD" or "n/a" — on every
 * line, list markers aside (a template's `- [ ] ...` under Acceptance criteria).
 */
export function isUnfilled(text: string): boolean {
  const bare = text.replace(/[*_`]/g, '').trim();
  if (bare === '' || isOnlyPlaceholder(bare) || STAND_IN.test(bare)) return true;
  const lines = bare
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(ITEM_MARK, '').trim())
    .filter((line) => line !== '');
  return lines.every((line) => isOnlyPlaceholder(line) || STAND_IN.test(line));
}
