/**
 * Tables whose columns are a story's parts, as course backlogs and spreadsheets keep them: "| As a user, I would
 * like to be able to | so that |" over rows of wants and reasons, or "| Persona | I want | So that |". Each row is
 * one statement, its parts read from its cells.
 */
import type { Span, StoryElement, StorySentence } from '../types.js';
import { parseLeadIn, parseListedWant } from './sentence.js';
import { columnName, reasonColumns, type Table } from './table.js';

/** A row of a story table: the cells of its parts. */
export interface StoryRow {
  /** The who: the row's cell under a column naming the role, else the one the header leads in with. */
  who: StoryElement;
  want: Span;
  /** The cell under the column of reasons, empty or not: where a reason is written, or is still to be. */
  why?: Span;
}

/**
 * A column naming who has the need: "Persona", "Applicable Persona", "Role", "User", "As a", "As a(n)", "User type".
 */
const WHO_COLUMN =
  /^(?:(?:applicable|user|target)\s+)?(?:personas?|roles?|actors?|who|users?|user\s+types?|as\s+an?(?:\(n\))?)$/i;

/** A column naming the want: "I want", "I want to", "I would like to", "I need", "I can". */
const WANT_COLUMN = /^i\s+(?:want|would\s+like|need|can)(?:\s+to)?(?:\s+be\s+able(?:\s+to)?)?$/i;

/**
 * The rows of a story table, each with a want in its cell; undefined when the table is none: no column of wants, or
 * nobody named by a column or by the header ("As a user, I want:").
 */
export function storyRows(text: string, table: Table): StoryRow[] | undefined {
  const names = table.header.map((cell) => columnName(text, cell));
  // "| As a | <Role> | I want | <What> |": a column repeating its keyword down every row leaves the part to the next.
  const spelledOut = (column: number) =>
    column >= 0 &&
    column + 1 < names.length &&
    table.rows.every((row) => {
      const cell = row[column];
      return !cell || columnName(text, cell).toLowerCase() === names[column]!.toLowerCase();
    });
  const partOf = (column: number) => (spelledOut(column) ? column + 1 : column);
  const whoColumn = partOf(names.findIndex((name) => WHO_COLUMN.test(name)));
  const named = partOf(names.findIndex((name) => WANT_COLUMN.test(name)));
  // Without a column of wants, "As a user, I would like to be able to" over them: the header's who is every row's.
  const leadIns =
    named >= 0
      ? []
      : table.header.map((cell, i) => parseLeadIn(`${names[i]!.replace(/\s+be\s+able\s+to$/i, '')}:`, cell.start));
  const want = named >= 0 ? named : leadIns.findIndex((who) => who !== undefined);
  const leadIn = leadIns[want];
  if (want < 0 || (named >= 0 && whoColumn < 0)) return undefined;
  const reasons = [...reasonColumns(text, table)];
  const why = reasons.length ? partOf(reasons[0]!) : undefined;
  const rows: StoryRow[] = [];
  for (const row of table.rows) {
    const cell = row[want];
    if (!cell || cell.end <= cell.start) continue;
    const whoCell = whoColumn >= 0 ? row[whoColumn] : undefined;
    const who =
      whoCell && whoCell.end > whoCell.start
        ? {
            kind: 'who' as const,
            span: whoCell,
            text: text.slice(whoCell.start, whoCell.end),
            from: 'sentence' as const,
          }
        : leadIn;
    if (!who) continue;
    const reason = why === undefined ? undefined : row[why];
    rows.push({ who, want: cell, ...(reason ? { why: reason } : {}) });
  }
  return rows;
}

/** The statement of a story table's row: its want read as listed under its who, its reason from its own cell. */
export function rowSentence(text: string, row: StoryRow, masked: string): StorySentence | undefined {
  const sentence = parseListedWant(masked, row.want.start, row.who);
  if (!sentence) return undefined;
  if (!sentence.why && row.why)
    sentence.why = { kind: 'why', span: row.why, text: text.slice(row.why.start, row.why.end), from: 'sentence' };
  return sentence;
}
