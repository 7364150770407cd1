import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Ajv from 'ajv';
import type * as Sarif from 'sarif';
import { describe, expect, it } from 'vitest';
import { LineIndex, RULES, applyEdits, docsUrl, lintText, type Finding } from '../../engine/index.js';
import type { FileResult, FormatOptions } from '../types.js';
import { formatJson } from './json.js';
import { formatSarif } from './sarif.js';
import { formatStylish } from './stylish.js';
import { GOOD_STORY } from '../../../../test/support/stories.js';

const OUTPUT_STORY = '## Pay\n\n**Who:** user\n**Outcome:** a dropdown to pick the store\n';
// CRLF and astral-plane emoji: a column counted in code points or bytes, or a line counted per \r, would be off.
const CRLF_EMOJI_STORY = '## 💳 Pay\r\n\r\n**Who:** user\r\n**Outcome:** 🎉 a dropdown to pick the store\r\n';

const PLAIN: FormatOptions = { color: false, version: '0.1.0', cwd: process.cwd() };
const COLOR: FormatOptions = { color: true, version: '0.1.0', cwd: process.cwd() };
const ANSI = /\u001b\[/;

function lintFile(path: string, text: string): FileResult {
  const absolutePath = resolve(path);
  return { path, absolutePath, text, findings: lintText(text, { uri: absolutePath }).findings };
}

function handMade(path: string, text: string, findings: Finding[], error?: string): FileResult {
  return { path, absolutePath: resolve(path), text, findings, ...(error !== undefined ? { error } : {}) };
}

function finding(
  ruleId: string,
  severity: Finding['severity'],
  start: number,
  end: number,
  extra: Partial<Finding> = {},
): Finding {
  return { ruleId, severity, message: `${ruleId} message`, span: { start, end }, storyIndex: 0, ...extra };
}

const ruleIds = (f: FileResult) => f.findings.map((x) => x.ruleId);
/** The finding rows of stylish output: each starts with `path:line:col` and two spaces. */
const stylishRows = (out: string) => out.split('\n').filter((l) => /^\S+:\d+:\d+ {2}/.test(l));

describe('stylish formatter', () => {
  it('prints each finding as a path:line:col, severity, message and rule id row, with no file header', () => {
    const file = lintFile('stories/pay.story.md', OUTPUT_STORY);
    expect(ruleIds(file)).toEqual(expect.arrayContaining(['generic-who', 'output-focused', 'missing-success']));
    const out = formatStylish([file], PLAIN);
    const rows = stylishRows(out);
    expect(rows).toHaveLength(file.findings.length);
    // Nothing but the rows comes before the blank line and the summary.
    const lines = out.split('\n');
    expect(lines.slice(0, rows.length)).toEqual(rows);
    expect(lines[rows.length]).toBe('');
    expect(lines[rows.length + 1]).toMatch(/^✖ /);
    for (const row of rows) expect(row.startsWith('stories/pay.story.md:')).toBe(true);
    expect(rows.find((r) => r.endsWith('generic-who'))).toMatch(
      /^stories\/pay\.story\.md:3:10 {2,}info {2,}"user" .+ {2}generic-who$/,
    );
    expect(rows.find((r) => r.endsWith('output-focused'))).toMatch(
      /^stories\/pay\.story\.md:4:14 {2,}warning {2}The outcome .+ {2}output-focused$/,
    );
    expect(rows.find((r) => r.endsWith('missing-success'))).toMatch(
      /^stories\/pay\.story\.md:1:4 {2,}warning {2}Nothing says .+ {2}missing-success$/,
    );
  });

  it('counts lines across CRLF breaks and columns in UTF-16 code units', () => {
    const out = formatStylish([lintFile('pay.md', CRLF_EMOJI_STORY)], PLAIN);
    expect(stylishRows(out).find((r) => r.endsWith('missing-success'))).toMatch(/^pay\.md:1:4 /);
    expect(stylishRows(out).find((r) => r.endsWith('output-focused'))).toMatch(/^pay\.md:4:14 /);
  });

  it('aligns the severity, message and rule id columns of a file, two spaces after the widest entry', () => {
    const rows = stylishRows(formatStylish([lintFile('pay.md', OUTPUT_STORY)], PLAIN));
    expect(rows.length).toBeGreaterThan(1);
    // Where the severity and the message start: after `path:line:col` and after the severity, each padded.
    const columnsOf = (row: string) => {
      const [, position, severity] = /^(\S+ {2,})(\S+ {2,})/.exec(row)!;
      return [position!.length, position!.length + severity!.length];
    };
    const [first, ...rest] = rows.map(columnsOf);
    for (const columns of rest) expect(columns).toEqual(first);
    const widest = (words: string[]) => Math.max(...words.map((w) => w.length));
    expect(first![0]).toBe(widest(rows.map((r) => r.split(' ')[0]!)) + 2);
    expect(first![1]).toBe(first![0] + widest(rows.map((r) => r.slice(first![0]).split(' ')[0]!)) + 2);
    const ruleColumn = (row: string) => row.lastIndexOf(' ') + 1;
    expect(new Set(rows.map(ruleColumn)).size).toBe(1);
    // The longest message is followed by exactly two spaces.
    expect(Math.min(...rows.map((r) => /( +)\S+$/.exec(r)![1]!.length))).toBe(2);
  });

  it('summarises the problems by severity and says how many can be fixed', () => {
    const file = lintFile('pay.md', OUTPUT_STORY);
    const count = (s: string) => file.findings.filter((f) => f.severity === s).length;
    const fixable = file.findings.filter((f) => f.fix?.kind === 'safe').length;
    const rewrites = file.findings.filter((f) => f.fix?.kind === 'rewrite').length;
    expect(fixable).toBeGreaterThan(0);
    expect(rewrites).toBeGreaterThan(0);
    const out = formatStylish([file], PLAIN);
    expect(out).toContain(
      `✖ ${file.findings.length} problems (${count('error')} errors, ` +
        `${count('warning')} warnings, ${count('info')} infos)`,
    );
    expect(out).toContain(`  ${fixable} of them can be fixed with the --fix option.`);
    expect(out).toContain(`  ${rewrites} rewrite${rewrites === 1 ? '' : 's'} available with --fix --unsafe-fixes`);
  });

  it('uses singular words for one problem and names hints only when there are some', () => {
    const one = formatStylish([handMade('a.md', 'x\n', [finding('missing-who', 'warning', 0, 1)])], PLAIN);
    expect(one).toContain('✖ 1 problem (0 errors, 1 warning, 0 infos)\n');
    expect(one).not.toContain('can be fixed');
    const hint = formatStylish([handMade('a.md', 'x\n', [finding('missing-who', 'hint', 0, 1)])], PLAIN);
    expect(hint).toContain('✖ 1 problem (0 errors, 0 warnings, 0 infos, 1 hint)');
  });

  it('prints no escape codes without colour and colours severities and dims the path:line:col with it', () => {
    const file = lintFile('pay.md', OUTPUT_STORY);
    expect(formatStylish([file], PLAIN)).not.toMatch(ANSI);
    const coloured = formatStylish([file], COLOR);
    expect(coloured).toContain('\u001b[2mpay.md:1:4\u001b[22m');
    expect(coloured).toContain('\u001b[2mpay.md:4:14\u001b[22m');
    expect(coloured).not.toContain('\u001b[4m');
    expect(coloured).toContain('\u001b[33mwarning\u001b[39m');
    expect(coloured).toContain('\u001b[34minfo\u001b[39m');
    // Colour must not shift the columns: stripping the codes gives the plain output back.
    expect(coloured.replace(/\u001b\[\d+m/g, '')).toBe(formatStylish([file], PLAIN));
  });

  it('prints nothing at all when no file has a finding or an error', () => {
    const clean = lintFile('good.story.md', GOOD_STORY);
    expect(clean.findings).toEqual([]);
    expect(formatStylish([clean], PLAIN)).toBe('');
    expect(formatStylish([], COLOR)).toBe('');
  });

  it('shows an unreadable file as a 0:0 error row without a rule id, and counts it', () => {
    const out = formatStylish([handMade('bin.md', '', [], 'The file is not UTF-8 text.')], PLAIN);
    expect(out).toBe('bin.md:0:0  error  The file is not UTF-8 text.\n\n✖ 1 problem (1 error, 0 warnings, 0 infos)\n');
  });
});

describe('JSON formatter', () => {
  it('gives each file its counts and each message 1-based UTF-16 positions', () => {
    const file = lintFile('stories/pay.md', CRLF_EMOJI_STORY);
    const [parsed] = JSON.parse(formatJson([file], PLAIN));
    const count = (s: string) => file.findings.filter((f) => f.severity === s).length;
    expect(parsed).toMatchObject({
      filePath: 'stories/pay.md',
      errorCount: count('error'),
      warningCount: count('warning'),
      infoCount: count('info'),
      fixableCount: file.findings.filter((f) => f.fix?.kind === 'safe').length,
      rewriteCount: file.findings.filter((f) => f.fix?.kind === 'rewrite').length,
    });
    expect(parsed.error).toBeUndefined();
    // "💳 Pay" is six UTF-16 units; "🎉 a dropdown to pick the store" thirty-one.
    expect(parsed.messages.find((m: { ruleId: string }) => m.ruleId === 'missing-success')).toMatchObject({
      severity: 'warning',
      line: 1,
      column: 4,
      endLine: 1,
      endColumn: 10,
    });
    expect(parsed.messages.find((m: { ruleId: string }) => m.ruleId === 'output-focused')).toMatchObject({
      line: 4,
      column: 14,
      endLine: 4,
      endColumn: 45,
      fix: { title: expect.any(String), edits: expect.any(Array) },
    });
  });

  it('is compact, one line ending in a line break, and keeps fix edits as offsets', () => {
    const file = lintFile('pay.md', OUTPUT_STORY);
    const out = formatJson([file], PLAIN);
    expect(out.startsWith('[{"filePath":"pay.md"')).toBe(true);
    expect(out.indexOf('\n')).toBe(out.length - 1);
    const fixed = file.findings.find((f) => f.fix)!;
    const message = JSON.parse(out)[0].messages[file.findings.indexOf(fixed)];
    expect(message.fix).toEqual(fixed.fix);
  });

  it('gives related locations a range only when they are in the same file', () => {
    const text = '## A\n\nAs a buyer I want x\n\n## B\n\nAs a buyer I want x\n';
    const related = [
      { uri: resolve('dup.md'), span: { start: 3, end: 4 }, message: 'Similar story: A' },
      { uri: 'file:///elsewhere/other.md', span: { start: 3, end: 4 }, message: 'Similar story: C' },
    ];
    const file = handMade('dup.md', text, [finding('duplicate-story', 'warning', 27, 28, { related })]);
    const [message] = JSON.parse(formatJson([file], PLAIN))[0].messages;
    expect(message.related[0]).toMatchObject({ uri: resolve('dup.md'), line: 1, column: 4, endLine: 1, endColumn: 5 });
    expect(message.related[1]).toEqual({
      uri: 'file:///elsewhere/other.md',
      span: { start: 3, end: 4 },
      message: 'Similar story: C',
    });
  });

  it('reports an unreadable file with its error, an error count and no messages', () => {
    const [parsed] = JSON.parse(formatJson([handMade('bin.md', '', [], 'Not text.')], PLAIN));
    expect(parsed).toMatchObject({ filePath: 'bin.md', errorCount: 1, messages: [], error: 'Not text.' });
  });
});

describe('SARIF formatter', () => {
  const schema = JSON.parse(
    readFileSync(resolve(__dirname, '../../../../test/fixtures/sarif-schema-2.1.0.json'), 'utf8'),
  );
  // ajv-formats is not a dependency, so formats (uri, date-time) go unchecked. The official
  // schema's `language` pattern has a stray `]` that is a syntax error under the `u` flag.
  const validate = new Ajv({ strict: false, allErrors: true, validateFormats: false, unicodeRegExp: false }).compile(
    schema,
  );

  const dupText = '## A\n\nAs a buyer I want x\n\n## B\n\nAs a buyer I want x\n';
  const related = [
    { uri: resolve('dup.md'), span: { start: 3, end: 4 }, message: 'Similar story: A' },
    { uri: 'file:///elsewhere/other.md', span: { start: 0, end: 2 }, message: 'Similar story: C' },
  ];
  const files = [
    lintFile('stories/pay.story.md', OUTPUT_STORY),
    lintFile('stories/crlf emoji.md', CRLF_EMOJI_STORY),
    lintFile('good.story.md', GOOD_STORY),
    handMade('dup.md', dupText, [
      finding('duplicate-story', 'warning', 27, 28, { related }),
      // Two insertions at one point: the order SARIF consumers would guess differs from `applyEdits`.
      finding('missing-who', 'hint', 0, 4, {
        fix: { title: 'Insert twice', edits: [0, 1].map((n) => ({ start: 4, end: 4, newText: `<${n}>` })) },
      }),
    ]),
    handMade('bin.md', '', [], 'The file is not UTF-8 text.'),
  ];
  const log: Sarif.Log = JSON.parse(formatSarif(files, PLAIN));
  const run = log.runs[0]!;
  const results = run.results!;

  it('validates against the official SARIF 2.1.0 schema', () => {
    const valid = validate(log);
    if (!valid) console.error(JSON.stringify(validate.errors, null, 2));
    expect(valid).toBe(true);
    expect(validate({ ...log, version: '2.0.0' })).toBe(false);
    expect(log).toMatchObject({ $schema: 'https://json.schemastore.org/sarif-2.1.0.json', version: '2.1.0' });
  });

  it('is compact: one line ending in a line break', () => {
    const out = formatSarif(files, PLAIN);
    expect(out.indexOf('\n')).toBe(out.length - 1);
  });

  it('describes every rule with its name, descriptions, help URI and default level', () => {
    const rules = run.tool.driver.rules!;
    expect(rules).toHaveLength(16);
    expect(rules.map((r) => r.id)).toEqual(RULES.map((r) => r.id));
    for (const [i, rule] of RULES.entries()) {
      expect(rules[i]).toMatchObject({
        shortDescription: { text: rule.description },
        fullDescription: { text: rule.guideline },
        helpUri: docsUrl(rule.id),
      });
    }
    expect(rules.find((r) => r.id === 'missing-who')).toMatchObject({
      name: 'MissingWho',
      defaultConfiguration: { level: 'warning' },
    });
    expect(rules.find((r) => r.id === 'generic-who')?.defaultConfiguration?.level).toBe('note');
    expect(rules.find((r) => r.id === 'missing-outcome')?.defaultConfiguration?.level).toBe('error');
    expect(run.tool.driver).toMatchObject({ name: 'storylint', version: '0.1.0' });
  });

  it('points each result at its rule by index and maps severities to levels', () => {
    const findings = files.flatMap((f) => f.findings);
    expect(results).toHaveLength(findings.length);
    const levels = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };
    for (const [i, result] of results.entries()) {
      expect(run.tool.driver.rules![result.ruleIndex!]!.id).toBe(result.ruleId);
      expect(result.level).toBe(levels[findings[i]!.severity]);
      expect(result.message.text).toBe(findings[i]!.message);
    }
  });

  it('places results by 1-based lines and UTF-16 columns relative to %SRCROOT%', () => {
    expect(run.columnKind).toBe('utf16CodeUnits');
    expect(run.originalUriBaseIds!['%SRCROOT%']!.uri).toMatch(/^file:\/\/.*\/$/);
    const crlf = results.filter(
      (r) => r.locations![0]!.physicalLocation!.artifactLocation!.uri === 'stories/crlf%20emoji.md',
    );
    const region = (ruleId: string) => crlf.find((r) => r.ruleId === ruleId)!.locations![0]!.physicalLocation!.region;
    expect(region('missing-success')).toEqual({ startLine: 1, startColumn: 4, endLine: 1, endColumn: 10 });
    expect(region('output-focused')).toEqual({ startLine: 4, startColumn: 14, endLine: 4, endColumn: 45 });
    expect(run.artifacts!.map((a) => a.location!.uri)).toEqual(files.map((f) => encodeURI(f.path)));
  });

  it('turns each fix into ordered replacements that produce the same text as the engine', () => {
    const findings = files.flatMap((f) => f.findings);
    const fixed = results.flatMap((result, i) => (result.fixes ? [{ result, fix: findings[i]!.fix! }] : []));
    expect(fixed.map((x) => x.result.ruleId)).toEqual(expect.arrayContaining(['output-focused', 'missing-who']));
    for (const { result, fix } of fixed) {
      const file = files[result.locations![0]!.physicalLocation!.artifactLocation!.index!]!;
      const index = new LineIndex(file.text);
      const [sarifFix] = result.fixes!;
      expect(sarifFix!.description!.text).toBe(fix.title);
      const edits = sarifFix!.artifactChanges[0]!.replacements.map(({ deletedRegion: d, insertedContent }) => ({
        start: index.offsetAt({ line: d.startLine! - 1, character: d.startColumn! - 1 }),
        end: index.offsetAt({ line: d.endLine! - 1, character: d.endColumn! - 1 }),
        newText: insertedContent!.text!,
      }));
      // A SARIF consumer applies sorted, disjoint replacements back to front in array order.
      let text = file.text;
      for (const [i, e] of [...edits.entries()].reverse()) {
        if (i > 0) expect(e.start).toBeGreaterThan(edits[i - 1]!.start);
        if (i > 0) expect(e.start).toBeGreaterThanOrEqual(edits[i - 1]!.end);
        text = text.slice(0, e.start) + e.newText + text.slice(e.end);
      }
      expect(text).toBe(applyEdits(file.text, fix.edits));
    }
  });

  it('gives a related location a region only when it is in the same file', () => {
    const dup = results.find((r) => r.ruleId === 'duplicate-story')!;
    expect(dup.relatedLocations![0]).toMatchObject({
      message: { text: 'Similar story: A' },
      physicalLocation: {
        artifactLocation: { uri: 'dup.md', uriBaseId: '%SRCROOT%' },
        region: { startLine: 1, startColumn: 4 },
      },
    });
    expect(dup.relatedLocations![1]!.physicalLocation).toEqual({
      artifactLocation: expect.objectContaining({ uri: expect.stringMatching(/other\.md$/) }),
    });
  });

  it('reports unreadable files as tool notifications, not results', () => {
    const invocation = run.invocations![0]!;
    expect(invocation.executionSuccessful).toBe(true);
    expect(invocation.toolExecutionNotifications).toEqual([
      expect.objectContaining({ level: 'error', message: { text: 'The file is not UTF-8 text.' } }),
    ]);
    expect(results.some((r) => r.locations![0]!.physicalLocation!.artifactLocation!.uri === 'bin.md')).toBe(false);
  });
});
