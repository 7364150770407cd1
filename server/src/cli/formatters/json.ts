import { LineIndex, type Finding, type RelatedLocation } from '../../engine/index.js';
import type { FileResult, Formatter } from '../types.js';
import { countSeverities, isSameFile, toRange } from './location.js';

/**
 * Machine-readable output, shaped like ESLint's `json` formatter so existing tooling adapts easily;
 * compact, as ESLint's: on a large backlog indentation would be most of the bytes.
 */
export const formatJson: Formatter = (results) => `${JSON.stringify(results.map(toJsonResult))}\n`;

function toJsonResult(file: FileResult) {
  const index = new LineIndex(file.text);
  const counts = countSeverities([file]);
  return {
    filePath: file.path,
    errorCount: counts.error,
    warningCount: counts.warning,
    infoCount: counts.info,
    hintCount: counts.hint,
    fixableCount: counts.fixable,
    rewriteCount: counts.rewrites,
    messages: file.findings.map((finding) => toMessage(finding, index, file)),
    ...(file.error !== undefined ? { error: file.error } : {}),
  };
}

function toMessage(finding: Finding, index: LineIndex, file: FileResult) {
  const { ruleId, severity, message, fix, suggestions, related } = finding;
  return {
    ruleId,
    severity,
    message,
    ...toRange(index, finding.span),
    // Edits stay as offsets: that is what `applyEdits` takes, and line/column would be lossy at CRLF.
    ...(fix ? { fix: { title: fix.title, kind: fix.kind ?? 'safe', edits: fix.edits } } : {}),
    ...(suggestions?.length ? { suggestions } : {}),
    ...(related?.length ? { related: related.map((r) => toRelated(r, index, file)) } : {}),
  };
}

// Offsets into another file cannot be turned into lines without its text, so only same-file ones get a range.
function toRelated(related: RelatedLocation, index: LineIndex, file: FileResult) {
  const { uri, message, span } = related;
  return { uri, message, span, ...(isSameFile(uri, file) ? toRange(index, span) : {}) };
}
