/**
 * Data-driven rule tests: test/fixtures/rules/<id>/ holds bad.md (with the expected
 * findings in bad.expected, one `line:col-line:col` range per line), good.md (no finding
 * of the rule) and, for fixable rules, bad.fixed.md (the text after fixing). Run with
 * STORYLINT_UPDATE=1 to write missing expectation files; review them before committing.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixAll, LineIndex, lintText, RULES } from '../server/src/engine/index.js';
import { lostWords } from './support/words.js';

const dir = join(__dirname, 'fixtures', 'rules');
const update = process.env.STORYLINT_UPDATE === '1';

function findingsOf(ruleId: string, text: string) {
  return lintText(text, { uri: 'file:///fixture.md' }).findings.filter((f) => f.ruleId === ruleId);
}

function ranges(ruleId: string, text: string): string {
  const lines = new LineIndex(text);
  return findingsOf(ruleId, text)
    .map((f) => {
      const s = lines.positionAt(f.span.start);
      const e = lines.positionAt(f.span.end);
      return (
        `${s.line + 1}:${s.character + 1}-${e.line + 1}:${e.character + 1} ` +
        JSON.stringify(text.slice(f.span.start, f.span.end))
      );
    })
    .join('\n');
}

function readOrWrite(path: string, actual: string): string {
  if (!existsSync(path) && update) writeFileSync(path, actual);
  return readFileSync(path, 'utf8');
}

for (const rule of RULES) {
  describe(rule.id, () => {
    const bad = readFileSync(join(dir, rule.id, 'bad.md'), 'utf8');
    const good = readFileSync(join(dir, rule.id, 'good.md'), 'utf8');

    it('reports exactly the expected ranges in bad.md', () => {
      const actual = ranges(rule.id, bad);
      expect(actual).not.toBe('');
      expect(actual + '\n').toBe(readOrWrite(join(dir, rule.id, 'bad.expected'), actual + '\n'));
    });

    it('reports nothing in good.md', () => {
      expect(ranges(rule.id, good)).toBe('');
    });

    if (rule.fixable) {
      const fixRule = (text: string) => fixAll(text, (t) => findingsOf(rule.id, t));

      it('fixes bad.md into bad.fixed.md without losing a word', () => {
        const fixed = fixRule(bad);
        expect(fixed.applied).toBeGreaterThan(0);
        expect(fixed.text).toBe(readOrWrite(join(dir, rule.id, 'bad.fixed.md'), fixed.text));
        expect(lostWords(bad, fixed.text, rule.id === 'non-atomic' ? ['and', 'or'] : [])).toEqual([]);
      });

      it('leaves nothing to fix after fixing, and a second fix changes nothing', () => {
        const once = fixRule(bad).text;
        expect(findingsOf(rule.id, once).filter((f) => f.fix)).toEqual([]);
        expect(fixRule(once).text).toBe(once);
      });
    } else {
      it('offers no automatic fix', () => {
        expect(findingsOf(rule.id, bad).filter((f) => f.fix)).toEqual([]);
      });
    }
  });
}
