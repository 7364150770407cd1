/**
 * Tables as teams write them (a Confluence requirements table, a Notion database exported to
 * Markdown): the parser reads Markdown without GFM, so a table is a paragraph of `|` rows. A user
 * story written in a cell is a one-line story of its own, like an item of a list.
 */
import type { Span } from '../types.js';
import { linesOf, trimSpan, type Line } from './lines.js';

/** The row under a table's header: cells of dashes with optional alignment colons, at least one pipe. */
const DELIMITER_ROW = /^[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;

const isDelimiterRow = (line: Line) => line.text.includes('|') && DELIMITER_ROW.test(line.text);

/** The tables of a paragraph: where the first starts (its header row), and the cells of their body rows. */
export interface TableCells {
  start: number;
  cells: Span[];
}

/** One table: its header's cells and its body rows, each row's cells by column (empty ones included). */
export interface Table {
  header: Span[];
  rows: Span[][];
}

/**
 * The tables of the paragraph between `from` and `to`, in order; none in a quoted paragraph (its rows carry quote
 * markers).
 */
export function tablesIn(text: string, from: number, to: number): { start: number; tables: Table[] } | undefined {
  if (!text.slice(from, to).includes('|')) return undefined;
  const lines = linesOf(text, from, to);
  const tables: Table[] = [];
  let start: number | undefined;
  let table: Table | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (/^[ \t]*>/.test(line.text)) return undefined;
    if (!table) {
      // A table starts at a header row with a pipe over a delimiter row.
      const next = lines[i + 1];
      if (line.text.includes('|') && next && isDelimiterRow(next)) {
        start ??= line.start;
        table = { header: piecesOf(line), rows: [] };
        tables.push(table);
        i++;
      }
      continue;
    }
    if (!line.text.includes('|')) {
      table = undefined;
      continue;
    }
    table.rows.push(piecesOf(line));
  }
  return start === undefined ? undefined : { start, tables };
}

/**
 * The cells of the body rows of every table in the paragraph between `from` and `to`, each trimmed
 * (header cells name columns, never a story); none without a table. A quoted paragraph holds none.
 */
export function tableBodyCells(text: string, from: number, to: number): TableCells | undefined {
  const found = tablesIn(text, from, to);
  if (!found) return undefined;
  return { start: found.start, cells: found.tables.flatMap((table) => bodyCells(text, table)) };
}

/**
 * A table's body cells that hold text, row by row, after the statement a card writes in its header row; not those under
 * a column named for the reason ("So that", "Why"): they give their row's why, no statement of their own.
 */
export function bodyCells(text: string, table: Table): Span[] {
  const reasons = reasonColumns(text, table);
  const reason = cardReason(text, table);
  const statement = cardHeaderStatement(text, table);
  return [
    ...(statement ? [statement] : []),
    ...table.rows.flatMap((row) =>
      row.filter((cell, column) => cell.end > cell.start && !reasons.has(column) && cell !== reason),
    ),
  ];
}

/** The fewest words of a statement: "As a buyer, I want …". */
const STATEMENT_WORDS = 5;

/** A card's key naming its statement: "Story", "User Story", "Story description". */
const STATEMENT_KEY = /^(?:user\s+)?story(?:\s+(?:statement|description))?$/i;

/**
 * The statement a card kept as a table of fields writes in its header row ("| Story | As a user, I … |" over "| Story
 * Number | 2 |"): a Markdown table has a header, so the card's first field goes there.
 */
function cardHeaderStatement(text: string, table: Table): Span | undefined {
  if (!isCard(table)) return undefined;
  const [key, value] = table.header;
  // A column's name beside "Story" ("| Story | Why |") is no statement: a card's is a sentence.
  const words = columnName(text, value!).split(/\s+/).length;
  return STATEMENT_KEY.test(columnName(text, key!)) && words >= STATEMENT_WORDS ? value : undefined;
}

/** A column naming each row's kind: "Type", "Issue Type", "Item type", "Kind". */
const KIND_COLUMN = /^(?:(?:issue|item|work\s+item|ticket)\s+)?(?:type|kind)$/i;
/** A column saying which rows are spikes: "Spike", "Spike (Y/N)", "Spike?". */
const SPIKE_COLUMN = /^spike\s*(?:\(y\/n\)|\?)?$/i;
const YES = /^(?:y|yes|true|x|✓|✔)$/i;

/**
 * What a table says each body cell's row is, by cell: the words of its row's "Type" cell ("Bug", "Task"), or "spike"
 * where a "Spike (Y/N)" column says yes. The kind those words name is the reader's to tell.
 */
export function rowKindNames(text: string, table: Table): Map<Span, string> {
  const names = table.header.map((cell) => columnName(text, cell));
  const typed = names.findIndex((name) => KIND_COLUMN.test(name));
  const flagged = names.findIndex((name) => SPIKE_COLUMN.test(name));
  const kinds = new Map<Span, string>();
  if (typed < 0 && flagged < 0) return kinds;
  for (const row of table.rows) {
    const typeCell = row[typed];
    const flag = row[flagged];
    const name = typeCell ? columnName(text, typeCell) : flag && YES.test(columnName(text, flag)) ? 'spike' : undefined;
    if (name) for (const cell of row) kinds.set(cell, name);
  }
  return kinds;
}

/**
 * The reason a card kept as a table of fields gives ("| Description | As an owner, I want … |" over "| Rationale | so
 * that … |"): the cell beside the key naming the reason, in a table of two columns, its header a field too.
 */
export function cardReason(text: string, table: Table): Span | undefined {
  if (!isCard(table)) return undefined;
  const [, value] =
    [table.header, ...table.rows].find(
      ([key, cell]) => REASON_COLUMN.test(columnName(text, key!)) && cell!.end > cell!.start,
    ) ?? [];
  return value;
}

/**
 * The reason each row gives in its column named for it ("| User Story | Benefit |"), by the cells before it in the row:
 * a statement written in one of those has its why there.
 */
export function rowReasons(text: string, table: Table): Map<Span, Span> {
  const [column] = reasonColumns(text, table);
  const reasons = new Map<Span, Span>();
  if (column === undefined) return reasons;
  for (const row of table.rows) {
    const reason = row[column];
    if (!reason || reason.end <= reason.start) continue;
    for (const cell of row.slice(0, column)) reasons.set(cell, reason);
  }
  return reasons;
}

/** A card kept as a table of fields: two columns, its header row a field too. */
const isCard = (table: Table) => [table.header, ...table.rows].every((row) => row.length === 2);

/**
 * A header cell as its column is named: no emphasis, no closing colon or ellipsis, nor the zero-width space a
 * conversion from AsciiDoc leaves after it ("As a …\u200B").
 */
export const columnName = (text: string, cell: Span) =>
  text
    .slice(cell.start, cell.end)
    .replace(/[*_`\u200B-\u200D\u2060\uFEFF]/g, '')
    .replace(/[\s:.…]+$/, '')
    .trim();

/** The columns of a table named for the reason. */
export const reasonColumns = (text: string, table: Table): Set<number> =>
  new Set(table.header.flatMap((cell, column) => (REASON_COLUMN.test(columnName(text, cell)) ? [column] : [])));

/**
 * A column's name (as `columnName` reads it) that is the reason's: "So that", "So I can", "Why", "Benefit",
 * "Rationale".
 */
const REASON_COLUMN = new RegExp(
  String.raw`^(?:so\s+(?:that(?:\s+(?:i|we)\s+(?:can|could|will))?|(?:i|we)\s+(?:can|could|will))|` +
    String.raw`why|benefits?|reason|rationale)$`,
  'i',
);

/**
 * The trimmed cells of one row, empty ones included (so the n-th is the n-th column): split at pipes not escaped
 * (`\|`), without the row's outer pipes.
 */
function piecesOf(line: Line): Span[] {
  const bounds: number[] = [];
  for (let i = 0; i < line.text.length; i++) {
    if (line.text[i] === '\\') i++;
    else if (line.text[i] === '|') bounds.push(i);
  }
  const pieces: Span[] = [];
  let start = 0;
  for (const bound of [...bounds, line.text.length]) {
    pieces.push({ start, end: bound });
    start = bound + 1;
  }
  // The text before a leading pipe and after a trailing one is no cell.
  if (/^[ \t]*$/.test(line.text.slice(0, bounds[0] ?? 0)) && bounds.length) pieces.shift();
  const last = bounds[bounds.length - 1];
  if (last !== undefined && /^[ \t]*$/.test(line.text.slice(last + 1)) && pieces.length) pieces.pop();
  // Trimmed of Markdown's white space only: a no-break space is a character of the cell.
  return pieces.map((piece) => {
    const cell = trimSpan(line.text, piece.start, piece.end);
    return { start: line.start + cell.start, end: line.start + Math.max(cell.start, cell.end) };
  });
}

/** Whether the paragraph between `from` and `to` is a table and nothing else: a header, its delimiter, its rows. */
export function isOnlyTable(text: string, from: number, to: number): boolean {
  return tablesIn(text, from, to)?.start === from && linesOf(text, from, to).every((l) => l.text.includes('|'));
}
