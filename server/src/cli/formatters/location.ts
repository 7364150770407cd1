import { pathToFileURL } from 'node:url';
import { LineIndex, type Span } from '../../engine/index.js';
import type { FileResult } from '../types.js';

/** A 1-based range; columns count UTF-16 code units, as LSP and SARIF's `utf16CodeUnits` do. */
export interface Range1 {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export function toRange(index: LineIndex, span: Span): Range1 {
  const start = index.positionAt(span.start);
  const end = index.positionAt(span.end);
  return { line: start.line + 1, column: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1 };
}

/**
 * Whether a related location's URI names the file being formatted. The engine echoes the
 * URI the CLI linted with, which may be the relative path, the absolute path or a file URL.
 */
export function isSameFile(uri: string, file: FileResult): boolean {
  return uri === file.path || uri === file.absolutePath || uri === pathToFileURL(file.absolutePath).href;
}

export function countSeverities(results: readonly FileResult[]) {
  const counts = { error: 0, warning: 0, info: 0, hint: 0, fixable: 0, rewrites: 0 };
  for (const file of results) {
    // A file that could not be read is a failure of the run, so it counts as an error.
    if (file.error !== undefined) counts.error++;
    for (const finding of file.findings) {
      counts[finding.severity]++;
      if (finding.fix?.kind === 'rewrite') counts.rewrites++;
      else if (finding.fix) counts.fixable++;
    }
  }
  return counts;
}
