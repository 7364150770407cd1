/**
 * Rule metadata lives in the registry and nowhere else: the docs, the configuration schema
 * and the guideline all have to agree with it. Run with STORYLINT_UPDATE=1 to rewrite the
 * generated schema after changing a rule.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildConfigSchema, lintText, RULES } from '../server/src/engine/index.js';

const root = join(__dirname, '..');
/** The guideline every rule quotes, vendored so a fresh clone tests without anything beside it. */
const guide = readFileSync(join(root, 'docs', 'value-delivery-guide.md'), 'utf8');
/** The product team's copy, present only in this project's own checkout (not in a user's clone). */
const upstreamGuide = join(root, '..', 'shared', 'product', 'value-delivery-guide.md');
const SECTIONS = ['Why', 'Guideline', 'Bad', 'Good', 'Fix', 'Options'];

/** `## ` sections of a doc; headings inside code fences are example stories, not sections. */
function sections(doc: string): Map<string, string> {
  const out = new Map<string, string>();
  let current: string | undefined;
  let inFence = false;
  for (const line of doc.split('\n')) {
    if (line.startsWith('```')) inFence = !inFence;
    if (!inFence && line.startsWith('## ')) {
      current = line.slice(3).trim();
      out.set(current, '');
    } else if (current) {
      out.set(current, `${out.get(current)}${line}\n`);
    }
  }
  return out;
}

const firstMarkdownBlock = (section: string) => /```markdown\n([\s\S]*?)```/.exec(section)?.[1] ?? '';

describe('the rule registry', () => {
  it('has the 16 rules of the catalogue, each id once, in kebab-case', () => {
    expect(RULES).toHaveLength(16);
    expect(new Set(RULES.map((r) => r.id)).size).toBe(16);
    for (const r of RULES) expect(r.id).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
  });

  it('quotes a line that really is in the value-delivery guide for every rule', () => {
    for (const r of RULES) expect(guide, r.id).toContain(r.guideline);
  });

  it.skipIf(!existsSync(upstreamGuide))(
    'vendors the current value-delivery guide (skipped: no ../shared beside the clone)',
    () => {
      expect(guide).toBe(readFileSync(upstreamGuide, 'utf8'));
    },
  );

  it('matches the committed JSON schema of .storylint.jsonc', () => {
    const path = join(root, 'schemas', 'storylint.schema.json');
    const generated = `${JSON.stringify(buildConfigSchema(), null, 2)}\n`;
    if (process.env.STORYLINT_UPDATE === '1') writeFileSync(path, generated);
    expect(existsSync(path), 'schemas/storylint.schema.json is missing: run with STORYLINT_UPDATE=1').toBe(true);
    expect(readFileSync(path, 'utf8')).toBe(generated);
  });
});

/** The rule table of a Markdown file, between its generated-table markers. */
const TABLE = /(<!-- rules-table:start[^\n]*-->\n)([\s\S]*?)(<!-- rules-table:end -->)/;

function ruleTable(docsPath: string): string {
  const fix = (r: (typeof RULES)[number]) =>
    r.fixable === 'rewrite' ? 'rewrite (`--unsafe-fixes`)' : r.fixable ? 'yes' : 'no';
  const rows = RULES.map(
    (r) => `| [${r.id}](${docsPath}${r.id}.md) | ${r.defaultSeverity} | ${fix(r)} | ${r.description} |`,
  );
  return ['| rule | default severity | fix | what it asks |', '|---|---|---|---|', ...rows, ''].join('\n');
}

describe('the generated rule tables', () => {
  for (const [file, docsPath] of [
    ['README.md', 'docs/rules/'],
    [join('docs', 'rules', 'README.md'), ''],
  ] as const) {
    it(`are current in ${file} (STORYLINT_UPDATE=1 rewrites them)`, () => {
      const path = join(root, file);
      const text = readFileSync(path, 'utf8');
      expect(TABLE.test(text), `${file} has no rules-table markers`).toBe(true);
      const generated = text.replace(
        TABLE,
        (_, start: string, _table: string, end: string) => `${start}${ruleTable(docsPath)}${end}`,
      );
      if (process.env.STORYLINT_UPDATE === '1') writeFileSync(path, generated);
      expect(readFileSync(path, 'utf8')).toBe(generated);
    });
  }
});

describe('the rule docs', () => {
  it('exist for every rule and for nothing else', () => {
    const docs = readdirSync(join(root, 'docs', 'rules'))
      .filter((f) => f !== 'README.md')
      .map((f) => f.replace(/\.md$/, ''));
    expect(docs.sort()).toEqual(RULES.map((r) => r.id).sort());
  });

  for (const rule of RULES) {
    describe(rule.id, () => {
      const doc = readFileSync(join(root, 'docs', 'rules', `${rule.id}.md`), 'utf8');
      const parts = sections(doc);

      it('has the sections Why, Guideline, Bad, Good, Fix and Options in that order', () => {
        expect(doc.startsWith(`# ${rule.id}\n`)).toBe(true);
        expect([...parts.keys()]).toEqual(SECTIONS);
      });

      it('states the default severity and fixability the registry declares', () => {
        expect(doc).toContain(`Default severity: **${rule.defaultSeverity}**`);
        expect(doc).toContain(`Fixable: **${rule.fixable === 'rewrite' ? 'rewrite' : rule.fixable ? 'yes' : 'no'}**`);
      });

      it("quotes the registry's guideline line", () => {
        expect(parts.get('Guideline')).toContain(rule.guideline);
      });

      it('has a Bad example the rule flags and a Good example it does not', () => {
        const bad = firstMarkdownBlock(parts.get('Bad') ?? '');
        const good = firstMarkdownBlock(parts.get('Good') ?? '');
        expect(lintText(bad).findings.map((f) => f.ruleId)).toContain(rule.id);
        expect(lintText(good).findings.map((f) => f.ruleId)).not.toContain(rule.id);
      });
    });
  }
});
