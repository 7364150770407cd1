/**
 * Template text is not the author's content (SPEC §2): HTML comments, code (fenced or inline), a site generator's
 * tags and unfilled template prompts never satisfy an element and are never judged for wording.
 * The story model keeps offsets exact by masking them: each character becomes a space (line
 * breaks stay), so an element's text still lines up with its span.
 */

/** Comments (an unclosed one runs to the end), fenced code blocks and inline code spans. */
const COMMENT = String.raw`<!--[^]*?(?:-->|(?![^]))`;
const FENCE = String.raw`^[ \t]*(\`{3,}|~{3,})[^]*?(?:^[ \t]*\1[ \t]*$|(?![^]))`;
const CODE_SPAN = String.raw`(\`+)(?!\`)[^\`\n][^]*?(?<!\`)\2(?!\`)`;
/**
 * A site generator's tag on one line: Liquid's and GitBook's `{% embed … %}`, Hugo's `{{< … >}}` and `{{% … %}}`.
 * Bounded, so that a line of unclosed ones is not read again from each.
 */
const SITE_TAG = String.raw`\{%[^\n]{0,300}?%\}|\{\{[<%][^\n]{0,300}?[>%]\}\}`;
const TEMPLATE = new RegExp(`${COMMENT}|${FENCE}|${CODE_SPAN}|${SITE_TAG}`, 'gm');

/** Every character but a line break made a space: masked text keeps its offsets and its lines. */
export const blank = (s: string) => s.replace(/[^\r\n]/g, ' ');

/** The text with its comments, code and site tags blanked out, character for character. */
export function maskTemplate(text: string): string {
  if (!text.includes('<!--') && !text.includes('`') && !text.includes('~~~') && !text.includes('{')) return text;
  return text.replace(TEMPLATE, (m) => (m.startsWith('{') ? blankButAddress(m) : blank(m)));
}

/** An embed's address stays, as a link's does: "{% embed url="https://…/SR-134" %}" refers to what it embeds. */
const blankButAddress = (tag: string) => {
  const address = /\bhttps?:\/\/[^\s"'<>]+/.exec(tag);
  if (!address) return blank(tag);
  const end = address.index + address[0].length;
  return blank(tag.slice(0, address.index)) + address[0] + blank(tag.slice(end));
};

/**
 * As {@link maskTemplate}, but inline code stays: a code identifier the request names ("fill
 * `publishStatus` for every item") is part of what it asks for.
 */
export function maskCommentsAndFences(text: string): string {
  if (!text.includes('<!--') && !text.includes('```') && !text.includes('~~~') && !text.includes('{')) return text;
  return text.replace(TEMPLATE, (m) => (/^(?:<!--|\{|[ \t]*(?:`{3}|~{3}))/.test(m) ? blank(m) : m));
}

/**
 * A prompt the template left for the author: a whole value in parentheses ("(Summarize the bug
 * encountered concisely)") or an ellipsis. Read on masked text.
 */
export function isTemplatePrompt(masked: string): boolean {
  const bare = masked.replace(/[*_]/g, '').trim();
  return /^\([^()]*\)$/.test(bare) || /^(?:\.{3,}|…)$/.test(bare);
}

/**
 * A note the template leaves on how to fill itself in: "This should be filled in prior to moving into In Progress",
 * "This list needs to be reviewed and completed by someone who did not work on the ticket." Read on masked text.
 */
const TEMPLATE_NOTE = new RegExp(
  String.raw`^this\s+(?:list|section|template|field|table|checklist)\s+(?:should|must|needs?\s+to|has\s+to|is\s+to)` +
    String.raw`\s+be\s+(?:filled|reviewed|completed|checked|updated|edited)\b|` +
    String.raw`^this\s+(?:should|must|needs?\s+to|has\s+to|is\s+to)\s+be\s+filled\s+(?:in|out)\b`,
  'i',
);

/** Whether the text opens with the template's note on how to fill it in (see {@link TEMPLATE_NOTE}). */
export const isTemplateNote = (masked: string): boolean => TEMPLATE_NOTE.test(masked.replace(/[*_]/g, '').trim());
