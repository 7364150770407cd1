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
  ...['pre', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul'],
]);

/** Elements whose content is no prose of the author's: code, scripts, styles, a summary naming what it hides. */
const HIDDEN_ELEMENTS = new Set(['code', 'pre', 'script', 'style', 'summary', 'textarea']);
/**
 * Inline markup in a `<pre>`: it sets out text (`<pre><b>As a</b> patron …</pre>`), where code would have its `<`
 * escaped; such a `<pre>` is a block of text.
 */
const INLINE_TAG = /<\/?(?:a|b|strong|i|em|u|span|br|mark|small|sub|sup)\b[^<>]*>/i;

/**
 * Where the element `name` opened before `from` closes: its closing tag, or the end of the HTML when it has none.
 * `unclosed` keeps the names no closing tag was found for after some point, so each is looked for once from there.
 */
function closingTag(range: string, name: string, from: number, unclosed: Map<string, number>): Span {
  const none = { start: range.length, end: range.length };
  if (from >= (unclosed.get(name) ?? Infinity)) return none;
  const closing = new RegExp(String.raw`<\/${name}\s*>`, 'gi');
  closing.lastIndex = from;
  const close = closing.exec(range);
  if (!close) unclosed.set(name, from);
  return close ? { start: close.index, end: close.index + close[0].length } : none;
}

/** Where markup may start: a comment, a tag's name, an entity. */
const MARKUP = /<!--|<(\/?)([a-z][a-z0-9-]*)\b|&(?:#\d+|#x[\da-f]+|[a-z][a-z\d]*);/gi;

const blank = (s: string) => s.replace(/[^\r\n]/g, ' ');

/**
 * The runs of text of the HTML between `from` and `to`, with the markup masked: `masked` is the
 * whole text with every tag, entity, comment and code element of that range turned to spaces.
 */
export function htmlRuns(text: string, from: number, to: number): { runs: HtmlRun[]; masked: string } {
  const range = text.slice(from, to);
  // Where each run starts and ends: between block tags, and whether an `<li>` is open there (however deep:
  // `<li><div>…</div></li>` is a list item too).
  const bounds: { start: number; end: number; inList: boolean }[] = [];
  let runStart = 0;
  let openItems = 0;
  const pieces: string[] = [];
  let done = 0;
  // A tag ends at the first ">" after its name. Where that is, is looked up once per stretch: looked for anew from
  // each "<" of a paragraph whose tags never close ("<div 1 <div 2 …"), it would be quadratic in the paragraph.
  let nextClose = -1;
  const unclosed = new Map<string, number>();
  MARKUP.lastIndex = 0;
  for (let m = MARKUP.exec(range); m; m = MARKUP.exec(range)) {
    const at = m.index;
    let end = at + m[0].length;
    const name = m[2]?.toLowerCase();
    if (m[0] === '<!--') {
      const close = range.indexOf('-->', end);
      end = close < 0 ? range.length : close + 3;
    } else if (name !== undefined) {
      if (nextClose !== Infinity && nextClose < at) {
        const found = range.indexOf('>', at);
        nextClose = found < 0 ? Infinity : found;
      }
      // No ">" after it: it is text, and so is every "<" after it.
      if (nextClose === Infinity) continue;
      end = nextClose + 1;
      const closing = !m[1] && HIDDEN_ELEMENTS.has(name) ? closingTag(range, name, end, unclosed) : undefined;
      if (closing && !(name === 'pre' && INLINE_TAG.test(range.slice(end, closing.start)))) {
        end = closing.end;
      } else if (BLOCK_TAGS.has(name)) {
        bounds.push({ start: runStart, end: at, inList: openItems > 0 });
        runStart = end;
        if (name === 'li') openItems = Math.max(0, openItems + (m[1] ? -1 : 1));
      }
    }
    pieces.push(range.slice(done, at), blank(range.slice(at, end)));
    done = end;
    MARKUP.lastIndex = end;
  }
  const maskedRange = pieces.join('') + range.slice(done);
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
