/**
 * The one pure edit machinery behind quick-fixes, fix-all and `--fix` (STYLE.md 4):
 * apply edits, pick whole non-overlapping fixes, repeat to a fixed point with a cap.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Finding, Fix, TextEdit } from '../types.js';
import { applyEdits, fixAll, selectFixes } from './apply-edits.js';
import { blockKeeper } from './kept-blocks.js';

const insert = (at: number, newText: string): TextEdit => ({ start: at, end: at, newText });
const replace = (start: number, end: number, newText: string): TextEdit => ({ start, end, newText });
const fix = (title: string, ...edits: TextEdit[]): Fix => ({ title, edits });
const finding = (f?: Fix): Finding => ({
  ruleId: 'test-rule',
  message: 'm',
  severity: 'info',
  span: { start: 0, end: 0 },
  storyIndex: 0,
  ...(f ? { fix: f } : {}),
});

describe('applyEdits', () => {
  it('applies edits given in any order against the original offsets', () => {
    const text = 'As a user I want reports';
    const edits = [replace(17, 24, 'my invoices'), replace(5, 9, 'clerk'), insert(9, ',')];
    expect(applyEdits(text, edits)).toBe('As a clerk, I want my invoices');
  });

  it('keeps two insertions at the same point in the order they were given', () => {
    expect(applyEdits('ab', [insert(1, 'X'), insert(1, 'Y')])).toBe('aXYb');
    expect(applyEdits('ab', [insert(1, 'Y'), insert(1, 'X')])).toBe('aYXb');
  });

  it('keeps three insertions at the same point in order, among other edits', () => {
    expect(
      applyEdits('abc', [insert(3, '!'), insert(1, '1'), insert(1, '2'), replace(0, 1, 'A'), insert(1, '3')]),
    ).toBe('A123bc!');
  });

  it('puts an insertion before a replacement that starts at the same point', () => {
    expect(applyEdits('abcd', [insert(1, '+'), replace(1, 3, 'X')])).toBe('a+Xd');
    expect(applyEdits('abcd', [replace(1, 3, 'X'), insert(1, '+')])).toBe('a+Xd');
  });

  it('handles adjacent edits and edits at both ends of the text', () => {
    expect(applyEdits('abcd', [replace(0, 2, 'AB'), replace(2, 4, 'CD'), insert(0, '<'), insert(4, '>')])).toBe(
      '<ABCD>',
    );
  });

  it('returns the text unchanged without edits', () => {
    expect(applyEdits('unchanged', [])).toBe('unchanged');
  });

  it('does not modify the array of edits it is given', () => {
    const edits = [insert(2, 'b'), insert(0, 'a')];
    const copy = structuredClone(edits);
    applyEdits('xyz', edits);
    expect(edits).toEqual(copy);
  });
});

describe('selectFixes', () => {
  it('keeps fixes that touch different parts of the text, in document order', () => {
    const a = fix('a', replace(10, 12, 'A'));
    const b = fix('b', replace(0, 2, 'B'));
    expect(selectFixes([a, b])).toEqual([b, a]);
  });

  it('drops a fix whole when any of its edits overlaps an earlier fix', () => {
    const first = fix('first', replace(0, 5, 'x'), replace(20, 25, 'y'));
    const overlapping = fix('overlapping', replace(10, 11, 'keep?'), replace(22, 23, 'z'));
    const clear = fix('clear', replace(12, 14, 'w'));
    const chosen = selectFixes([first, overlapping, clear]);
    expect(chosen.map((f) => f.title)).toEqual(['first', 'clear']);
    // None of the dropped fix's edits is applied, not even the one that did not overlap.
    const text = 'a'.repeat(30);
    const out = applyEdits(
      text,
      chosen.flatMap((f) => f.edits),
    );
    expect(out).not.toContain('keep?');
  });

  it('treats two insertions of different fixes at the same point as a conflict', () => {
    const chosen = selectFixes([fix('one', insert(4, 'X')), fix('two', insert(4, 'Y'))]);
    expect(chosen.map((f) => f.title)).toEqual(['one']);
  });

  it('treats an insertion inside a replaced range as a conflict, and one at its end as none', () => {
    expect(selectFixes([fix('r', replace(0, 5, 'R')), fix('inside', insert(3, 'I'))]).map((f) => f.title)).toEqual([
      'r',
    ]);
    expect(selectFixes([fix('r', replace(0, 5, 'R')), fix('after', insert(5, 'A'))]).map((f) => f.title)).toEqual([
      'r',
      'after',
    ]);
  });

  it('allows edits of one fix to sit at the same point', () => {
    const both = fix('both', insert(3, 'X'), insert(3, 'Y'));
    expect(selectFixes([both])).toEqual([both]);
  });

  it('keeps nothing from an empty list', () => {
    expect(selectFixes([])).toEqual([]);
  });
});

/**
 * The plain definitions the one-pass applyEdits and the binary-search selectFixes must agree
 * with: apply from the end one edit at a time; compare every edit with every edit taken.
 */
function applyOneByOne(text: string, edits: readonly TextEdit[]): string {
  const sorted = edits
    .map((e, i) => ({ e, i }))
    .sort((a, b) => b.e.start - a.e.start || b.e.end - a.e.end || b.i - a.i);
  let out = text;
  for (const { e } of sorted) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}

function selectByScan(fixes: readonly Fix[]): Fix[] {
  const overlap = (a: TextEdit, b: TextEdit) => a.start === b.start || (a.start < b.end && b.start < a.end);
  const first = (f: Fix) => Math.min(...f.edits.map((e) => e.start));
  const chosen: Fix[] = [];
  const taken: TextEdit[] = [];
  for (const f of [...fixes].sort((a, b) => first(a) - first(b))) {
    if (f.edits.some((e) => taken.some((t) => overlap(e, t)))) continue;
    chosen.push(f);
    taken.push(...f.edits);
  }
  return chosen;
}

describe('applyEdits and selectFixes agree with their plain definitions', () => {
  const text = 'abcdefghijklmnopqrstuvwxyz0123456789';
  const edit = fc
    .tuple(fc.nat(text.length), fc.nat(4), fc.string({ maxLength: 3 }))
    .map(([start, length, newText]) => replace(start, Math.min(text.length, start + length), newText));
  const fixes = fc.array(
    fc.array(edit, { minLength: 1, maxLength: 3 }).map((edits) => fix('f', ...edits)),
    { maxLength: 12 },
  );

  it('selects the same fixes, in the same order, as comparing every pair', () => {
    fc.assert(
      fc.property(fixes, (all) => {
        expect(selectFixes(all)).toEqual(selectByScan(all));
      }),
    );
  });

  it('applies the chosen edits (and any edits at all) as applying them one by one from the end', () => {
    fc.assert(
      fc.property(fixes, (all) => {
        const chosen = selectFixes(all).flatMap((f) => f.edits);
        expect(applyEdits(text, chosen)).toBe(applyOneByOne(text, chosen));
      }),
    );
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 8 }), (edits) => {
        expect(applyEdits(text, edits)).toBe(applyOneByOne(text, edits));
      }),
    );
  });
});

describe('fixAll', () => {
  it('stops at a fixed point: once nothing is left to fix, nothing changes', () => {
    // A rule that wants the text to end with "!" and offers to add it.
    const lint = (text: string) => (text.endsWith('!') ? [] : [finding(fix('add !', insert(text.length, '!')))]);
    const result = fixAll('done', lint);
    expect(result).toEqual({ text: 'done!', applied: 1, passes: 1 });
    expect(fixAll(result.text, lint)).toEqual({ text: 'done!', applied: 0, passes: 0 });
  });

  it('gives conflicting fixes their turn in later passes', () => {
    // Two rules want to insert at the start; only one can go per pass.
    const lint = (text: string) => [
      ...(text.includes('A') ? [] : [finding(fix('A', insert(0, 'A')))]),
      ...(text.includes('B') ? [] : [finding(fix('B', insert(0, 'B')))]),
    ];
    const result = fixAll('x', lint);
    expect(result.passes).toBe(2);
    expect(result.applied).toBe(2);
    expect(result.text).toBe('BAx');
  });

  it('ignores findings without a fix', () => {
    expect(fixAll('text', () => [finding()])).toEqual({ text: 'text', applied: 0, passes: 0 });
  });

  it('stops after maxPasses when every pass finds something new to fix', () => {
    const endless = (text: string) => [finding(fix('grow', insert(text.length, '+')))];
    expect(fixAll('x', endless, { maxPasses: 3 })).toEqual({ text: 'x+++', applied: 3, passes: 3 });
    expect(fixAll('x', endless)).toEqual({ text: 'x' + '+'.repeat(10), applied: 10, passes: 10 });
    expect(fixAll('x', endless, { maxPasses: 0 })).toEqual({ text: 'x', applied: 0, passes: 0 });
  });

  it('never applies a fix that adds an error-severity finding, and applies the others', () => {
    // "x" and "y" are fine on their own; a "!" anywhere is an error.
    const lint = (text: string) => [
      ...(text.includes('!') ? [{ ...finding(), severity: 'error' as const }] : []),
      ...(text.includes('x') ? [] : [finding(fix('x', insert(0, 'x')))]),
      ...(text.includes('!') ? [] : [finding(fix('bang', insert(text.length, '!')))]),
    ];
    expect(fixAll('a', lint).text).toBe('xa');
  });

  it('gives the fixes a harmful one overlapped their turn: one refused fix blocks no other', () => {
    // A rewrite of the whole text ("!" added: an error) overlaps the two insertions that are fine.
    const lint = (text: string) => [
      ...(text.includes('!') ? [{ ...finding(), severity: 'error' as const }] : []),
      ...(text.includes('!') ? [] : [finding(fix('rewrite', replace(0, text.length, `${text}!`)))]),
      ...(text.startsWith('x') ? [] : [finding(fix('x', insert(0, 'x')))]),
      ...(text.endsWith('y') ? [] : [finding(fix('y', insert(text.length, 'y')))]),
    ];
    expect(fixAll('a', lint).text).toBe('xay');
  });

  it('finds the one harmful fix among hundreds in a few lints, not one lint per fix', () => {
    // 200 slots "_" each wanting a letter; writing "!" (slot 137's fix) is an error.
    const slots = 200;
    let lints = 0;
    const lint = (text: string): Finding[] => {
      lints++;
      const out: Finding[] = text.includes('!') ? [{ ...finding(), severity: 'error' }] : [];
      for (let i = 0; i < text.length; i++) {
        if (text[i] === '_') out.push(finding(fix(`slot ${i}`, replace(i, i + 1, i === 137 ? '!' : 'a'))));
      }
      return out;
    };
    const result = fixAll('_'.repeat(slots), lint, { maxPasses: 1 });
    expect(result.text).toBe('a'.repeat(137) + '_' + 'a'.repeat(62));
    expect(result.applied).toBe(199);
    expect(lints).toBeLessThan(25);
  });

  it('lints the text of the previous pass each time', () => {
    const seen: string[] = [];
    const lint = (text: string) => {
      seen.push(text);
      return text.length < 3 ? [finding(fix('grow', insert(text.length, '.')))] : [];
    };
    fixAll('a', lint);
    expect(seen).toEqual(['a', 'a.', 'a..']);
  });

  it('with keepsBlocks, never applies a fix that loses a block, and applies the others', () => {
    // A line put right above a rule turns the rule into a heading's underline: the rule is lost.
    const text = 'Intro\n\n---\n';
    const lint = (t: string) => [
      ...(t.includes('Lost') ? [] : [finding(fix('above the rule', insert(t.indexOf('---'), 'Lost\n')))]),
      ...(t.startsWith('Kept') ? [] : [finding(fix('at the top', insert(0, 'Kept\n\n')))]),
    ];
    expect(fixAll(text, lint).text).toBe('Kept\n\nIntro\n\nLost\n---\n');
    expect(fixAll(text, lint, { keepsBlocks: blockKeeper() }).text).toBe('Kept\n\nIntro\n\n---\n');
  });
});

describe('blockKeeper', () => {
  const keeps = blockKeeper();

  it('says a text keeps its blocks when it only gains some', () => {
    expect(keeps('- a\n\n---\n', '**Why:** x\n\n- a\n- b\n\n---\n')).toBe(true);
  });

  it('says which texts lose a list item, a rule, a heading, a quote or the text of a code or HTML block', () => {
    expect(keeps('- a\n- b\n', '- a b\n')).toBe(false);
    expect(keeps('x\n\n---\n', 'x\n---\n')).toBe(false);
    expect(keeps('# T\n', 'x # T\n')).toBe(false);
    expect(keeps('> q\n', 'q\n')).toBe(false);
    expect(keeps('```\ncode\n```\n', '```\ncode more\n```\n')).toBe(false);
    expect(keeps('<div>\nhi\n</div>\n', '<div>\nhi\n**Why:** x\n</div>\n')).toBe(false);
  });
});
