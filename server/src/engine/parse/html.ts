/**
 * Raw HTML blocks written where Markdown was expected: an Azure DevOps description kept as HTML
 * (`<div>As a …</div><ul><li>…</li></ul>`, synced into a note as it is stored). Their runs of text
 * between block tags are read like paragraphs and list items, with the markup masked character for
 * character so every offset stays the author's.
 */
import type { Span } from '../types.js';
import { trimSpan } from './lines.js';

/** One run of text between block tags: its span (trimmed), and whether a `<li>` opened it. */
export interface HtmlRun {
  span: Span;
  inList: boolean;
}

/** Tags that start or end a block of text; any other tag (`<b>`, `<span>`, `<a>`) is inline. */
const BLOCK_TAGS = new Set([
  ...['address', 'article', 'blockquote', 'br', 'dd', 'details', 'div', 'dl', 'dt', 'fieldset', 'figure'],
  ...['footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'ol', 'p', 'section', 'summary'],
  ...['table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul'],
]);

/** Elements whose content is no prose of the author's: code, scripts, styles, a summary naming what it hides. */
const HIDDEN_ELEMENTS = ['code', 'pre', 'script', 'style', 'summary', 'textarea'];
const HIDDEN = new RegExp(
  String.raw`<!--[^]*?(?:-->|(?![^]))|<(${HIDDEN_ELEMENTS.join('|')})\b[^>]*>[^]*?(?:<\/\1\s*>|(?![^]))`,
  'gi',
);
const TAG = /<\/?([a-z][a-z0-9-]*)\b[^>]*>|&(?:#\d+|#x[\da-f]+|[a-z][a-z\d]*);/gi;

const blank = (s: string) => s.replace(/[^\r\n]/g, ' ');

/**
 * The runs of text of the HTML between `from` and `to`, with the markup masked: `masked` is the
 * whole text with every tag, entity, comment and code element of that range turned to spaces.
 */
export function htmlRuns(text: string, from: number, to: number): { runs: HtmlRun[]; masked: string } {
  // Where each run starts and ends: between block tags, and whether an `<li>` is open there (however deep:
  // `<li><div>…</div></li>` is a list item too).
  const bounds: { start: number; end: number; inList: boolean }[] = [];
  let runStart = 0;
  let openItems = 0;
  const maskedRange = text
    .slice(from, to)
    .replace(HIDDEN, blank)
    .replace(TAG, (markup: string, name: string | undefined, at: number) => {
      if (name && BLOCK_TAGS.has(name.toLowerCase())) {
        bounds.push({ start: runStart, end: at, inList: openItems > 0 });
        runStart = at + markup.length;
        if (name.toLowerCase() === 'li') openItems = Math.max(0, openItems + (markup.startsWith('</') ? -1 : 1));
      }
      return blank(markup);
    });
  bounds.push({ start: runStart, end: maskedRange.length, inList: openItems > 0 });
  // Trimmed on the masked text: a run's words start after its inline tags (`<b>As a</b> …`).
  const runs = bounds.flatMap(({ start, end, inList }) => {
    const words = trimSpan(maskedRange, start, end);
    return words.end > words.start ? [{ span: { start: from + words.start, end: from + words.end }, inList }] : [];
  });
  return { runs, masked: text.slice(0, from) + maskedRange + text.slice(to) };
}

/** The tags that open an HTML block that runs to the next blank line, even inside a paragraph (CommonMark type 6). */
const HTML_BLOCK_TAGS = new Set([
  ...['address', 'article', 'aside', 'base', 'basefont', 'blockquote', 'body', 'caption', 'center', 'col'],
  ...['colgroup', 'dd', 'details', 'dialog', 'dir', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure'],
  ...['footer', 'form', 'frame', 'frameset', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'head', 'header', 'hr'],
  ...['html', 'iframe', 'legend', 'li', 'link', 'main', 'menu', 'menuitem', 'nav', 'noframes', 'ol', 'optgroup'],
  ...['option', 'p', 'param', 'search', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead'],
  ...['title', 'tr', 'track', 'ul', 'pre', 'script', 'style', 'textarea'],
]);

/**
 * Whether a line opens a raw HTML block: a block tag (`<div>`, `</li>`) anywhere, or, on the first line of a
 * block (`first`), any tag alone on its line (`<b>`). Such a block runs on to the next blank line.
 */
export function opensHtmlBlock(line: string, first: boolean): boolean {
  const tag = /^ {0,3}<\/?([A-Za-z][A-Za-z0-9-]*)(?=[\s/>]|$)/.exec(line);
  if (tag && HTML_BLOCK_TAGS.has(tag[1]!.toLowerCase())) return true;
  return first && /^ {0,3}<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>[ \t]*$/.test(line);
}
