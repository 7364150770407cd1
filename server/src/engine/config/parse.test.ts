/**
 * `.storylint.jsonc` (SPEC §4, §6): comments and trailing commas are fine; a bad
 * configuration yields a clear message with its line and column, and the defaults keep
 * working for everything it does not break.
 */
import { describe, expect, it } from 'vitest';
import { lintText } from '../lint.js';
import { RULES } from '../rules/index.js';
import { parseConfig } from './parse.js';
import { resolveConfig } from './resolve.js';

const FILE = '/work/project/.storylint.jsonc';

const defaultSeverity = (id: string) => RULES.find((r) => r.id === id)!.defaultSeverity;

describe('parseConfig', () => {
  it('reads JSONC with line comments, block comments and trailing commas', () => {
    const text = [
      '// Storylint settings for the payments backlog',
      '{',
      '  /* rules we disagree with */',
      '  "rules": {',
      '    "generic-who": "off", // personas come later',
      '    "missing-why": ["error", {}],',
      '  },',
      '  "files": ["backlog/**/*.md",],',
      '  "ignores": ["backlog/archive/**"],',
      '}',
      '',
    ].join('\n');
    const { config, problems } = parseConfig(text, FILE);
    expect(problems).toEqual([]);
    expect(config).toEqual({
      rules: { 'generic-who': 'off', 'missing-why': ['error', {}] },
      files: ['backlog/**/*.md'],
      ignores: ['backlog/archive/**'],
    });
    const resolved = resolveConfig(config);
    expect(resolved.rules['generic-who']!.severity).toBe('off');
    expect(resolved.rules['missing-why']!.severity).toBe('error');
    expect(resolved.files).toEqual(['backlog/**/*.md']);
    expect(resolved.ignores).toContain('backlog/archive/**');
    expect(resolved.ignores).toContain('**/node_modules/**');
  });

  it('accepts a severity with options, and a severity alone in an array', () => {
    const { config, problems } = parseConfig(
      '{ "rules": { "missing-why": ["warning", { "x": 1 }], "missing-who": ["info"] } }',
      FILE,
    );
    expect(problems).toEqual([]);
    const resolved = resolveConfig(config);
    expect(resolved.rules['missing-why']).toEqual({ severity: 'warning', options: { x: 1 } });
    expect(resolved.rules['missing-who']).toEqual({ severity: 'info', options: {} });
  });

  it('reports invalid JSON at its 1-based line and column, and keeps every default', () => {
    const text = ['{', '  "rules": {', '    "generic-who": "off"', '    "missing-why": "error"', '  }', '}'].join('\n');
    const { config, problems } = parseConfig(text, FILE);
    expect(problems).toHaveLength(1);
    // The comma is missing at the start of line 4, before "missing-why".
    expect(problems[0]).toMatchObject({ file: FILE, line: 4, column: 5 });
    expect(problems[0]!.message).toMatch(/Invalid JSONC/);
    expect(config).toEqual({});
    expect(resolveConfig(config)).toEqual(resolveConfig());
  });

  it('reports an unterminated string where it starts going wrong', () => {
    const { problems } = parseConfig('{\n  "rules": {\n    "generic-who": "of\n  }\n}', FILE);
    expect(problems[0]).toMatchObject({ line: 3, column: 20 });
  });

  it('counts lines of a CRLF file the way an editor shows them', () => {
    const text = '{\r\n  "rules": {\r\n    "generic-who": "off",\r\n    "no-such-rule": "off"\r\n  }\r\n}\r\n';
    const { problems } = parseConfig(text, FILE);
    expect(problems).toEqual([expect.objectContaining({ line: 4, column: 5 })]);
  });

  it('reports an empty file and a file that is not an object', () => {
    expect(parseConfig('', FILE).problems).toEqual([expect.objectContaining({ line: 1, column: 1 })]);
    expect(parseConfig('[]', FILE).problems).toEqual([
      expect.objectContaining({ line: 1, column: 1, message: 'The configuration must be a JSON object.' }),
    ]);
  });

  it('accepts a configuration file that starts with a byte order mark', () => {
    // Windows editors save UTF-8 with a BOM; the CLI reads the file as it is.
    const { config, problems } = parseConfig('\uFEFF{ "rules": { "generic-who": "off" } }', FILE);
    expect(problems).toEqual([]);
    expect(config).toEqual({ rules: { 'generic-who': 'off' } });
  });

  it('points an unknown rule id at its key, and still applies the other settings', () => {
    const text = [
      '{',
      '  "rules": {',
      '    "generic-who": "off",',
      '    "no-such-rule": "error",',
      '    "missing-why": "error"',
      '  }',
      '}',
    ].join('\n');
    const { config, problems } = parseConfig(text, FILE);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: FILE, line: 4, column: 5 });
    expect(problems[0]!.message).toContain('"no-such-rule"');
    expect(text.split('\n')[3]!.slice(4)).toMatch(/^"no-such-rule"/);
    expect(config).toEqual({ rules: { 'generic-who': 'off', 'missing-why': 'error' } });

    const resolved = resolveConfig(config);
    expect(resolved.rules['generic-who']!.severity).toBe('off');
    expect(resolved.rules['missing-why']!.severity).toBe('error');
    expect(resolved.rules['no-such-rule']).toBeUndefined();
    for (const rule of RULES.filter((r) => r.id !== 'generic-who' && r.id !== 'missing-why')) {
      expect(resolved.rules[rule.id]!.severity).toBe(rule.defaultSeverity);
    }
  });

  it('suggests the right key for a misspelt top-level key', () => {
    const { problems } = parseConfig('{"rulez": {}}', FILE);
    expect(problems).toEqual([expect.objectContaining({ line: 1, column: 2 })]);
    expect(problems[0]!.message).toContain('"rules"');
  });

  it('points a bad severity at its value, names the allowed ones, and falls back to the default', () => {
    const text = ['{', '  "rules": {', '    "missing-why": "loud",', '    "missing-who": "error"', '  }', '}'].join(
      '\n',
    );
    const { config, problems } = parseConfig(text, FILE);
    expect(problems.length).toBeGreaterThan(0);
    for (const p of problems) expect(p).toMatchObject({ line: 3, column: 20 });
    expect(text.split('\n')[2]!.slice(19)).toMatch(/^"loud"/);
    expect(problems.some((p) => /"off", "hint", "info", "warning" or "error"/.test(p.message))).toBe(true);
    const resolved = resolveConfig(config);
    expect(resolved.rules['missing-why']!.severity).toBe(defaultSeverity('missing-why'));
    expect(resolved.rules['missing-who']!.severity).toBe('error');
  });

  it('reports one bad severity in one message', () => {
    const { problems } = parseConfig('{ "rules": { "missing-why": "loud" } }', FILE);
    // One mistake, one clear message: not also "must be array" about a value that is a severity gone wrong.
    expect(problems.map((p) => p.message)).toEqual([
      expect.stringContaining('"off", "hint", "info", "warning" or "error"'),
    ]);
  });

  it('rejects an array setting with too many items, and keeps the default', () => {
    const { config, problems } = parseConfig('{ "rules": { "missing-why": ["warning", {}, 3] } }', FILE);
    expect(problems.length).toBeGreaterThan(0);
    expect(resolveConfig(config).rules['missing-why']!.severity).toBe(defaultSeverity('missing-why'));
  });

  it('drops a vocabulary list of the wrong type and keeps the default words', () => {
    const { config, problems } = parseConfig('{"vocabulary": {"genericWho": "shopper", "ambiguous": ["kinda"]}}', FILE);
    expect(problems).toEqual([expect.objectContaining({ line: 1, column: 31 })]);
    const resolved = resolveConfig(config);
    expect(resolved.vocabulary.genericWho).toEqual(resolveConfig().vocabulary.genericWho);
    expect(resolved.vocabulary.ambiguous).toContain('kinda');
  });
});

describe('vocabulary', () => {
  const story = '## Checkout\n\n**Who:** shopper\n**Outcome:** pay without re-entering my card\n';

  it('extends the default word lists rather than replacing them', () => {
    const { config, problems } = parseConfig('{ "vocabulary": { "genericWho": ["shopper"] } }', FILE);
    expect(problems).toEqual([]);
    const resolved = resolveConfig(config);
    const defaults = resolveConfig().vocabulary.genericWho;
    expect(resolved.vocabulary.genericWho).toEqual([...defaults, 'shopper']);
    expect(resolved.vocabulary.genericWho).toContain('user');
  });

  it('makes generic-who fire on a custom generic persona, on exactly its words', () => {
    expect(lintText(story).findings.map((f) => f.ruleId)).not.toContain('generic-who');
    const config = resolveConfig(parseConfig('{ "vocabulary": { "genericWho": ["Shopper"] } }', FILE).config);
    const finding = lintText(story, { config }).findings.find((f) => f.ruleId === 'generic-who');
    expect(finding).toBeDefined();
    expect(story.slice(finding!.span.start, finding!.span.end)).toBe('shopper');
    // The defaults still count as generic.
    const users = story.replace('shopper', 'users');
    expect(lintText(users, { config }).findings.map((f) => f.ruleId)).toContain('generic-who');
  });

  it("reads a team's own section names and kind words in the story parser", () => {
    const text = [
      '## Pay by card',
      '',
      'As a shopper, I want to pay without re-entering my card, so that checkout is quick.',
      '',
      '### Verification',
      '',
      '- 9 in 10 returning shoppers pay in under a minute by June',
      '',
      'Cost if skipped: shoppers leave at the card form',
      '',
    ].join('\n');
    const ids = (config?: ReturnType<typeof resolveConfig>) => lintText(text, { config }).findings.map((f) => f.ruleId);
    expect(ids()).toContain('missing-success');
    const vocabulary =
      '{ "vocabulary": { "successLabels": ["Verification"], "consequenceLabels": ["cost if skipped"] } }';
    const config = resolveConfig(parseConfig(vocabulary, FILE).config);
    expect(ids(config)).not.toContain('missing-success');
    expect(ids(config)).not.toContain('missing-consequence');
    const [story] = lintText(text, { config }).stories;
    expect(story!.criteria.map((c) => c.text)).toEqual(['9 in 10 returning shoppers pay in under a minute by June']);

    const chore = '# Rotate the signing keys\n\n## Goal\n\nKeys older than a year are replaced.\n';
    expect(lintText(chore).stories[0]!.kind).toBe('story');
    const chores = resolveConfig(parseConfig('{ "vocabulary": { "choreWords": ["rotate"] } }', FILE).config);
    expect(lintText(chore, { config: chores }).stories[0]!.kind).toBe('task');
  });

  it('applies a configured severity to the findings of a rule, and "off" silences it', () => {
    const text = story.replace('shopper', 'user');
    const loud = resolveConfig(parseConfig('{ "rules": { "generic-who": "error" } }', FILE).config);
    expect(lintText(text, { config: loud }).findings.find((f) => f.ruleId === 'generic-who')?.severity).toBe('error');
    const off = resolveConfig(parseConfig('{ "rules": { "generic-who": "off" } }', FILE).config);
    expect(lintText(text, { config: off }).findings.map((f) => f.ruleId)).not.toContain('generic-who');
  });
});

describe('ready (the readiness gate)', () => {
  it('reads the bar and the required elements', () => {
    const { config, problems } = parseConfig('{ "ready": { "failUnder": 80, "require": ["who", "success"] } }', FILE);
    expect(problems).toEqual([]);
    expect(resolveConfig(config).ready).toEqual({ failUnder: 80, require: ['who', 'success'] });
    expect(resolveConfig().ready).toEqual({});
  });

  it('reports a bar outside 0–100 and an unknown element at their place, and drops them', () => {
    const text = '{\n  "ready": { "failUnder": -1, "require": ["who", "vision"], "bar": 3 }\n}';
    const { config, problems } = parseConfig(text, FILE);
    expect(problems.map((p) => [p.line, p.column, p.message]).sort((a, b) => +a[1]! - +b[1]!)).toEqual([
      [2, 27, '"ready.failUnder" must be >= 0.'],
      [2, 50, '"ready.require.1" must be equal to one of the allowed values.'],
      [2, 61, 'Unknown key in "ready": "bar".'],
    ]);
    expect(resolveConfig(config).ready).toEqual({ require: ['who'] });
  });
});
