/**
 * A tag a title opens with: `Spike: …`, `[Chore] …`, `Tech debt - …`, `Web: …`; of a conventional commit's
 * `type(scope):` the type, which says what the item is (`docs(readme):` documents, `fix(api):` fixes; the scope says
 * only where).
 */
export const TITLE_TAG =
  /^\s*(?:\[([^\]\n]{1,30})\]|([A-Za-z][A-Za-z ]{0,24}?)\s*(?::|\s-\s)|([A-Za-z]+)\([^()\n]{1,30}\)!?:(?!\S))/;

/**
 * What an issue export writes before each item's title: the tracker's link and the item's state ("[\\#43 Issue](…)
 * `closed`: ", "[\\#4 PR](…) `merged`: ", as gh2md writes them). The title is what follows.
 */
const EXPORTED_ITEM = /^\[\\?#\d+ [A-Za-z]+\]\([^()\s]*\)(?:[ \t]*`[^`\n]{1,20}`)?[ \t]*:[ \t]*(?=\S)/;

/** A title that is a link to its item as a whole: "[Promote data-packages …](https://…/issues/28)". */
const LINKED_TITLE = /^\[([^[\]\n]+)\]\([^()\s]+\)[ \t]*$/;
/** A title in an HTML element as a whole, as a Confluence export writes it: `<span id="title-text"> … </span>`. */
const TAGGED_TITLE = /^<([a-z][a-z0-9]*)\b[^<>]*>([ \t]*)([^<>\n]*?)[ \t]*<\/\1>[ \t]*$/i;

/**
 * Where the author's title lies in a heading's text: after an issue export's link and state, and inside a link or an
 * HTML element the whole title is (the link's words, the element's text).
 */
export function ownTitle(heading: string): { start: number; end: number } {
  const start = EXPORTED_ITEM.exec(heading)?.[0].length ?? 0;
  const linked = LINKED_TITLE.exec(heading.slice(start));
  if (linked) return { start: start + 1, end: start + 1 + linked[1]!.length };
  const tagged = TAGGED_TITLE.exec(heading.slice(start));
  if (tagged && tagged[3]) {
    const from = start + heading.slice(start).indexOf('>') + 1 + tagged[2]!.length;
    return { start: from, end: from + tagged[3].length };
  }
  return { start, end: heading.length };
}

/** A title's opening tags (at most three: "[Story] Web: …"), as written, and the words after them. */
export function splitTitle(title: string): { tags: string[]; rest: string } {
  return openingTags(title, TITLE_TAG);
}

/** The tags `tag` reads at the start of `title`, one after another (at most three), and the words after them. */
function openingTags(title: string, tag: RegExp): { tags: string[]; rest: string } {
  const tags: string[] = [];
  let rest = title;
  for (let i = 0; i < 3; i++) {
    const m = tag.exec(rest);
    if (!m) break;
    tags.push((m[1] ?? m[2] ?? m[3]!).trim());
    rest = rest.slice(m[0].length);
  }
  return { tags, rest };
}

/**
 * A tag as areas and platforms are written: `UX&D:`, `Web:`, `[iOS]`, `FE -`; one word, so a title's own words
 * before a subtitle ("Static site public launch: infrastructure and content") are no tag.
 */
const AREA_TAG =
  /^\s*(?:\[([^\]\n]{1,30})\]|([A-Za-z][\w/+&-]{0,15})\s*(?::(?!\S)|\s-\s)|[A-Za-z]+\(([^()\n]{1,30})\)!?:(?!\S))/;
/** A part named in brackets at the end: "Add refund policy checkbox to Boost purchase modal (mobile)". */
const TRAILING_AREA = /\s\(([^()\n]{1,20})\)\s*$/;
/** A tag that says what kind of item it is ("[Story]", "[Chore]"), not which part of the product. */
const KIND_TAG = /^(?:user\s+)?(?:story|stories|feature|chore|task|bug|spike|improvement|enhancement)$/i;

/** The parts of the product a title names in its tags, lower case and sorted: "UXD: Flow (mobile)" → mobile, uxd. */
export function titleAreas(title: string): string[] {
  const { tags: areas, rest } = openingTags(title, AREA_TAG);
  const trailing = TRAILING_AREA.exec(rest)?.[1];
  if (trailing) areas.push(trailing.trim());
  return areas
    .filter((tag) => !KIND_TAG.test(tag))
    .map((tag) => tag.toLowerCase())
    .sort();
}
