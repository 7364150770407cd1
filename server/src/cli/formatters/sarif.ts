import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type * as Sarif from 'sarif';
import {
  LineIndex,
  RULES,
  applyEdits,
  docsUrl,
  type Finding,
  type Fix,
  type SeverityOrOff,
  type Span,
  type TextEdit,
} from '../../engine/index.js';
import type { FileResult, Formatter } from '../types.js';
import { isSameFile, toRange } from './location.js';

const SRCROOT = '%SRCROOT%';
const INFORMATION_URI = 'https://github.com/storylint/storylint';
const LEVEL: Record<SeverityOrOff, Sarif.ReportingConfiguration.level> = {
  error: 'error',
  warning: 'warning',
  info: 'note',
  hint: 'note',
  off: 'none',
};
const RULE_INDEX = new Map(RULES.map((rule, i) => [rule.id, i]));

/** SARIF 2.1.0, for code-review tools (GitHub code scanning, the VS Code SARIF viewer). */
export const formatSarif: Formatter = (results, options) => {
  const notifications = results.flatMap((file, i): Sarif.Notification[] => {
    if (file.error === undefined) return [];
    const locations = [{ physicalLocation: { artifactLocation: artifactOf(file, i) } }];
    return [{ level: 'error', message: { text: file.error }, locations }];
  });
  const log: Sarif.Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'storylint',
            version: options.version,
            informationUri: INFORMATION_URI,
            rules: RULES.map(toDescriptor),
          },
        },
        // Consumers resolve every relative artifact URI against this, so the log stays portable.
        originalUriBaseIds: { [SRCROOT]: { uri: pathToFileURL(options.cwd).href.replace(/\/?$/, '/') } },
        columnKind: 'utf16CodeUnits',
        artifacts: results.map((file) => ({ location: { uri: encodePath(file.path), uriBaseId: SRCROOT } })),
        // Unreadable files are the tool's trouble, not findings about the stories, so they are notifications.
        invocations: [
          { executionSuccessful: true, ...(notifications.length ? { toolExecutionNotifications: notifications } : {}) },
        ],
        results: results.flatMap((file, i) => {
          const index = new LineIndex(file.text);
          return file.findings.map((finding) =>
            toResult(finding, file, artifactOf(file, i), index, results, options.cwd),
          );
        }),
      },
    ],
  };
  return `${JSON.stringify(log)}\n`;
};

function toDescriptor(rule: (typeof RULES)[number]): Sarif.ReportingDescriptor {
  return {
    id: rule.id,
    name: rule.id.replace(/(^|-)(\w)/g, (_, _dash: string, c: string) => c.toUpperCase()),
    shortDescription: { text: rule.description },
    fullDescription: { text: rule.guideline },
    helpUri: docsUrl(rule.id),
    defaultConfiguration: {
      level: LEVEL[rule.defaultSeverity],
      ...(rule.defaultSeverity === 'off' ? { enabled: false } : {}),
    },
  };
}

function toResult(
  finding: Finding,
  file: FileResult,
  artifact: Sarif.ArtifactLocation,
  index: LineIndex,
  others: readonly FileResult[],
  cwd: string,
): Sarif.Result {
  const ruleIndex = RULE_INDEX.get(finding.ruleId);
  const related = (finding.related ?? []).map((r, id): Sarif.Location => {
    const same = isSameFile(r.uri, file);
    // A twin in another linted file: its text is at hand, so its region can be exact too.
    const other = same ? undefined : others.find((o) => o.text && isSameFile(r.uri, o));
    const artifactLocation = same ? artifact : artifactOfUri(r.uri, cwd);
    const region = same ? toRegion(index, r.span) : other ? toRegion(new LineIndex(other.text), r.span) : undefined;
    return { id, message: { text: r.message }, physicalLocation: { artifactLocation, ...(region ? { region } : {}) } };
  });
  return {
    ruleId: finding.ruleId,
    ...(ruleIndex !== undefined ? { ruleIndex } : {}),
    level: LEVEL[finding.severity],
    message: { text: finding.message },
    locations: [{ physicalLocation: { artifactLocation: artifact, region: toRegion(index, finding.span) } }],
    ...(related.length ? { relatedLocations: related } : {}),
    ...(finding.fix ? { fixes: [toFix(finding.fix, file.text, artifact, index)] } : {}),
  };
}

function toFix(fix: Fix, text: string, artifactLocation: Sarif.ArtifactLocation, index: LineIndex): Sarif.Fix {
  const replacements = mergeSamePointEdits(fix.edits, text).map((edit) => ({
    deletedRegion: toRegion(index, edit),
    insertedContent: { text: edit.newText },
  }));
  return { description: { text: fix.title }, artifactChanges: [{ artifactLocation, replacements }] };
}

/**
 * SARIF leaves the order of several insertions at one point to the consumer; merging them
 * through the engine's `applyEdits` makes a SARIF fix produce exactly what `--fix` does.
 */
function mergeSamePointEdits(edits: readonly TextEdit[], text: string): TextEdit[] {
  const groups = new Map<number, TextEdit[]>();
  for (const edit of edits) groups.set(edit.start, [...(groups.get(edit.start) ?? []), edit]);
  return [...groups]
    .sort(([a], [b]) => a - b)
    .map(([start, group]) => {
      const end = Math.max(...group.map((e) => e.end));
      const local = group.map((e) => ({ start: 0, end: e.end - start, newText: e.newText }));
      return { start, end, newText: applyEdits(text.slice(start, end), local) };
    });
}

function toRegion(index: LineIndex, span: Span): Sarif.Region {
  const r = toRange(index, span);
  return { startLine: r.line, startColumn: r.column, endLine: r.endLine, endColumn: r.endColumn };
}

function artifactOf(file: FileResult, index: number): Sarif.ArtifactLocation {
  return { uri: encodePath(file.path), uriBaseId: SRCROOT, index };
}

/** Another file named by path or file URL becomes relative to %SRCROOT%; other URIs pass through. */
function artifactOfUri(uri: string, cwd: string): Sarif.ArtifactLocation {
  // A scheme has two or more characters, so a Windows drive letter (`C:`) is read as a path.
  if (!uri.startsWith('file:') && /^[a-z][\w+.-]+:/i.test(uri)) return { uri };
  const file = uri.startsWith('file:') ? fileURLToPath(uri) : uri;
  const relative = path.relative(cwd, path.resolve(cwd, file)).split(path.sep).join('/');
  return { uri: encodePath(relative), uriBaseId: SRCROOT };
}

// Paths may hold spaces, `#` or `%`, which a URI must escape.
const encodePath = (p: string) => p.split('/').map(encodeURIComponent).join('/');
