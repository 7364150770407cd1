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

/**
 * The cells of the body rows of every table in the paragraph between `from` and `to`, each trimmed
 * (header cells name columns, never a story); none without a table. A quoted paragraph holds none: its
 * rows carry quote markers.
 */
export function tableBodyCells(text: string, from: number, to: number): TableCells | undefined {
  if (!text.slice(from, to).includes('|')) return undefined;
  const lines = linesOf(text, from, to);
  const cells: Span[] = [];
  let start: number | undefined;
  let inTable = false;
  // The columns named for the reason ("So that", "Why"): their cells give their row's why, no statement of their own.
  let reasons = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (/^[ \t]*>/.test(line.text)) return undefined;
    if (!inTable) {
      // A table starts at a header row with a pipe over a delimiter row.
      const next = lines[i + 1];
      if (line.text.includes('|') && next && isDelimiterRow(next)) {
        inTable = true;
        start ??= line.start;
        reasons = new Set(
          piecesOf(line).flatMap((cell, column) =>
            REASON_COLUMN.test(text.slice(cell.start, cell.end).replace(/[*_`]/g, '')) ? [column] : [],
          ),
        );
        i++;
      }
      continue;
    }
    if (!line.text.includes('|')) {
      inTable = false;
      continue;
    }
    cells.push(...piecesOf(line).filter((cell, column) => cell.end > cell.start && !reasons.has(column)));
  }
  return start === undefined ? undefined : { start, cells };
}

/** A column's name that is the reason's: "So that", "So that…", "Why", "Benefit", "Reason". */
const REASON_COLUMN = /^(?:so\s+that|why|benefits?|reason)\b[\s.…:]*$/i;

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
  return tableBodyCells(text, from, to)?.start === from && linesOf(text, from, to).every((l) => l.text.includes('|'));
}
